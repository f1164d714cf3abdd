/** Vercel's image optimization (`x-vercel-error`, `x-vercel-cache`): the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { vercelEntries } from './data/entries.ts';
import { vercelSources } from './data/sources.ts';

export const vercelCatalog = {
  id: 'vercel',
  name: PROVIDER_NAMES.vercel,
  blurb: 'Vercel’s image optimizer behind /_next/image and /_vercel/image: every x-vercel-error image code, the 402 quota error and x-vercel-cache.',
  shortPrefix: null,
  queryWords: ['vercel', 'x-vercel-error', 'x-vercel-id', 'x-vercel-cache', '_vercel/image'],
  // An image code opens its page wherever it stands: after x-vercel-error, after "Code:" on the
  // browser's error page, or typed alone in any case. Codes are entry codes in upper case.
  searchForms: [
    ...vercelEntries
      .filter((entry) => entry.kind === 'code')
      // Typed with spaces too: people search "invalid image optimize request".
      .map((entry) => ({ pattern: `\\b${entry.code.toUpperCase().replaceAll('-', '[_\\s]')}\\b`, entry: entry.id })),
    { pattern: '\\bvercel\\b.*\\b402\\b|\\b402\\b.*\\bvercel\\b', entry: 'vercel/optimized-image-request-payment-required' },
    { pattern: '^x-vercel-error\\s*:?\\s*[a-z][a-z0-9]*(?:_[a-z0-9]+)+$', entry: 'vercel/other-error' },
    { pattern: '^x-vercel-cache\\b', entry: 'vercel/optimized' },
  ],
  numericCodes: null,
  hints: 'x-vercel-|server:\\s*vercel|vercel\\.app|_vercel/image|INVALID_IMAGE_OPTIMIZE_REQUEST|OPTIMIZED_(?:EXTERNAL_)?IMAGE_|INTERNAL_OPTIMIZED_IMAGE|\\bID: [a-z]{3}\\d::',
  entries: vercelEntries,
  sources: vercelSources,
  // Two small pastes: the home page carries every example in its menu, within its 7 KB budget.
  examples: [
    { entry: 'vercel/invalid-image-optimize-request', sample: 0 },
    { entry: 'vercel/optimized-image-request-payment-required', sample: 0 },
  ],
  featured: [
    'vercel/invalid-image-optimize-request',
    'vercel/optimized-external-image-request-unauthorized',
    'vercel/optimized-image-request-payment-required',
    'vercel/optimized-external-image-request-failed',
  ],
  tables: {},
} satisfies ProviderCatalog;
