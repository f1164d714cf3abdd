/**
 * Netlify Image CDN's errors (facts 4.2-4.3). Production reports them as a JSON body
 * `{"code":400,"msg":"...","error_id":"..."}`; `netlify dev` as plain text. A known message names
 * its entry wherever it shows; otherwise the status of a `/.netlify/images` response (or of any
 * Netlify response carrying the JSON body) says what kind of failure it was.
 */
import { findEntry } from '../../../catalog/index.ts';
import { headerValue } from '../../../diagnose/read/headers.ts';
import { bodyEvidence, isTextOnly, jsonObjectOf } from '../../../diagnose/read/body.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { findingFor, variantFor, type Rule, statusEvidence } from '../../../diagnose/rule.ts';
import { hostOf, searchParamsOf } from '../../../diagnose/signals.ts';
import { netlifyMessages } from '../data/messages.ts';
import { isImageCdnUrl, isNetlifyServed, isRewrittenToImageCdn, rewriteNote } from '../signals.ts';

const compiledMessages = netlifyMessages.map(({ entry, pattern }) => ({ entry, pattern: new RegExp(pattern, 'i') }));
const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])$/;
/** Entries whose production and `netlify dev` wordings are both recorded. */
const LOCAL_WORDED = new Set(['netlify/missing-url', 'netlify/remote-not-allowed']);

interface Reported {
  message: string;
  evidence: string;
  /** The JSON body's `error_id`, where it has one. */
  errorId: string | null;
  /** Whether the message came in Netlify's JSON shape rather than as plain text. */
  json: boolean;
}

export const netlifyError: Rule = {
  name: 'netlify-error',
  emits: ['netlify/missing-url', 'netlify/remote-not-allowed', 'netlify/400', 'netlify/404', 'netlify/405', 'netlify/unknown-error', 'netlify/server-error'],
  run({ exchange }) {
    const reported = reportedMessage(exchange);
    const known = reported ? compiledMessages.find(({ pattern }) => pattern.test(reported.message))?.entry : undefined;
    const ours = isImageCdnUrl(exchange.url) ? !answeredByAnother(exchange) : reported?.json === true && isNetlifyServed(exchange);
    const inferred = known || !ours || reported ? null : inferredFromUrl(exchange);
    const id = known ?? inferred?.id ?? (ours ? idForStatus(exchange.status, reported) : null);
    if (!id) return [];
    const entry = findEntry(id);
    return [
      findingFor(id, reported?.evidence ?? statusEvidence(exchange), {
        variant: entry ? variantFor(entry.variants, exchange.status, exchange.body) : null,
        notes: [...(inferred ? [inferred.note] : []), ...notesFor(id, exchange, reported)],
      }),
    ];
  },
};

/**
 * A `/.netlify/images` response whose body is another service's JSON or whose status line names an
 * IPX code: `netlify dev` hands the request to IPX, whose errors its own rules explain.
 */
function answeredByAnother(exchange: Exchange): boolean {
  const json = jsonObjectOf(exchange.body);
  return (json !== null && typeof json.msg !== 'string') || /^IPX[_:]/.test(exchange.reason ?? '');
}

/** Netlify's JSON body printed on a line of its own, as an issue or a log quotes it. */
const PRINTED_JSON = /^[ \t]*(\{[^\n]*"msg"[^\n]*\})[ \t]*$/m;

/**
 * The JSON body's `msg`, or the first line of a plain-text body. In text (an issue, a log) the
 * body is the paste: the JSON may stand on any line, and a plain message counts only where it is
 * one Netlify sends, since the first line is the author's.
 */
function reportedMessage(exchange: Exchange): Reported | null {
  const text = isTextOnly(exchange);
  const body = text ? (PRINTED_JSON.exec(exchange.body ?? '')?.[1] ?? null) : exchange.body;
  const json = jsonObjectOf(body);
  if (json) {
    if (typeof json.msg !== 'string') return null;
    const errorId = typeof json.error_id === 'string' ? json.error_id : null;
    return { message: json.msg, evidence: bodyEvidence(body ?? ''), errorId, json: true };
  }
  const lines = exchange.body?.trim().split('\n') ?? [];
  const line = (text ? lines.find((candidate) => compiledMessages.some(({ pattern }) => pattern.test(candidate))) : lines[0])?.trim() ?? '';
  return line && !line.startsWith('<') ? { message: line, evidence: bodyEvidence(line), errorId: null, json: false } : null;
}

/**
 * A 400 (or `netlify dev`'s 403) whose body the paste does not show: the URL tells the two recorded
 * causes apart, since only a missing `url` or a remote one can give them.
 */
function inferredFromUrl(exchange: Exchange): { id: string; note: string } | null {
  if (exchange.status !== 400 && exchange.status !== 403) return null;
  const source = searchParamsOf(exchange.url).get('url');
  const note = 'The paste shows no body: this is read from the URL, and the JSON body (curl -i, or the Response tab) would confirm it.';
  if (!source) return exchange.status === 400 ? { id: 'netlify/missing-url', note } : null;
  return /^https?:\/\//i.test(source) ? { id: 'netlify/remote-not-allowed', note } : null;
}

function idForStatus(status: number | null, reported: Reported | null): string | null {
  if (status === 400 && reported === null) return 'netlify/400';
  if (status === 404 || status === 405) return `netlify/${status}`;
  if (status !== null && status >= 500 && status <= 599) return 'netlify/server-error';
  if (reported?.json) return 'netlify/unknown-error';
  return null;
}

function notesFor(id: string, exchange: Exchange, reported: Reported | null): string[] {
  const notes: string[] = [];
  if (isRewrittenToImageCdn(exchange)) notes.push(rewriteNote(exchange, 'the error is Netlify Image CDN’s, not the framework’s own optimizer’s'));
  const knownLocalWording = reported !== null && !reported.json && id !== 'netlify/server-error';
  if (LOCAL_HOST.test(hostOf(exchange.url) ?? '') || knownLocalWording) {
    notes.push(
      LOCAL_WORDED.has(id)
        ? 'This is the wording of the local Image CDN that `netlify dev` runs (built on IPX); on Netlify’s servers the same request answers 400 with a JSON body.'
        : 'This came from the local Image CDN that `netlify dev` runs (built on IPX); Netlify’s servers may answer differently, and other local failures show IPX’s own errors.',
    );
  }
  if (reported?.errorId) {
    const requestId = headerValue(exchange.headers, 'x-nf-request-id');
    notes.push(
      requestId === reported.errorId
        ? `error_id ${reported.errorId} is this response's x-nf-request-id: quote it to Netlify support.`
        : `error_id ${reported.errorId}: quote it to Netlify support to trace this request.`,
    );
  }
  if (id === 'netlify/remote-not-allowed') {
    const pattern = suggestedPattern(exchange, reported);
    if (pattern) notes.push(`A netlify.toml entry that allows this source's host: [images] remote_images = ["${pattern}"]`);
  }
  return notes;
}

/** A `remote_images` regex for the refused source's origin, written as a TOML string would hold it. */
function suggestedPattern(exchange: Exchange, reported: Reported | null): string | null {
  const quoted = reported ? /\burl \((\S+)\) is not an allowed pattern/i.exec(reported.message)?.[1] : undefined;
  const source = quoted ?? searchParamsOf(exchange.url).get('url');
  try {
    const { protocol, host } = new URL(source ?? '');
    return `${protocol}//${host.replaceAll('.', '\\\\.')}/.*`;
  } catch {
    return null;
  }
}
