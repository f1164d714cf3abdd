/** What shows that Cloudinary answered a response: its server, its error header, its host. */
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf } from '../../diagnose/signals.ts';

export function cloudinarySignals(exchange: Exchange): string[] {
  const signals = headerSignals(exchange, [
    { name: 'server', value: /^cloudinary\b/i },
    { name: 'x-cld-error' },
    { name: 'server-timing', value: /\bcld-(?:fastly|error|id)\b/i },
  ]);
  if (isCloudinaryHost(exchange.url) && exchange.url) signals.push(`URL on ${hostOf(exchange.url)}`);
  return signals;
}

export function isCloudinaryServed(exchange: Exchange): boolean {
  return cloudinarySignals(exchange).length > 0;
}

export function isCloudinaryHost(url: string | null): boolean {
  const host = hostOf(url);
  // res-1 ... res-5.cloudinary.com are shared delivery hosts too (a real paste: cloudinary_magento2#50).
  return host !== null && (host === 'res.cloudinary.com' || /^res-\d\.cloudinary\.com$/.test(host) || host.endsWith('-res.cloudinary.com'));
}
