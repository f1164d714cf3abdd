/** Astro's image endpoint: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { astroEntries } from './data/entries.ts';
import { astroImageErrors } from './data/errors.ts';
import { astroSources } from './data/sources.ts';

export const astroCatalog = {
  id: 'astro',
  name: PROVIDER_NAMES.astro,
  blurb: 'Astro’s /_image endpoint and its image errors: image.domains and remotePatterns, the bare 403/404/500 bodies, RemoteImageNotAllowed and friends.',
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
  hints: `astro|_image|@vite/client|Could not process image request|${astroImageErrors.map(({ name }) => name).join('|')}`,
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
