/** Netlify Image CDN: the engine part. */
import { extract } from 'unpic/providers/netlify';
import type { ProviderEngine } from '../types.ts';
import { netlifyCatalog } from './catalog.ts';
import { netlifyError } from './rules/error.ts';
import { netlifyTransformed } from './rules/transformed.ts';
import { isImageCdnUrl, netlifySignals } from './signals.ts';

export const netlifyEngine: ProviderEngine = {
  id: 'netlify',
  hints: new RegExp(netlifyCatalog.hints, 'i'),
  signals: netlifySignals,
  rules: [netlifyError, netlifyTransformed],
  // unpic reads the source (`url`) and the operations (w, h, fm, q, fit) of an Image CDN URL.
  readUrl: (url) => (isImageCdnUrl(url) ? (extract(url) as Record<string, unknown> | null) : null),
};
