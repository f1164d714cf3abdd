/** ImageKit: the engine part. unpic reads the common tr options of ImageKit URLs for the faces. */
import { extract } from 'unpic/providers/imagekit';
import { imageCdnOfUrl } from '../../diagnose/signals.ts';
import type { ProviderEngine } from '../types.ts';
import { imagekitCatalog } from './catalog.ts';
import { imagekitError } from './rules/error.ts';
import { imagekitSignals } from './signals.ts';

export const imagekitEngine: ProviderEngine = {
  id: 'imagekit',
  hints: new RegExp(imagekitCatalog.hints, 'i'),
  signals: imagekitSignals,
  rules: [imagekitError],
  readUrl: (url) => (imageCdnOfUrl(url) === 'imagekit' ? (extract(url) as Record<string, unknown> | null) : null),
};
