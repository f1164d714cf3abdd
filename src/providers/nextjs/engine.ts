/** Next.js's self-hosted image optimizer: the engine part. */
import type { ProviderEngine } from '../types.ts';
import { nextjsCatalog } from './catalog.ts';
import { readNextImageUrl } from './notes.ts';
import { nextjsError } from './rules/error.ts';
import { nextjsOptimized } from './rules/optimized.ts';
import { isNextImageUrl, nextjsSignals } from './signals.ts';

export const nextjsEngine: ProviderEngine = {
  id: 'nextjs',
  hints: new RegExp(nextjsCatalog.hints, 'i'),
  signals: nextjsSignals,
  rules: [nextjsError, nextjsOptimized],
  readUrl: (url) => (isNextImageUrl(url) ? readNextImageUrl(url) : null),
};
