/**
 * Vercel's `x-vercel-error` (facts 3.2-3.3): the code names the failure, the status only its
 * family. The code also stands in the text body (`<message>\n\n<CODE>\n\n<id>`) and in the error
 * page a browser shows (`400: BAD_REQUEST` / `Code: …` / `ID: …`), so an image code found there
 * counts as well. A code outside image optimization gets `vercel/other-error`.
 */
import { findEntry } from '../../../catalog/index.ts';
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { evidenceOf, findingFor, variantFor, type Rule, type RuleContext } from '../../../diagnose/rule.ts';
import { imageCdnOfUrl } from '../../../diagnose/signals.ts';
import { vercelEntries } from '../data/entries.ts';
import { layerNotes, requestIdNotes } from '../notes.ts';

/** The image codes, by the upper-case form Vercel sends (entries of kind `code`, see entries.ts). */
const IMAGE_CODES = new Map(
  vercelEntries
    .filter((entry) => entry.kind === 'code')
    .map((entry) => [entry.code.toUpperCase().replaceAll('-', '_'), entry.id]),
);
const IMAGE_CODE = new RegExp(`\\b(${[...IMAGE_CODES.keys()].join('|')})\\b`);
const ANY_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

export const vercelError: Rule = {
  name: 'vercel-error',
  emits: [...IMAGE_CODES.values(), 'vercel/other-error'],
  run({ exchange, servedBy }) {
    const reported = reportedCode(exchange) ?? quotaByStatus(exchange, servedBy);
    if (!reported) return [];
    const id = IMAGE_CODES.get(reported.code) ?? 'vercel/other-error';
    const entry = findEntry(id);
    const notes: string[] = [];
    let status = exchange.status;
    const documented = entry?.variants[0]?.status ?? null;
    if (status === null && documented !== null) {
      status = documented;
      notes.push(`The paste shows no status line; ${status} is the status Vercel sends with ${reported.code}.`);
    } else if (status !== null && documented !== null && status !== documented) {
      notes.push(`Vercel documents ${reported.code} with status ${documented}, not ${status}.`);
    }
    if (reported.fromStatus) notes.push('No Vercel code shows in the paste; 402 is the status Vercel sends only when the image allowance is spent.');
    if (id === 'vercel/optimized-image-request-payment-required') {
      notes.push('Variants already in the cache keep answering 200 (x-vercel-cache: HIT), so some sizes of the same image work while new ones fail until the allowance resets.');
    }
    if (id === 'vercel/other-error') notes.push(`${reported.code} is a Vercel platform code outside image optimization; Vercel's error index explains it.`);
    notes.push(...bodyNotes(exchange.body, reported.code), ...matchedPathNotes(exchange), ...requestIdNotes(exchange), ...layerNotes(exchange));
    const variant = entry ? variantFor(entry.variants, status, exchange.body ?? reported.code) : null;
    return [findingFor(id, reported.evidence, { variant, notes })];
  },
};

/**
 * A 402 from Vercel's image route with no code in sight (a browser console line: `Failed to load
 * resource: the server responded with a status of 402`): the only image error Vercel sends with
 * 402 is the spent allowance.
 */
function quotaByStatus(exchange: Exchange, servedBy: RuleContext['servedBy']): { code: string; evidence: string; fromStatus: true } | null {
  if (exchange.status !== 402 || !servedBy.some(({ provider }) => provider === 'vercel')) return null;
  if (!['nextjs', 'vercel'].includes(imageCdnOfUrl(exchange.url) ?? '')) return null;
  return { code: 'OPTIMIZED_IMAGE_REQUEST_PAYMENT_REQUIRED', evidence: `status 402 from ${exchange.url}`, fromStatus: true };
}

/** The code from `x-vercel-error`, else an image code wherever the paste shows one, else the code of Vercel's error page. */
function reportedCode(exchange: Exchange): { code: string; evidence: string; fromStatus?: true } | null {
  const header = headerFields(exchange.headers, 'x-vercel-error')[0];
  const value = header?.value.trim().toUpperCase();
  if (header && value && ANY_CODE.test(value)) return { code: value, evidence: evidenceOf(header) };
  for (const field of exchange.headers) {
    const code = IMAGE_CODE.exec(field.value)?.[1];
    if (code) return { code, evidence: evidenceOf(field) };
  }
  const inBody = exchange.body ? IMAGE_CODE.exec(exchange.body)?.[1] : undefined;
  if (inBody) return { code: inBody, evidence: `body: ${inBody}` };
  const pageCode = headerFields(exchange.headers, 'code')[0];
  const pageId = headerValue(exchange.headers, 'id');
  if (pageCode && ANY_CODE.test(pageCode.value.trim()) && pageId && REQUEST_ID.test(pageId)) return { code: pageCode.value.trim(), evidence: evidenceOf(pageCode) };
  const page = exchange.body ? ERROR_PAGE.exec(exchange.body) : null;
  return page?.[1] ? { code: page[1], evidence: page[0].replace(/\s+/g, ' ').trim() } : null;
}

/** A Vercel request id: the region, `::`, then the id (`lhr1::xwssj-1628015491403-b1f6b19b3a68`). */
const REQUEST_ID = /^[a-z]{3}\d::/;

/** Vercel's error page as a browser shows it: `Code: INTERNAL_UNEXPECTED_ERROR`, then `ID: lhr1::...`. */
const ERROR_PAGE = /\bCode:[ \t]*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s{1,8}ID:[ \t]*[a-z]{3}\d::/;

/** Vercel's text body: a message line, the code, the request id, separated by blank lines. */
function bodyNotes(body: string | null, code: string): string[] {
  const parts = body?.split(/\n\s*\n/).map((part) => part.trim()) ?? [];
  const at = parts.indexOf(code);
  if (at < 0) return [];
  const message = at > 0 ? parts[at - 1] : '';
  return [
    message
      ? `The body is Vercel's plain-text error: the message "${message}", the code, then the request id. The message stays this generic; the code and the URL say more.`
      : "The body is Vercel's plain-text error: the code, then the request id.",
  ];
}

function matchedPathNotes(exchange: Exchange): string[] {
  const matched = headerValue(exchange.headers, 'x-matched-path');
  return matched === '/500' || matched === '/_error'
    ? [`x-matched-path: ${matched}: the source is a route of this app, and it rendered its error page, which is not an image.`]
    : [];
}
