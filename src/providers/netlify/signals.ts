/**
 * What shows that Netlify answered a response (facts 4.4): its general headers, a *.netlify.app
 * host, and the Image CDN's own path. Netlify documents no header specific to Image CDN, so the
 * path `/.netlify/images` is what tells an image transformation from any other Netlify response.
 */
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf, pathOf, perExchange } from '../../diagnose/signals.ts';

export const IMAGE_CDN_PATH = '/.netlify/images';

export const netlifySignals = perExchange((exchange: Exchange): string[] => {
  const signals = headerSignals(exchange, [
    { name: 'server', value: /^netlify\b/i },
    { name: 'x-nf-request-id' },
    { name: 'cache-status', value: /"Netlify (?:Edge|Durable)"/i },
    { name: 'netlify-vary' },
    { name: 'netlify-cdn-cache-control' },
  ]);
  const host = hostOf(exchange.url);
  if (host?.endsWith('.netlify.app')) signals.push(`URL on ${host}`);
  if (isImageCdnUrl(exchange.url)) signals.push(`URL path ${IMAGE_CDN_PATH}`);
  return signals;
});

/** Netlify's headers, as opposed to the path alone (which any server can be asked for). */
export function isNetlifyServed(exchange: Exchange): boolean {
  return netlifySignals(exchange).some((signal) => !signal.startsWith('URL path'));
}

export function isImageCdnUrl(url: string | null): boolean {
  return url !== null && pathOf(url).startsWith(IMAGE_CDN_PATH);
}

/** Framework paths that Netlify's adapters rewrite to Image CDN (Next.js runtime v5, Nuxt migrations). */
const REWRITTEN_PATH = /^\/(?:_next\/image|_ipx\/)/;

/** A framework's image path answered by Netlify itself, so by Image CDN behind the rewrite. */
export function isRewrittenToImageCdn(exchange: Exchange): boolean {
  return exchange.url !== null && REWRITTEN_PATH.test(pathOf(exchange.url)) && isNetlifyServed(exchange);
}

/** Why a framework path's answer is Image CDN's: `what` says what that means for this response. */
export function rewriteNote(exchange: Exchange, what: string): string {
  const path = exchange.url && pathOf(exchange.url).startsWith('/_ipx/') ? '/_ipx/' : '/_next/image';
  return `Netlify answered ${path}: its framework adapter rewrites that path to ${IMAGE_CDN_PATH}, so ${what}.`;
}
