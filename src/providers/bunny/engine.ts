/** Bunny Optimizer: the engine part. */
import { extract } from 'unpic/providers/bunny';
import type { ProviderEngine } from '../types.ts';
import { bunnyCatalog } from './catalog.ts';
import { bunnyOptimizer } from './rules/optimizer.ts';
import { bunnySignals, isBunnyHost } from './signals.ts';

export const bunnyEngine: ProviderEngine = {
  id: 'bunny',
  hints: new RegExp(bunnyCatalog.hints, 'i'),
  signals: bunnySignals,
  rules: [bunnyOptimizer],
  // unpic reads the Dynamic Image API's query parameters; only on Bunny's own hosts, since a
  // custom hostname cannot be told from the URL.
  readUrl: (url) => (isBunnyHost(url) ? (extract(url) as Record<string, unknown> | null) : null),
};
