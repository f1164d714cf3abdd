/** Netlify Image CDN: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { netlifyEntries } from './data/entries.ts';
import { netlifyMessages } from './data/messages.ts';
import { netlifySources } from './data/sources.ts';

export const netlifyCatalog = {
  id: 'netlify',
  name: PROVIDER_NAMES.netlify,
  blurb: 'Netlify Image CDN on /.netlify/images: JSON error bodies and remote_images.',
  shortPrefix: 'netlify',
  queryWords: ['netlify', 'netlify-image-cdn', '.netlify/images', 'nf'],
  // A message opens its page wherever it stands in the query (a console line, a quoted body).
  searchForms: netlifyMessages.map(({ pattern, entry }) => ({ pattern: `(?:${pattern})`, entry })),
  numericCodes: null,
  // Netlify's name, its request id, and a fragment of each message in data/messages.ts.
  hints: 'netlify|x-nf-request-id|url param|"url" query|allowed pattern|image URL not allowed',
  entries: netlifyEntries,
  sources: netlifySources,
  examples: [
    { entry: 'netlify/remote-not-allowed', sample: 0 },
    { entry: 'netlify/missing-url', sample: 0 },
    { entry: 'netlify/transformed', sample: 0 },
  ],
  featured: ['netlify/remote-not-allowed', 'netlify/missing-url'],
  tables: { messages: netlifyMessages },
} satisfies ProviderCatalog;
