/** Bunny Optimizer: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { bunnyEntries } from './data/entries.ts';
import { bunnyProcessingErrors } from './data/processing-errors.ts';
import { bunnySources } from './data/sources.ts';

export const bunnyCatalog = {
  id: 'bunny',
  name: PROVIDER_NAMES.bunny,
  blurb: 'Bunny Optimizer on b-cdn.net pull zones: the X-BO-Processing-Error codes and what X-BO-* success headers say.',
  // The codes are header values (102, 204, 304...) that look like HTTP statuses, so the entries
  // use slugs; `x-bo-processing-error: 102` and `bunny 102` reach them through the forms below.
  shortPrefix: null,
  queryWords: ['bunny', 'bunnycdn', 'bunny.net', 'b-cdn', 'b-cdn.net', 'x-bo-processing-error'],
  searchForms: bunnyProcessingErrors.flatMap(({ code, entry }) => [
    { pattern: `^x-bo-processing-error\\s*:?\\s*${code}\\b`, entry },
    { pattern: `^(?:bunny|bunnycdn|bunny optimizer)\\s+(?:error\\s+)?${code}$`, entry },
  ]),
  numericCodes: null,
  hints: 'bunny|b-cdn\\.net|x-bo-|x-downloadsize|cdn-pullzone|cdn-requestid|domain suspended or not configured',
  entries: bunnyEntries,
  sources: bunnySources,
  examples: [
    { entry: 'bunny/origin-download-failed', sample: 0 },
    { entry: 'bunny/avif-too-large', sample: 0 },
  ],
  featured: ['bunny/origin-download-failed', 'bunny/source-not-decodable', 'bunny/not-optimized'],
  tables: { processingErrors: bunnyProcessingErrors },
} satisfies ProviderCatalog;
