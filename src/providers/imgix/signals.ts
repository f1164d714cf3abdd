/** What shows that imgix answered a response: its server value, its x-imgix-* headers, its hosts. */
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf, perExchange } from '../../diagnose/signals.ts';

export const imgixSignals = perExchange((exchange: Exchange): string[] => {
  const signals = headerSignals(exchange, [
    { name: 'server', value: /^imgix\b/i },
    { name: 'x-imgix-id' },
    { name: 'x-imgix-render-id' },
    { name: 'x-imgix-render-farm' },
    { name: 'x-imgix-original-status' },
  ]);
  const host = hostOf(exchange.url);
  if (host && isImgixHost(host)) signals.push(`URL on ${host}`);
  return signals;
});

/**
 * imgix's rendering hosts (its "Serving images" page), and two hosts whose recorded responses say
 * `server: imgix` (facts 2.3: Unsplash captures, a Prismic audit note). Other custom domains show
 * through `server: imgix` itself.
 */
const IMGIX_SOURCES = new Set(['images.unsplash.com', 'plus.unsplash.com', 'images.prismic.io']);

function isImgixHost(host: string): boolean {
  return /\.imgix\.(?:net|video)$/.test(host) || IMGIX_SOURCES.has(host);
}
