/** Cloudinary delivery: the engine part. */
import type { ProviderEngine } from '../types.ts';
import { cloudinaryCatalog } from './catalog.ts';
import { cloudinaryError } from './rules/error.ts';
import { cloudinaryUrl } from './rules/url.ts';
import { cloudinarySignals } from './signals.ts';
import { readCloudinaryUrl } from './url.ts';

export const cloudinaryEngine: ProviderEngine = {
  id: 'cloudinary',
  hints: new RegExp(cloudinaryCatalog.hints, 'i'),
  signals: cloudinarySignals,
  rules: [cloudinaryError, cloudinaryUrl],
  // Our own reader rather than unpic's: it also names the ordering mistakes behind 400s and 404s.
  readUrl: (url) => (readCloudinaryUrl(url)?.parts as Record<string, unknown> | undefined) ?? null,
};
