/** Next.js's self-hosted image optimizer (`/_next/image`): the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { nextjsEntries } from './data/entries.ts';
import { nextjsMessages } from './data/messages.ts';
import { nextjsSources } from './data/sources.ts';

export const nextjsCatalog = {
  id: 'nextjs',
  name: PROVIDER_NAMES.nextjs,
  blurb: 'The /_next/image optimizer of a self-hosted Next.js: its plain-text 400, 404, 500 and 504 bodies and x-nextjs-cache.',
  shortPrefix: 'next',
  queryWords: ['nextjs', 'next', 'next.js', 'next/image', '_next/image', 'x-nextjs-cache'],
  // A body the optimizer sends, typed or pasted with or without its quotes, opens its page.
  searchForms: [
    ...nextjsMessages.map(({ pattern, entry }) => ({ pattern, entry })),
    { pattern: '^x-nextjs-cache\\b', entry: 'nextjs/optimized' },
    // The errors next/image itself throws in development, before any request, for the same mistakes.
    { pattern: 'hostname\\b.*\\bnot configured under images', entry: 'nextjs/url-not-allowed' },
    { pattern: 'invalid src prop .*if using relative image it must start with a leading slash', entry: 'nextjs/invalid-url' },
  ],
  numericCodes: null,
  hints: '_next/image|x-nextjs-|x-powered-by:\\s*next\\.js|(?:url|w|q)"? parameter|a valid image|unable to optimize image|upstream image response failed|invalid src prop',
  entries: nextjsEntries,
  sources: nextjsSources,
  // Two small pastes: the home page carries every example in its menu, within its 7 KB budget.
  examples: [
    { entry: 'nextjs/url-not-allowed', sample: 1 },
    { entry: 'nextjs/quality-not-allowed', sample: 0 },
  ],
  featured: ['nextjs/url-not-allowed', 'nextjs/quality-not-allowed', 'nextjs/width-not-allowed', 'nextjs/not-a-valid-image'],
  tables: { messages: nextjsMessages },
} satisfies ProviderCatalog;
