/**
 * What shows that Bunny answered: its CDN headers (`server: BunnyCDN-<node>`, `cdn-pullzone`,
 * `cdn-cache`, `cdn-requestid`...), a *.b-cdn.net host, and the Optimizer's own `X-BO-*` and
 * `X-DownloadSize` headers (facts, cdns.md 6.1; Bunny's troubleshooting page).
 */
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf, perExchange } from '../../diagnose/signals.ts';

/** The Optimizer's headers: they show it processed (or tried to process) the response. */
export const optimizerSignals = perExchange((exchange: Exchange): string[] => {
  return headerSignals(exchange, [
    { name: 'x-bo-processing-error' },
    { name: 'x-bo-compressionratio' },
    { name: 'x-bo-processingtime' },
    { name: 'x-bo-origindownloadtime' },
    { name: 'x-downloadsize' },
  ]);
});

export const bunnyCdnSignals = perExchange((exchange: Exchange): string[] => {
  const signals = headerSignals(exchange, [
    { name: 'server', value: /^BunnyCDN\b/i },
    { name: 'cdn-pullzone' },
    { name: 'cdn-requestid' },
    { name: 'cdn-uid' },
  ]);
  if (isBunnyHost(exchange.url)) signals.push(`URL on ${hostOf(exchange.url)}`);
  return signals;
});

export const bunnySignals = perExchange((exchange: Exchange): string[] => {
  return [...optimizerSignals(exchange), ...bunnyCdnSignals(exchange)];
});

export function isBunnyHost(url: string | null): boolean {
  return hostOf(url)?.endsWith('.b-cdn.net') ?? false;
}
