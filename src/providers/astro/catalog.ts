/** Astro's image endpoint: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { astroEntries } from './data/entries.ts';
import { astroImageErrors } from './data/errors.ts';
import { astroSources } from './data/sources.ts';

export const astroCatalog = {
  id: 'astro',
  name: PROVIDER_NAMES.astro,
  blurb: 'The /_image endpoint and Astro’s image errors: image.domains, bare 403/404/500 bodies.',
  shortPrefix: 'astro',
  queryWords: ['astro', 'astro:assets', '_image', 'astrojs'],
  // An error's name or message opens its page wherever it stands (`[RemoteImageNotAllowed] ...`).
  searchForms: [
    ...astroImageErrors.map(({ name, entry }) => ({ pattern: `\\b${name}\\b`, entry })),
    ...astroImageErrors.map(({ message, entry }) => ({ pattern: message, entry })),
    { pattern: 'Cannot convert non-SVG source to SVG format', entry: 'astro/svg-conversion' },
    { pattern: '^Could not process image request', entry: 'astro/could-not-process' },
  ],
  numericCodes: null,
  // The dev server's 500 page loads /@vite/client; the dev endpoint's errors start with that sentence;
  // the last words cover each registry error's name (tests/unit/providers/astro.test.ts holds them to it).
  hints: 'astro|_image|@vite/client|Could not process image request|Image(?:NotAllowed|Dimensions?|NotFound|Metadata|Format|Conversion|UsedWrongly)|ExpectedImage|MissingSharp',
  entries: astroEntries,
  sources: astroSources,
  examples: [
    { entry: 'astro/403', sample: 0 },
    { entry: 'astro/remote-image-not-allowed', sample: 0 },
    { entry: 'astro/missing-sharp', sample: 0 },
  ],
  featured: ['astro/403', 'astro/remote-image-not-allowed'],
  tables: { imageErrors: astroImageErrors },
} satisfies ProviderCatalog;
