/**
 * Cloudinary's `x-cld-error` (facts 2.2-2.4; seed): the status says what kind of failure, the
 * message says which. A 200 with the header means a default image stood in for the asset. The
 * same reason inside `Server-Timing` (`cld-error;desc="..."`) counts as evidence too.
 */
import { findEntry } from '../../../catalog/index.ts';
import { cloudinaryMessageClasses } from '../data/messages.ts';
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { evidenceOf, findingFor, statusEvidence, supportCause, variantFor, type Rule } from '../../../diagnose/rule.ts';
import { isCloudinaryServed } from '../signals.ts';

const SERVER_TIMING_ERROR = /\bcld-error\s*;\s*desc\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,;]*))/i;
const compiledClasses = cloudinaryMessageClasses.map((messageClass) => ({
  messageClass,
  pattern: new RegExp(messageClass.pattern, 'i'),
}));

export const cloudinaryError: Rule = {
  name: 'cloudinary-error',
  emits: ['cloudinary/', 'cloudinary/default-image', 'cloudinary/server-error', 'cloudinary/unknown-status'],
  run({ exchange }) {
    const reported = reportedError(exchange);
    if (reported) return [classify(exchange, reported.message, reported.evidence)];
    const status = exchange.status;
    if (status === null || status < 400 || !isCloudinaryServed(exchange)) return [];
    if (status >= 500) return [findingFor('cloudinary/server-error', `HTTP ${status} from Cloudinary`)];
    return statusOnly(exchange, status);
  },
};

/** The error message and the line that carries it: x-cld-error first, then Server-Timing. */
function reportedError(exchange: Exchange): { message: string; evidence: string } | null {
  const header = headerFields(exchange.headers, 'x-cld-error')[0];
  if (header) return { message: header.value, evidence: evidenceOf(header) };
  const timing = headerValue(exchange.headers, 'server-timing');
  const match = timing ? SERVER_TIMING_ERROR.exec(timing) : null;
  const message = (match?.[1] ?? match?.[2] ?? '').replace(/\\(.)/g, '$1').trim();
  return message ? { message, evidence: `server-timing: cld-error;desc="${message}"` } : null;
}

function classify(exchange: Exchange, message: string, evidence: string): Finding {
  const messageClass = compiledClasses.find(({ pattern }) => pattern.test(message))?.messageClass ?? null;
  const notes: string[] = [];
  if (messageClass) notes.push(`${messageClass.title}: ${messageClass.explanation}`);
  let status = exchange.status;
  if (status === null && messageClass?.impliedStatus != null) {
    status = messageClass.impliedStatus;
    notes.push(`The paste shows no status line; ${status} is inferred from the message, which Cloudinary sends with that status.`);
  }
  const id = findingId(status);
  if (id === 'cloudinary/unknown-status') {
    notes.push(
      status === null
        ? 'The paste shows no HTTP status and the message does not imply one; the status decides what kind of failure this is.'
        : `Status ${status} with x-cld-error is not one the sources document for delivery.`,
    );
  }
  const entry = findEntry(id);
  const finding = findingFor(id, evidence, {
    variant: entry ? variantFor(entry.variants, status, message) : null,
    notes,
  });
  // The message class knows more than the status does, so its fixes replace the status's.
  const classified = messageClass && messageClass.fixes.length > 0 ? { ...finding, fixes: [...messageClass.fixes] } : finding;
  // A message names its cause itself; only a bare 401 is ranked by what the URL shows.
  return id === 'cloudinary/401' && messageClass === null ? withUnsignedUrl(classified, exchange.url) : classified;
}

/**
 * A 401 on a delivery URL that asks for a derived version without the `s--…--` signature: the
 * unsigned transformation is the likelier cause (Strict Transformations or a restricted add-on).
 */
function withUnsignedUrl(finding: Finding, url: string | null): Finding {
  const path = url === null ? '' : (/^https?:\/\/[^/]+(\/[^?#]*)/i.exec(url)?.[1] ?? '');
  const transformed = /\/(?:image|video)\/(?:upload|fetch|private|authenticated)\/(?!v\d+\/)[a-z]{1,3}_[^/]+\//.test(path);
  if (url === null || !transformed || /\/s--[\w-]{8}--\//.test(path)) return finding;
  return supportCause(finding, /neither signed nor allowed/, url);
}

/**
 * A 4xx from Cloudinary whose x-cld-error the paste does not show (a console line, a devtools
 * status): the status names the kind of failure, and only a status the sources document for
 * delivery gets its entry; the header says which cause it was.
 */
function statusOnly(exchange: Exchange, status: number): Finding[] {
  const id = findingId(status);
  if (id === 'cloudinary/unknown-status') return [];
  const notes = ['The paste shows no x-cld-error header, which names the reason: the status alone says what kind of failure this is. `curl -I` on the URL shows the header.'];
  const finding = findingFor(id, statusEvidence(exchange), { variant: variantFor(findEntry(id)?.variants ?? [], status, null), notes });
  return [id === 'cloudinary/401' ? withUnsignedUrl(finding, exchange.url) : finding];
}

function findingId(status: number | null): string {
  if (status === null) return 'cloudinary/unknown-status';
  if (status >= 200 && status < 400) return 'cloudinary/default-image';
  if (status >= 500) return 'cloudinary/server-error';
  const entry = findEntry(`cloudinary/${status}`);
  return entry?.kind === 'status' ? entry.id : 'cloudinary/unknown-status';
}
