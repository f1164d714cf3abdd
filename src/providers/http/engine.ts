/** Conditions of any response, whoever served it: the engine part. Runs after every service's. */
import type { ProviderEngine } from '../types.ts';
import { httpContentType } from './rules/content-type.ts';
import { httpNotCovered } from './rules/not-covered.ts';
import { httpRedirects } from './rules/redirects.ts';
import { httpStatus } from './rules/status.ts';

export const httpEngine: ProviderEngine = {
  id: 'http',
  signals: () => [],
  rules: [httpRedirects, httpContentType, httpNotCovered, httpStatus],
};
