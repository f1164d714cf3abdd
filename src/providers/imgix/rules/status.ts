/**
 * imgix reports an error by its status alone (facts 2.1, 2.3): this rule says what the status
 * means for imgix, with notes drawn from what the request shows (a signature, the host), and
 * reads the x-imgix-* headers of a rendered image.
 */
import { findEntry } from '../../../catalog/index.ts';
import { headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { findingFor, variantFor, type Rule, statusEvidence } from '../../../diagnose/rule.ts';
import { hostOf } from '../../../diagnose/signals.ts';
import { imgixSignals } from '../signals.ts';

const STATUS_ONLY_NOTE = 'imgix sends no error header or message: the status is its only signal, and this is what imgix’s status page says it means.';
const SIGNATURE = /[?&]s=[0-9a-f]{32}\b/i;

export const imgixStatus: Rule = {
  name: 'imgix-status',
  emits: ['imgix/', 'imgix/server-error', 'imgix/undocumented-status', 'imgix/rendered'],
  run({ exchange }) {
    const signals = imgixSignals(exchange);
    if (signals.length === 0) return [];
    const status = exchange.status;
    if (status !== null && status >= 400) return [errorFinding(exchange, status)];
    const type = headerValue(exchange.headers, 'content-type') ?? '';
    if (status === null && !type.toLowerCase().startsWith('image/')) return [];
    return [findingFor('imgix/rendered', signals.find((line) => /x-imgix-id/i.test(line)) ?? signals[0] ?? 'server: imgix', { notes: renderedNotes(exchange) })];
  },
};

function errorFinding(exchange: Exchange, status: number): Finding {
  const documented = findEntry(`imgix/${status}`);
  const id = documented?.kind === 'status' ? documented.id : status >= 500 ? 'imgix/server-error' : 'imgix/undocumented-status';
  const entry = findEntry(id);
  const notes = id === 'imgix/undocumented-status'
    ? [`imgix sends no error header or message, and its status page does not list ${status}: nothing in the response says why.`]
    : [STATUS_ONLY_NOTE];
  notes.push(...requestNotes(exchange, status), ...originStatusNotes(exchange), ...edgeNotes(exchange));
  return findingFor(id, `${statusEvidence(exchange)} from imgix`, { variant: entry ? variantFor(entry.variants, status, null) : null, notes });
}

/** What the URL itself says about the likely cause. */
function requestNotes(exchange: Exchange, status: number): string[] {
  const url = exchange.url;
  if (url === null) return [];
  if (status === 403) {
    if (!SIGNATURE.test(url)) return ['The URL has no `s=` signature: if the Source has Secure URLs on, that alone explains the 403.'];
    const afterSignature = /[?&]s=[0-9a-f]{32}&(.+)$/i.exec(url)?.[1];
    return afterSignature
      ? [`Parameters follow the \`s=\` signature (\`${afterSignature}\`): imgix signs everything before \`s=\`, so parameters added after signing make the signature invalid.`]
      : ['The URL carries an `s=` signature: check that it was computed over this exact path and query with this Source’s secure URL token.'];
  }
  if (status === 410) return [`The hostname is ${hostOf(url) ?? 'not readable'}: it must be one of a deployed Source’s Domains.`];
  return [];
}

/** imgix delivers through Fastly's edge, whose headers show beside imgix's (captures CAP-1 to CAP-3). */
function edgeNotes(exchange: Exchange): string[] {
  const servedBy = headerValue(exchange.headers, 'x-served-by');
  return servedBy ? [`x-served-by: ${servedBy} is the Fastly edge imgix delivers through; the status comes from imgix, not from Fastly Image Optimizer.`] : [];
}

function originStatusNotes(exchange: Exchange): string[] {
  const original = headerValue(exchange.headers, 'x-imgix-original-status');
  if (original === null) return [];
  return [`x-imgix-original-status: ${original}: most likely the status the origin gave imgix for the original (imgix does not document this header).`];
}

function renderedNotes(exchange: Exchange): string[] {
  const notes = [...originStatusNotes(exchange)];
  const cache = headerValue(exchange.headers, 'x-cache');
  if (cache) notes.push(`x-cache: ${cache}: the Fastly edge in front of imgix (two tiers) ${/^hit/i.test(cache) ? 'answered from its cache' : 'fetched from imgix'}.`);
  if (exchange.status === null) notes.push('The paste shows no status line; the image content type and the imgix headers point to a rendered image.');
  return notes;
}
