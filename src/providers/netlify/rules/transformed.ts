/**
 * A successful `/.netlify/images` response (facts 4.2, 4.4): 200 with an image, or 304. Netlify
 * sends no Image CDN header of its own, so the notes read its general `cache-status` and the
 * negotiated format instead.
 */
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { searchParamsOf } from '../../../diagnose/signals.ts';
import { isImageCdnUrl, isNetlifyServed, isRewrittenToImageCdn, rewriteNote } from '../signals.ts';

const CACHE_MEMBER = /"([^"]+)"\s*((?:;[^,]*)?)/g;

export const netlifyTransformed: Rule = {
  name: 'netlify-transformed',
  emits: ['netlify/transformed'],
  run({ exchange }) {
    const rewritten = isRewrittenToImageCdn(exchange);
    if ((!isImageCdnUrl(exchange.url) && !rewritten) || (exchange.status !== 200 && exchange.status !== 304)) return [];
    const contentType = headerFields(exchange.headers, 'content-type')[0];
    if (exchange.status === 200 && !contentType?.value.trim().toLowerCase().startsWith('image/')) return [];
    const evidence = contentType ? evidenceOf(contentType) : `${exchange.httpVersion ?? 'HTTP'} ${exchange.status}`;
    return [findingFor('netlify/transformed', evidence, { notes: notesFor(exchange) })];
  },
};

function notesFor(exchange: Exchange): string[] {
  const notes = cacheNotes(headerValue(exchange.headers, 'cache-status'));
  if (isRewrittenToImageCdn(exchange)) notes.unshift(rewriteNote(exchange, 'Image CDN made this image, not the framework’s own optimizer'));
  if (exchange.status === 304) notes.push('304: the client’s copy of this transformation is still current, as Netlify documents for repeated requests.');
  const format = exchange.url ? formatParam(exchange.url) : null;
  if (format === null && exchange.status === 200) {
    notes.push('No `fm` parameter: Netlify chose the output format from the request’s Accept header, so another browser may get another format.');
  }
  if (!isNetlifyServed(exchange)) {
    notes.push('No Netlify header shows: this looks like the local Image CDN of `netlify dev`, which transforms with IPX and may differ from production.');
  }
  return notes;
}

/** What each cache named in `cache-status` (RFC 9211) did, nearest the origin first. */
function cacheNotes(value: string | null): string[] {
  if (!value) return [];
  return [...value.matchAll(CACHE_MEMBER)].map(([, cache, params = '']) => {
    const fwd = /;\s*fwd=([a-z-]+)/i.exec(params)?.[1]?.toLowerCase();
    if (/;\s*hit\b/i.test(params)) return `cache-status: ${cache} answered from its cache; no transformation ran for this request.`;
    if (fwd === 'stale') return `cache-status: ${cache} held a stale copy and fetched a fresh one.`;
    if (fwd) return `cache-status: ${cache} did not have it (fwd=${fwd}); the image was transformed or fetched from a deeper cache${/\bstored\b/i.test(params) ? ', then stored' : ''}.`;
    return `cache-status: ${cache}${params}`;
  });
}

function formatParam(url: string): string | null {
  return searchParamsOf(url).get('fm');
}
