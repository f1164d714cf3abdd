/**
 * The self-hosted optimizer's errors (facts 2.1-2.4). Its plain-text body names the failed check;
 * without the body (`curl -sI`), the status on an `/_next/image` URL still narrows it down. On
 * Vercel and on Netlify the platform's own optimizer answers the same URL before any Next.js code
 * runs, so their rules speak there and this one stays silent.
 */
import { findEntry } from '../../../catalog/index.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import { evidenceOf, findingFor, variantFor, type Rule, statusEvidence } from '../../../diagnose/rule.ts';
import { nextjsMessages } from '../data/messages.ts';
import { allowListNotes, frontLayerNotes, urlNotes } from '../notes.ts';
import { isNextImageUrl, nextjsBodyMessage } from '../signals.ts';

/** Hosts whose own image optimizer serves `/_next/image` in place of the Next.js server's. */
const PLATFORMS_THAT_ANSWER_NEXT_IMAGE = new Set(['vercel', 'netlify']);

/** What a status without a readable body most likely means on `/_next/image`. */
const STATUS_ENTRIES: Record<number, string> = { 400: 'nextjs/400', 404: 'nextjs/404', 500: 'nextjs/500', 504: 'nextjs/504' };

/** What each status adds to the generic "upstream response is invalid" body (facts 2.3). */
const UPSTREAM_STATUS_NOTES: Record<number, string> = {
  400: 'Status 400 with this body: the source answered with an empty body (Next.js 16.1.2+), or a local source route answered empty.',
  413: 'Status 413: the source is larger than images.maximumResponseBody (default 50 MB, Next.js 16.1.2+).',
  500: 'Status 500: the source answered a status below 400 that is not a success (a redirect that was not followed, for example), which Next.js reports as 500, or a local source route threw.',
  508: 'Status 508: the source redirected more times than images.maximumRedirects allows (default 3, Next.js 16.0+).',
};

export const nextjsError: Rule = {
  name: 'nextjs-error',
  emits: ['nextjs/'],
  run({ exchange, servedBy }) {
    if (servedBy.some(({ provider }) => PLATFORMS_THAT_ANSWER_NEXT_IMAGE.has(provider))) return [];
    const message = nextjsBodyMessage(exchange);
    if (message) return [withVariant(exchange, message.entry, `body: ${message.line}`, messageNotes(exchange, message.entry), message.line)];
    const status = exchange.status;
    if (status === null || status < 400 || !isNextImageUrl(exchange.url)) return [];
    const id = STATUS_ENTRIES[status] ?? 'nextjs/upstream-invalid';
    const notes = [
      exchange.body
        ? 'The body is not one of the optimizer’s messages, so the status alone says what happened.'
        : 'The paste shows no body; Next.js writes its reason only there, so this reading goes by the status. Fetch the URL with `curl -i` to see it.',
    ];
    if (id === 'nextjs/upstream-invalid') notes.push(statusPassedOn(status));
    if (!exchange.body) notes.push(...lengthNotes(headerValue(exchange.headers, 'content-length')));
    const server = headerFields(exchange.headers, 'server')[0];
    if (server) {
      notes.push(`${evidenceOf(server)}: Next.js sends no Server header, so something in front answered or passed this on; its own error page is as likely as the optimizer's.`);
    }
    // Only a body that is exactly a variant's text picks it: `Bad Request` inside a console line
    // (`GET … 400 (Bad Request)`) is the status's name, not the export-mode body.
    const exact = findEntry(id)?.variants.find((variant) => variant.message === exchange.body?.trim()) ?? null;
    const variant = exact ?? variantFor(findEntry(id)?.variants ?? [], status, null);
    const finding = findingFor(id, statusEvidence(exchange), { variant, notes: [...notes, ...urlNotes(exchange.url), ...frontLayerNotes(exchange)] });
    return [finding];
  },
};

/**
 * The finding with the catalog variant for the status; where the body was read, the variant shows
 * the body's own line, since messages such as `"q" parameter (quality) of 80 …` carry the value.
 */
function withVariant(exchange: Exchange, id: string, evidence: string, notes: string[], line?: string) {
  const entry = findEntry(id);
  const variant = entry ? variantFor(entry.variants, exchange.status, exchange.body) : null;
  return findingFor(id, evidence, { variant: variant && line ? { ...variant, message: line } : variant, notes });
}

function messageNotes(exchange: Exchange, id: string): string[] {
  const notes: string[] = [];
  const status = exchange.status;
  if (id === 'nextjs/upstream-invalid' && status !== null) notes.push(UPSTREAM_STATUS_NOTES[status] ?? statusPassedOn(status));
  if (id === 'nextjs/url-not-allowed') {
    notes.push(...allowListNotes(exchange.url));
    notes.push('From Next.js 16.0 the same body also means the remote host resolved to a private IP address; the server log says which.');
  }
  return [...notes, ...urlNotes(exchange.url), ...frontLayerNotes(exchange)];
}

/**
 * The optimizer's messages have fixed lengths, so a `Content-Length` without the body can still
 * name the likely message (`30` is exactly `"url" parameter is not allowed`).
 */
function lengthNotes(contentLength: string | null): string[] {
  const length = Number(contentLength);
  if (!Number.isInteger(length) || length <= 0) return [];
  const matches = nextjsMessages.flatMap(({ examples }) => examples).filter((example) => utf8Length(example) === length);
  if (matches.length === 0) return [];
  const quoted = matches.map((message) => `“${message}”`).join(' or ');
  return [`Content-Length ${length} is exactly the length of ${quoted}; the body would confirm it.`];
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function statusPassedOn(status: number): string {
  return `Status ${status}: Next.js passes the source's own status on, so the source image answered ${status}.`;
}
