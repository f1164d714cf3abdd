/** IPX and Nuxt Image: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { ipxCodes } from './data/codes.ts';
import { ipxEntries } from './data/entries.ts';
import { ipxSources } from './data/sources.ts';

export const ipxCatalog = {
  id: 'ipx',
  name: PROVIDER_NAMES.ipx,
  blurb: 'IPX behind Nuxt Image on /_ipx/: every IPX_* code in each version’s body shape.',
  shortPrefix: 'ipx',
  queryWords: ['ipx', 'nuxt', 'nuxt-image', '@nuxt/image', 'nuxt/image', '_ipx'],
  // A code opens its page wherever it stands in the query (`[403] [IPX_FORBIDDEN_HOST] ...`).
  // IPX 0.x and 1.x had no codes: their `IPX Error: Error: <message>` text opens the same pages.
  searchForms: [
    ...ipxCodes.flatMap(({ code, entry }) => (code ? [{ pattern: `\\b${code}\\b`, entry }] : [])),
    ...ipxCodes.flatMap(({ message, entry }) =>
      message ? [{ pattern: `^IPX(?: Error\\b[^:]*)?:\\s*(?:\\w*Error:\\s*)?(?:${message.replace(/^\^/, '')})`, entry }] : [],
    ),
  ],
  numericCodes: null,
  // A paste without a URL still shows IPX by its CSP (see signals.ts), or by IPX 2 and 3's
  // `[403] [Forbidden] ...` message, which names IPX only when IPX raised the error itself.
  hints: "ipx|nuxt|default-src 'none'|\\[[1-5]\\d\\d\\] \\[",
  entries: ipxEntries,
  sources: ipxSources,
  examples: [
    { entry: 'ipx/forbidden-host', sample: 0 },
    { entry: 'ipx/file-not-found', sample: 0 },
    { entry: 'ipx/fetch-failed', sample: 0 },
  ],
  featured: ['ipx/forbidden-host', 'ipx/file-not-found'],
  tables: { codes: ipxCodes },
} satisfies ProviderCatalog;
