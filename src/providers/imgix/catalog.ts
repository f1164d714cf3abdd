/** imgix: the catalog part (data only). imgix sends only a status, so its entries are statuses. */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { imgixConditions } from './data/conditions.ts';
import { imgixSources } from './data/sources.ts';
import { imgixStatuses } from './data/statuses.ts';

const documented = imgixStatuses.map((entry) => entry.code).join('|');

export const imgixCatalog = {
  id: 'imgix',
  name: PROVIDER_NAMES.imgix,
  blurb: 'imgix Rendering API on <source>.imgix.net: no error header, so what each status (400 to 503) means for imgix.',
  shortPrefix: 'imgix',
  queryWords: ['imgix', 'imgix.net', 'x-imgix-id'],
  // `imgix 423`, `imgix returns 502`: a status imgix does not document opens the page that says so.
  searchForms: [
    { pattern: '^x-imgix-(?:id|render-id|render-farm|original-status)\\b', entry: 'imgix/rendered' },
    { pattern: `^imgix\\b(?!.*\\b(?:${documented})\\b).*\\b5\\d\\d\\b`, entry: 'imgix/server-error' },
    { pattern: `^imgix\\b(?!.*\\b(?:${documented})\\b).*\\b4\\d\\d\\b`, entry: 'imgix/undocumented-status' },
  ],
  numericCodes: null,
  hints: 'imgix|unsplash\\.com|images\\.prismic\\.io',
  entries: [...imgixStatuses, ...imgixConditions],
  sources: imgixSources,
  examples: [
    { entry: 'imgix/403', sample: 0 },
    { entry: 'imgix/rendered', sample: 1 },
  ],
  featured: ['imgix/403', 'imgix/404', 'imgix/410'],
  tables: {},
} satisfies ProviderCatalog;
