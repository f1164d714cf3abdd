/**
 * What shows that Vercel's edge answered: its request id, cache and error headers, its server
 * name, a *.vercel.app host, or the Build Output API's image route `/_vercel/image`.
 */
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf, pathOf, perExchange } from '../../diagnose/signals.ts';

const IMAGE_ROUTE = /(?:^|\/)_vercel\/image\/?$/;

export const vercelSignals = perExchange((exchange: Exchange): string[] => {
  const signals = headerSignals(exchange, [
    { name: 'x-vercel-error' },
    { name: 'x-vercel-id' },
    { name: 'x-vercel-cache' },
    { name: 'server', value: /^vercel\b/i },
  ]);
  const host = hostOf(exchange.url);
  if (host !== null && host.endsWith('.vercel.app')) signals.push(`URL on ${host}`);
  if (isVercelImageUrl(exchange.url)) signals.push(`URL path ${pathOf(exchange.url ?? '')} (Vercel's image route)`);
  return signals;
});

export function isVercelImageUrl(url: string | null): boolean {
  return url !== null && IMAGE_ROUTE.test(pathOf(url));
}
