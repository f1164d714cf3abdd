/** Cloudflare image resizing and Cloudflare Images delivery: the engine part. */
import { extract } from 'unpic/providers/cloudflare';
import type { ProviderEngine } from '../types.ts';
import { cloudflareEtag } from './rules/etag.ts';
import { cloudflareNotResized } from './rules/not-resized.ts';
import { cloudflareRequest } from './rules/request.ts';
import { cloudflareResized } from './rules/resized.ts';
import { cloudflareWarning } from './rules/warning.ts';
import { cloudflareSignals, isResizeUrl } from './signals.ts';

export const cloudflareEngine: ProviderEngine = {
  id: 'cloudflare',
  signals: cloudflareSignals,
  rules: [cloudflareResized, cloudflareNotResized, cloudflareWarning, cloudflareEtag, cloudflareRequest],
  readUrl: (url) => (isResizeUrl(url) ? (extract(url) as Record<string, unknown> | null) : null),
};
