/** Cloudinary delivery: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { cloudinaryEntries } from './data/entries.ts';
import { cloudinaryMessageClasses } from './data/messages.ts';

export const cloudinaryCatalog = {
  id: 'cloudinary',
  name: PROVIDER_NAMES.cloudinary,
  blurb: 'Delivery URLs on res.cloudinary.com: the x-cld-error header and what 400, 401 and 404 mean.',
  shortPrefix: 'cld',
  queryWords: ['cloudinary', 'cld', 'x-cld-error'],
  // An x-cld-error value opens the page of the status its message class is sent with. A class
  // anchored at the message's start stays anchored right after the header name.
  searchForms: cloudinaryMessageClasses.flatMap(({ pattern, impliedStatus }) => {
    const message = pattern.startsWith('^') ? `(?:${pattern.slice(1)})` : `.*(?:${pattern})`;
    return impliedStatus === null ? [] : [{ pattern: `^x-cld-error\\s*:?\\s*${message}`, entry: `cloudinary/${impliedStatus}` }];
  }),
  numericCodes: null,
  hints: 'cloudinary|x-cld-|cld-',
  entries: cloudinaryEntries,
  sources: {},
  examples: [
    { entry: 'cloudinary/400', sample: 0 },
    { entry: 'cloudinary/401', sample: 0 },
    { entry: 'cloudinary/404', sample: 0 },
  ],
  featured: ['cloudinary/404', 'cloudinary/401', 'cloudinary/400'],
  tables: { messageClasses: cloudinaryMessageClasses },
} satisfies ProviderCatalog;
