/** Conditions of any response, whoever served it: the engine part. Runs after every service's. */
import type { ProviderEngine } from '../types.ts';
import { httpCatalog } from './catalog.ts';
import { httpBrowserBlock } from './rules/browser-block.ts';
import { httpContentType } from './rules/content-type.ts';
import { httpNotCovered } from './rules/not-covered.ts';
import { httpRedirects } from './rules/redirects.ts';
import { httpStatus } from './rules/status.ts';

export const httpEngine: ProviderEngine = {
  id: 'http',
  hints: new RegExp(httpCatalog.hints, 'i'),
  signals: () => [],
  rules: [httpRedirects, httpContentType, httpBrowserBlock, httpNotCovered, httpStatus],
};
