/** What shows that Cloudinary answered a response: its server, its error header, its host. */
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf, perExchange } from '../../diagnose/signals.ts';

export const cloudinarySignals = perExchange((exchange: Exchange): string[] => {
  const signals = headerSignals(exchange, [
    { name: 'server', value: /^cloudinary\b/i },
    { name: 'x-cld-error' },
    { name: 'server-timing', value: /\bcld-(?:fastly|error|id)\b/i },
  ]);
  if (isCloudinaryHost(exchange.url) && exchange.url) signals.push(`URL on ${hostOf(exchange.url)}`);
  return signals;
});

export function isCloudinaryServed(exchange: Exchange): boolean {
  return cloudinarySignals(exchange).length > 0;
}

/** Delivery hosts: the shared `res.cloudinary.com`, its old shards `res-1` to `res-5` (a real paste: cloudinary_magento2#50), and `<cloud>-res`. */
const DELIVERY_HOST = /^(?:[a-z0-9-]+-)?res(?:-\d)?\.cloudinary\.com$/;

export function isCloudinaryHost(url: string | null): boolean {
  const host = hostOf(url);
  return host !== null && DELIVERY_HOST.test(host);
}
