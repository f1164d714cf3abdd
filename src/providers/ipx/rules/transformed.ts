/**
 * A successful `/_ipx/` response (facts 5.3): an image, or 304. Notes read what IPX's headers say
 * about its cache lifetime, format negotiation and version.
 */
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { hasIpxSuccessHeaders, IPX_CACHE_CONTROL, isIpxUrl } from '../signals.ts';

export const ipxTransformed: Rule = {
  name: 'ipx-transformed',
  emits: ['ipx/transformed'],
  run({ exchange }) {
    if (!isIpxUrl(exchange.url) && !hasIpxSuccessHeaders(exchange)) return [];
    // A JSON-headers paste shows no status: IPX's own headers on an image say it succeeded.
    if (exchange.status !== null && exchange.status !== 200 && exchange.status !== 304) return [];
    const contentType = headerFields(exchange.headers, 'content-type')[0];
    if (exchange.status !== 304 && !contentType?.value.trim().toLowerCase().startsWith('image/')) return [];
    const evidence = contentType ? evidenceOf(contentType) : `${exchange.httpVersion ?? 'HTTP'} ${exchange.status}`;
    return [findingFor('ipx/transformed', evidence, { notes: notesFor(exchange) })];
  },
};

function notesFor(exchange: Exchange): string[] {
  const notes: string[] = [];
  const maxAge = IPX_CACHE_CONTROL.exec(headerValue(exchange.headers, 'cache-control') ?? '')?.[1];
  if (maxAge) {
    notes.push(
      `cache-control in IPX's form: ${maxAge} seconds, from IPX's maxAge (60 by default) or, for a remote source, the source's own max-age (300 when it sends none).`,
    );
  }
  if (/^default-src 'none'$/i.test(headerValue(exchange.headers, 'content-security-policy') ?? '')) {
    notes.push("content-security-policy: default-src 'none' is IPX's own header: it read the source before answering.");
  }
  if (/\baccept\b/i.test(headerValue(exchange.headers, 'vary') ?? '')) {
    notes.push('vary: Accept: the URL asked for f_auto (or format_auto), so IPX chose the format from the request’s Accept header.');
  }
  const weakEtag = headerValue(exchange.headers, 'etag')?.startsWith('W/');
  if (weakEtag || headerValue(exchange.headers, 'x-content-type-options') === 'nosniff') {
    notes.push('A weak ETag and x-content-type-options: nosniff are what IPX 4 sends; earlier versions send a strong ETag and no nosniff.');
  }
  return notes;
}
