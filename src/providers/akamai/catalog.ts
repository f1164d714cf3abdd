/** Akamai Image & Video Manager: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { akamaiEntries } from './data/entries.ts';
import { akamaiSources } from './data/sources.ts';

export const akamaiCatalog = {
  id: 'akamai',
  name: PROVIDER_NAMES.akamai,
  blurb: 'Image & Video Manager (imwidth, impolicy, x-im-* headers): it serves the original when a transformation fails, so the headers must tell.',
  shortPrefix: 'akamai',
  queryWords: ['akamai', 'ivm', 'akamaighost', 'image-manager'],
  searchForms: [
    { pattern: '^server\\s*:?\\s*akamai image (?:manager|server)\\b', entry: 'akamai/optimized' },
    { pattern: '^x-im-(?:piez|original-size|original-format|original-width|result-width|file-name|pixel-density|encoding-quality)\\b', entry: 'akamai/optimized' },
    { pattern: '^(?:invalid policy|pristine image (?:not found|is in an unrecognized format|request redirects|is too wide))', entry: 'akamai/pristine-served' },
  ],
  numericCodes: null,
  hints: 'akamai|x-im-|imwidth=|impolicy=|im_file_name|tcp_[a-z_]+|x-check-cacheable|x-reference-error|edgesuite|edgekey|akamaized|akamaihd|reference&#32;',
  entries: akamaiEntries,
  sources: akamaiSources,
  examples: [
    { entry: 'akamai/pristine-served', sample: 0 },
    { entry: 'akamai/optimized', sample: 1 },
  ],
  featured: ['akamai/pristine-served', 'akamai/not-transformed', 'akamai/403'],
  tables: {},
} satisfies ProviderCatalog;
