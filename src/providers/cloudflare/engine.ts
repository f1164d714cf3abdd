/** Cloudflare image resizing and Cloudflare Images delivery: the engine part. */
import { extract } from 'unpic/providers/cloudflare';
import type { ProviderEngine } from '../types.ts';
import { cloudflareCatalog } from './catalog.ts';
import { cloudflareEtag } from './rules/etag.ts';
import { cloudflareImagesApi } from './rules/images-api.ts';
import { cloudflareImagesDelivery } from './rules/images-delivery.ts';
import { readImagesUrl } from './rules/images-url.ts';
import { cloudflareNotResized } from './rules/not-resized.ts';
import { cloudflareRequest } from './rules/request.ts';
import { cloudflareResized } from './rules/resized.ts';
import { cloudflareWarning } from './rules/warning.ts';
import { cloudflareSignals, isResizeUrl } from './signals.ts';

export const cloudflareEngine: ProviderEngine = {
  id: 'cloudflare',
  hints: new RegExp(cloudflareCatalog.hints, 'i'),
  signals: cloudflareSignals,
  rules: [cloudflareImagesDelivery, cloudflareResized, cloudflareNotResized, cloudflareWarning, cloudflareEtag, cloudflareRequest, cloudflareImagesApi],
  readUrl: (url) => (isResizeUrl(url) ? (extract(url) as Record<string, unknown> | null) : (readImagesUrl(url) as Record<string, unknown> | null)),
};
