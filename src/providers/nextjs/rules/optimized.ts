/**
 * A successful answer of the self-hosted optimizer: `x-nextjs-cache` and the headers beside it
 * say where the bytes came from and how long they stay (facts 2.5, capture C4).
 */
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { frontLayerNotes } from '../notes.ts';
import { isNextImageUrl } from '../signals.ts';

const CACHE_NOTES: Record<string, string> = {
  MISS: 'x-nextjs-cache: MISS: Next.js made this variant just now (or waited for a concurrent request that did) and stored it in .next/cache/images.',
  HIT: 'x-nextjs-cache: HIT: served from the disk cache without touching the source.',
  STALE: 'x-nextjs-cache: STALE: the cached copy had expired; Next.js served it anyway and is remaking it in the background, so the next request gets the fresh one.',
};

export const nextjsOptimized: Rule = {
  name: 'nextjs-optimized',
  emits: ['nextjs/optimized'],
  run({ exchange, servedBy }) {
    const cache = headerFields(exchange.headers, 'x-nextjs-cache')[0];
    const status = exchange.status;
    if (!cache || (status !== null && status !== 200 && status !== 304) || servedBy.some(({ provider }) => provider === 'vercel')) return [];
    // x-nextjs-cache also marks cached pages (ISR): only the image route or an image body counts.
    const contentType = headerValue(exchange.headers, 'content-type');
    const isImage = contentType === null ? isNextImageUrl(exchange.url) : /^image\//i.test(contentType);
    if (!isImage) return [];
    const notes = [CACHE_NOTES[cache.value.trim().toUpperCase()] ?? `x-nextjs-cache: ${cache.value} is not a value Next.js sends (MISS, HIT, STALE).`];
    notes.push(...cacheControlNotes(headerValue(exchange.headers, 'cache-control')));
    const disposition = headerValue(exchange.headers, 'content-disposition');
    if (disposition?.toLowerCase().startsWith('inline')) {
      notes.push('Content-Disposition: inline: Next.js before 15.0 (or contentDispositionType set to inline); 15.0+ sends attachment by default.');
    }
    return [findingFor('nextjs/optimized', evidenceOf(cache), { notes: [...notes, ...frontLayerNotes(exchange)] })];
  },
};

function cacheControlNotes(cacheControl: string | null): string[] {
  if (cacheControl === null) return [];
  if (/immutable/i.test(cacheControl)) return ['Cache-Control immutable: a statically imported image (/_next/static/media), cached for good; a new file gets a new URL.'];
  const maxAge = /max-age=(\d+)/i.exec(cacheControl)?.[1];
  if (maxAge === '0') return ['Cache-Control max-age=0: the development server (next dev) answered; it never caches.'];
  return maxAge
    ? [`Cache-Control max-age=${maxAge}: the larger of images.minimumCacheTTL (60 s before Next.js 16, 4 hours since) and the source's own max-age.`]
    : [];
}
