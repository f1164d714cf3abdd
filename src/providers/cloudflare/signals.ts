/** What shows that Cloudflare answered a response, and whether a URL asks its resizer for work. */
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf, perExchange } from '../../diagnose/signals.ts';
import { isImagesDeliveryUrl } from './rules/images-url.ts';

/** The headers that show Cloudflare served the response, as evidence lines. */
export const cloudflareSignals = perExchange((exchange: Exchange): string[] => {
  const signals = headerSignals(exchange, [{ name: 'cf-ray' }, { name: 'server', value: /^cloudflare\b/i }, { name: 'cf-resized' }]);
  if (isImagesDeliveryUrl(exchange.url)) signals.push(`Cloudflare Images URL on ${hostOf(exchange.url)}`);
  return signals;
});

export function isCloudflareServed(exchange: Exchange): boolean {
  return cloudflareSignals(exchange).length > 0;
}

export function isResizeUrl(url: string | null): boolean {
  return url !== null && url.includes('/cdn-cgi/image/');
}
