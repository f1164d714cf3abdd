/**
 * Reads ImageKit's own signals (facts 5.1-5.2): the `ik-error` header (`CODE - message`, sent
 * with the 404 or, for ELIMIT, the 400 of a failed origin fetch), the statuses it documents
 * without a header (400 transformation, 401 signature, 403 security rule, 202 manifest), and a
 * delivered image. Notes read the URL: its signature and expiry, the options ImageKit refuses.
 */
import { findEntry } from '../../../catalog/index.ts';
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { evidenceOf, findingFor, variantFor, type Rule, statusEvidence } from '../../../diagnose/rule.ts';
import { imagekitSignals } from '../signals.ts';
import { namedTransformations, oldOverlayOptions, signatureOf, transformSteps, usesShadow } from '../url.ts';

const IK_ERROR = /^\s*([A-Z][A-Z_]*)\s*(?:-\s*(.*))?$/;
const STATUSES_WITHOUT_HEADER = new Set([202, 400, 401, 403, 404]);

export const imagekitError: Rule = {
  name: 'imagekit-error',
  emits: ['imagekit/', 'imagekit/unknown-ik-error', 'imagekit/delivered'],
  run({ exchange }) {
    const header = headerFields(exchange.headers, 'ik-error')[0];
    if (header) return [ikErrorFinding(exchange, header)];
    const signals = imagekitSignals(exchange);
    if (signals.length === 0) return [];
    const status = exchange.status;
    if (status !== null && STATUSES_WITHOUT_HEADER.has(status)) return [statusFinding(exchange, status, signals)];
    if (status !== null && (status < 200 || status >= 400)) return [];
    const type = headerValue(exchange.headers, 'content-type') ?? '';
    if (status === null && !type.toLowerCase().startsWith('image/')) return [];
    return [findingFor('imagekit/delivered', signals[0] ?? 'x-server: ImageKit.io', { notes: [...transformNotes(exchange), ...edgeNotes(exchange)] })];
  },
};

function ikErrorFinding(exchange: Exchange, field: { name: string; value: string }): Finding {
  const code = IK_ERROR.exec(field.value)?.[1]?.toLowerCase();
  const entry = code ? findEntry(`imagekit/${code}`) : undefined;
  const id = entry?.kind === 'code' ? entry.id : 'imagekit/unknown-ik-error';
  const notes: string[] = [];
  const expected = entry?.variants[0]?.status;
  if (expected != null && exchange.status !== null && exchange.status !== expected) {
    notes.push(`ImageKit documents this code with status ${expected}; this response has ${exchange.status}.`);
  }
  notes.push('ik-error reports ImageKit’s fetch of the original from your origin, not a problem with the transformation.', ...edgeNotes(exchange));
  return findingFor(id, evidenceOf(field), { variant: entry ? variantFor(entry.variants, exchange.status, field.value) : null, notes });
}

function statusFinding(exchange: Exchange, status: number, signals: string[]): Finding {
  const id = `imagekit/${status}`;
  const notes = [...statusNotes(exchange, status), ...edgeNotes(exchange)];
  return findingFor(id, `${statusEvidence(exchange)} from ImageKit (${signals[0]})`, { variant: variantFor(findEntry(id)?.variants ?? [], status, exchange.body), notes });
}

function statusNotes(exchange: Exchange, status: number): string[] {
  const url = exchange.url;
  if (status === 404) return ['No `ik-error` header in the paste: ImageKit sends one with every origin fetch failure, and it names the cause. Capture the headers in full.'];
  if (url === null) return [];
  if (status === 400) {
    const notes = namedTransformations(url).map((name) => `The URL uses the named transformation \`n-${name}\`: it must exist in this ImageKit account, with exactly this name.`);
    const overlays = oldOverlayOptions(url);
    if (overlays.length > 0) notes.push(`\`${overlays.join(',')}\` is the old overlay syntax, refused with 400 since 1 November 2023: rewrite it as a layer (\`l-image,i-…,l-end\`).`);
    if (usesShadow(url)) notes.push('`e-shadow` is refused for images over 2 megapixels: resize in an earlier step.');
    return notes;
  }
  if (status === 401) return signatureNotes(exchange, url);
  return [];
}

function signatureNotes(exchange: Exchange, url: string): string[] {
  const { signed, expires } = signatureOf(url);
  if (!signed) return ['The URL has no `ik-s` signature: if unsigned URLs are restricted or the image is private, that alone explains the 401.'];
  const date = Date.parse(headerValue(exchange.headers, 'date') ?? '');
  if (expires === null) return ['The URL is signed without an expiry: the signature no longer matches the URL, so something in it changed after signing, or another key signed it.'];
  const expiry = new Date(expires * 1000).toISOString();
  if (Number.isFinite(date) && date / 1000 > expires) return [`\`ik-t=${expires}\` expired at ${expiry}, before this response (${new Date(date).toISOString()}).`];
  return [`\`ik-t=${expires}\` expires at ${expiry}; if that is still ahead, the signature does not match the URL as requested.`];
}

function transformNotes(exchange: Exchange): string[] {
  const steps = exchange.url ? transformSteps(exchange.url) : [];
  if (steps.length === 0) return [];
  const written = steps.map((step) => step.map(({ key, value }) => (value ? `${key}-${value}` : key)).join(',')).join(' then ');
  return [`Transformations as written: ${written}.`];
}

/** ImageKit delivers through CloudFront, whose headers show beside its own (capture CAP-4). */
function edgeNotes(exchange: Exchange): string[] {
  const via = headerValue(exchange.headers, 'via') ?? '';
  if (!/cloudfront/i.test(via) && headerValue(exchange.headers, 'x-amz-cf-id') === null) return [];
  const cache = headerValue(exchange.headers, 'x-cache');
  return [`CloudFront is the CDN ImageKit delivers through${cache ? ` (x-cache: ${cache})` : ''}; the response itself comes from ImageKit.`];
}
