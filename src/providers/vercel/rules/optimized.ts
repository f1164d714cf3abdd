/**
 * A successful answer of Vercel's optimizer: `x-vercel-cache` says where the bytes came from
 * (facts 3.4, capture C3). It applies to the image routes, or, where the paste shows no URL, to
 * an image carrying the optimizer's sandboxing Content-Security-Policy.
 */
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { imageCdnOfUrl } from '../../../diagnose/signals.ts';
import { layerNotes, requestIdNotes } from '../notes.ts';

const CACHE_NOTES: Record<string, string> = {
  HIT: 'x-vercel-cache: HIT: this variant came from Vercel’s CDN cache; no transformation ran (it counts as a cache read).',
  MISS: 'x-vercel-cache: MISS: not cached yet, so Vercel fetched the source and transformed it now (it counts as a transformation).',
  STALE: 'x-vercel-cache: STALE: an expired copy was served while Vercel refreshes it in the background (it counts as a transformation).',
  BYPASS: 'x-vercel-cache: BYPASS: the cache was skipped for this request.',
  PRERENDER: 'x-vercel-cache: PRERENDER: served from static storage.',
  REVALIDATED: 'x-vercel-cache: REVALIDATED: refreshed from the origin on this request.',
};
const OPTIMIZER_CSP = /script-src 'none'.*sandbox/i;

export const vercelOptimized: Rule = {
  name: 'vercel-optimized',
  emits: ['vercel/optimized'],
  run({ exchange }) {
    const cache = headerFields(exchange.headers, 'x-vercel-cache')[0];
    const status = exchange.status;
    if (!cache || (status !== null && status !== 200 && status !== 304) || !isOptimizerAnswer(exchange)) return [];
    const notes = [CACHE_NOTES[cache.value.trim().toUpperCase()] ?? `x-vercel-cache: ${cache.value} is not a value Vercel documents.`];
    const age = headerValue(exchange.headers, 'age');
    if (age !== null && /^\d+$/.test(age) && age !== '0') notes.push(`Age: ${age}: the cached copy is ${Math.round(Number(age) / 60)} minutes old.`);
    return [findingFor('vercel/optimized', evidenceOf(cache), { notes: [...notes, ...requestIdNotes(exchange), ...layerNotes(exchange)] })];
  },
};

function isOptimizerAnswer(exchange: Exchange): boolean {
  if (exchange.url !== null) return ['nextjs', 'vercel'].includes(imageCdnOfUrl(exchange.url) ?? '');
  const contentType = headerValue(exchange.headers, 'content-type') ?? '';
  return /^image\//i.test(contentType) && OPTIMIZER_CSP.test(headerValue(exchange.headers, 'content-security-policy') ?? '');
}
