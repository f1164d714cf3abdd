/**
 * What shows that IPX answered a response (facts 5.1-5.3): the `/_ipx/` path Nuxt Image mounts it
 * on, its error in any of the shapes its versions sent, and the pair of success headers only it sends
 * (`cache-control: max-age=N, public, s-maxage=N` with `content-security-policy: default-src 'none'`).
 * IPX sends no server header of its own.
 */
import { headerValue } from '../../diagnose/read/headers.ts';
import type { Exchange } from '../../diagnose/read/types.ts';
import { pathOf, perExchange } from '../../diagnose/signals.ts';
import { readIpxError } from './read.ts';

const IPX_PATH = /^\/_ipx\//;
/** IPX writes its cache lifetime in this order, which no common server shares. */
export const IPX_CACHE_CONTROL = /^max-age=(\d+), public, s-maxage=\1$/;

export const ipxSignals = perExchange((exchange: Exchange): string[] => {
  const signals: string[] = [];
  const onPath = isIpxUrl(exchange.url);
  if (onPath) signals.push('URL path /_ipx/');
  const report = readIpxError(exchange, onPath);
  if (report) signals.push(report.shape === 'reason' ? `status line ${report.evidence}` : `IPX error body: ${report.evidence}`);
  if (hasIpxSuccessHeaders(exchange)) signals.push(`cache-control: ${headerValue(exchange.headers, 'cache-control')} with content-security-policy: default-src 'none'`);
  return signals;
});

/** IPX's own pair of success headers, which tell it apart even when the paste shows no URL. */
export function hasIpxSuccessHeaders(exchange: Exchange): boolean {
  return (
    IPX_CACHE_CONTROL.test(headerValue(exchange.headers, 'cache-control') ?? '') &&
    /^default-src 'none'$/i.test(headerValue(exchange.headers, 'content-security-policy') ?? '')
  );
}

export function isIpxUrl(url: string | null): boolean {
  return url !== null && IPX_PATH.test(pathOf(url));
}
