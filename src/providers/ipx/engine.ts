/** IPX and Nuxt Image: the engine part. */
import { extract } from 'unpic/providers/ipx';
import type { ProviderEngine } from '../types.ts';
import { ipxCatalog } from './catalog.ts';
import { ipxError } from './rules/error.ts';
import { ipxTransformed } from './rules/transformed.ts';
import { ipxSignals, isIpxUrl } from './signals.ts';

export const ipxEngine: ProviderEngine = {
  id: 'ipx',
  hints: new RegExp(ipxCatalog.hints, 'i'),
  signals: ipxSignals,
  rules: [ipxError, ipxTransformed],
  readUrl: (url) => (isIpxUrl(url) ? (extract(withCommaSeparators(url)) as Record<string, unknown> | null) : null),
};

/**
 * IPX splits modifiers on `&` or `,` (Nuxt Image writes `w_640&f_webp`); unpic only on `,`, so the
 * modifiers segment is handed to it with commas. unpic reads any /<base>/<modifiers>/<path> URL,
 * which is why only URLs under /_ipx/ reach it.
 */
function withCommaSeparators(url: string): string {
  return url.replace(/(\/_ipx\/)([^/]*)/, (_match, base: string, modifiers: string) => `${base}${modifiers.replaceAll('&', ',')}`);
}
