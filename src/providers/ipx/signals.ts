/**
 * What shows that IPX answered a response (facts 5.1-5.3): the `/_ipx/` path Nuxt Image mounts it
 * on, and its error in any of the shapes its versions sent. IPX sends no server header of its own;
 * its success headers (`content-security-policy: default-src 'none'`) only confirm the path.
 */
import type { Exchange } from '../../diagnose/read/types.ts';
import { pathOf } from '../../diagnose/signals.ts';
import { readIpxError } from './read.ts';

const IPX_PATH = /^\/_ipx\//;

export function ipxSignals(exchange: Exchange): string[] {
  const signals: string[] = [];
  const onPath = isIpxUrl(exchange.url);
  if (onPath) signals.push('URL path /_ipx/');
  const report = readIpxError(exchange, onPath);
  if (report) signals.push(report.shape === 'reason' ? `status line ${report.evidence}` : `IPX error body: ${report.evidence}`);
  return signals;
}

export function isIpxUrl(url: string | null): boolean {
  return url !== null && IPX_PATH.test(pathOf(url));
}
