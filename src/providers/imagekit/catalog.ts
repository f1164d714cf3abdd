/** ImageKit: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { imagekitConditions } from './data/conditions.ts';
import { imagekitIkErrors } from './data/ik-errors.ts';
import { imagekitSources } from './data/sources.ts';
import { imagekitStatuses } from './data/statuses.ts';

export const imagekitCatalog = {
  id: 'imagekit',
  name: PROVIDER_NAMES.imagekit,
  blurb: 'ImageKit on ik.imagekit.io: the ik-error header of failed origin fetches, signed URLs (ik-s, ik-t) and transformation errors.',
  shortPrefix: 'ik',
  queryWords: ['imagekit', 'imagekit.io', 'ik', 'ik-error'],
  // `ik-error: ENOENT - …` opens its code's page; an unlisted code opens the page that says so.
  searchForms: [
    ...imagekitIkErrors.map((entry) => ({ pattern: `^ik-error\\s*:?\\s*${entry.code}\\b`, entry: entry.id })),
    { pattern: '^ik-error\\b', entry: 'imagekit/unknown-ik-error' },
    { pattern: '^bad image transformation request$', entry: 'imagekit/400' },
  ],
  numericCodes: null,
  hints: 'imagekit|\\bik-',
  entries: [...imagekitIkErrors, ...imagekitStatuses, ...imagekitConditions],
  sources: imagekitSources,
  examples: [
    { entry: 'imagekit/enoent', sample: 0 },
    { entry: 'imagekit/delivered', sample: 0 },
  ],
  featured: ['imagekit/enoent', 'imagekit/eacces', 'imagekit/401'],
  tables: {},
} satisfies ProviderCatalog;
