/** What shows that imgix answered a response: its server value, its x-imgix-* headers, its hosts. */
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf } from '../../diagnose/signals.ts';

export function imgixSignals(exchange: Exchange): string[] {
  const signals = headerSignals(exchange, [
    { name: 'server', value: /^imgix\b/i },
    { name: 'x-imgix-id' },
    { name: 'x-imgix-render-id' },
    { name: 'x-imgix-render-farm' },
    { name: 'x-imgix-original-status' },
  ]);
  const host = hostOf(exchange.url);
  // Rendering hosts per imgix's "Serving images" page; custom domains show through `server: imgix`.
  if (host && /\.imgix\.(?:net|video)$/.test(host)) signals.push(`URL on ${host}`);
  return signals;
}

export function isImgixServed(exchange: Exchange): boolean {
  return imgixSignals(exchange).length > 0;
}
