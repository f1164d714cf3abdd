/** Conditions that belong to no one service (redirects, non-images, plain statuses): catalog part. */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { httpConditions } from './data/entries.ts';
import { notCovered } from './data/not-covered.ts';

export const httpCatalog = {
  id: 'http',
  name: PROVIDER_NAMES.http,
  blurb: 'Conditions of any image response: redirect loops and chains, an origin that sends no image, plain 4xx and 5xx.',
  shortPrefix: null,
  queryWords: ['http'],
  searchForms: [],
  numericCodes: null,
  hints: '.',
  entries: [...httpConditions, notCovered],
  sources: {
    unpic: {
      title: 'unpic: the universal image CDN translator, its table of image CDN hosts and paths (ascorbic/unpic, src/detect.ts)',
      url: 'https://github.com/ascorbic/unpic',
      certainty: 'vendor-code',
    },
  },
  examples: [{ entry: 'http/redirect-chain', sample: 1 }],
  featured: [],
  tables: {},
} satisfies ProviderCatalog;
