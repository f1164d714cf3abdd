/** Fastly Image Optimizer: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { fastlyConditions } from './data/conditions.ts';
import { fastlyIoErrors } from './data/io-errors.ts';
import { fastlySources } from './data/sources.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const fastlyCatalog = {
  id: 'fastly',
  name: PROVIDER_NAMES.fastly,
  blurb: 'Fastly Image Optimizer: the Fastly-IO-Error, Fastly-IO-Warning and Fastly-IO-Info headers, and IO that never ran.',
  shortPrefix: null,
  queryWords: ['fastly', 'fastly-io', 'fastly-io-error', 'fastly-io-info', 'fastly-io-warning', 'imageopto'],
  // A Fastly-IO-Error value, or a query naming Fastly and the scenario's words, opens that scenario's page.
  searchForms: [
    ...fastlyIoErrors.map((entry) => ({
      pattern: `^(?:fastly-io-error\\s*:?\\s*|fastly\\b).*${escape(entry.variants[0]?.message ?? entry.code)}`,
      entry: entry.id,
    })),
    { pattern: '^fastly-io-error\\b', entry: 'fastly/unknown-io-error' },
    { pattern: '^fastly-io-warning\\b', entry: 'fastly/io-warning' },
    { pattern: '^fastly-io-info\\b', entry: 'fastly/io-transformed' },
  ],
  numericCodes: null,
  hints: 'fastly|x-served-by|x-timer|imageopto',
  entries: [...fastlyIoErrors, ...fastlyConditions],
  sources: fastlySources,
  examples: [
    { entry: 'fastly/not-a-supported-image-format', sample: 0 },
    { entry: 'fastly/io-transformed', sample: 1 },
  ],
  featured: ['fastly/invalid-status', 'fastly/response-is-not-cacheable', 'fastly/io-not-invoked'],
  tables: {},
} satisfies ProviderCatalog;
