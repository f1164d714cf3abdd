/** Astro's image endpoint: the engine part. */
import { extract } from 'unpic/providers/astro';
import type { ProviderEngine } from '../types.ts';
import { astroCatalog } from './catalog.ts';
import { astroError } from './rules/error.ts';
import { astroTransformed } from './rules/transformed.ts';
import { astroSignals, isImageEndpointUrl } from './signals.ts';

export const astroEngine: ProviderEngine = {
  id: 'astro',
  hints: new RegExp(astroCatalog.hints, 'i'),
  signals: astroSignals,
  rules: [astroError, astroTransformed],
  // unpic reads any URL with an `href` parameter, so only /_image URLs are handed to it.
  readUrl: (url) => (isImageEndpointUrl(url) ? (extract(url) as Record<string, unknown> | null) : null),
};
