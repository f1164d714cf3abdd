/** imgix: the engine part. unpic reads imgix URLs (its parameters) on the hosts it knows. */
import { extract } from 'unpic/providers/imgix';
import { imageCdnOfUrl } from '../../diagnose/signals.ts';
import type { ProviderEngine } from '../types.ts';
import { imgixCatalog } from './catalog.ts';
import { imgixStatus } from './rules/status.ts';
import { imgixSignals } from './signals.ts';

export const imgixEngine: ProviderEngine = {
  id: 'imgix',
  hints: new RegExp(imgixCatalog.hints, 'i'),
  signals: imgixSignals,
  rules: [imgixStatus],
  readUrl: (url) => (imageCdnOfUrl(url) === 'imgix' ? (extract(url) as Record<string, unknown> | null) : null),
};
