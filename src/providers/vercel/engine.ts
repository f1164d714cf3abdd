/** Vercel's image optimization: the engine part. */
import { extract } from 'unpic/providers/vercel';
import type { ProviderEngine } from '../types.ts';
import { vercelCatalog } from './catalog.ts';
import { vercelError } from './rules/error.ts';
import { vercelOptimized } from './rules/optimized.ts';
import { isVercelImageUrl, vercelSignals } from './signals.ts';

export const vercelEngine: ProviderEngine = {
  id: 'vercel',
  hints: new RegExp(vercelCatalog.hints, 'i'),
  signals: vercelSignals,
  rules: [vercelError, vercelOptimized],
  // /_next/image URLs are read by the nextjs engine, which comes first in the registry.
  readUrl: (url) => (isVercelImageUrl(url) ? (extract(url) as Record<string, unknown> | null) : null),
};
