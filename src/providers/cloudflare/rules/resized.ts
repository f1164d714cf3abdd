/**
 * Reads what Cloudflare's resizer says about itself: `Cf-Resized` (err=N or internal=ok...),
 * the Images binding's `cf-images-binding: err=N`, and the `ERROR N: message` body line.
 * Sources: facts 1.2 and 1.13; the seed's error list.
 */
import { findEntry } from '../../../catalog/index.ts';
import { headerFields } from '../../../diagnose/read/headers.ts';
import type { Exchange, ReadResult } from '../../../diagnose/read/types.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { evidenceOf, findingFor, supportCause, variantFor, type Rule } from '../../../diagnose/rule.ts';
import { isResizeUrl } from '../signals.ts';

const ERROR_VALUE = /\berr\s*=\s*(\d{3,5})\b/i;
const SUCCESS_VALUE = /^\s*internal\s*=\s*ok\b/i;
// The resizer's body (`ERROR 9412: ...`) and the Images binding's thrown message
// (`IMAGES_TRANSFORM_ERROR 9525: ...`, workerd images-api.ts) name the code the same way.
const BODY_ERROR_LINE = /^\s*(?:IMAGES_[A-Z]+_)?ERROR\s+(9\d{3})\s*:\s*(.*)$/m;

export const cloudflareResized: Rule = {
  name: 'cloudflare-resized',
  emits: ['cloudflare/', 'cloudflare/unknown-code', 'cloudflare/resized'],
  run({ exchange, read, earlier }) {
    const findings: Finding[] = [];
    for (const field of headerFields(exchange.headers, 'cf-resized', 'cf-images-binding')) {
      const code = ERROR_VALUE.exec(field.value)?.[1];
      if (code) findings.push(withSupport(codeFinding(code, evidenceOf(field), exchange), exchange, read));
      else if (SUCCESS_VALUE.test(field.value)) {
        findings.push(findingFor('cloudflare/resized', evidenceOf(field), { notes: successNotes(field.value) }));
      }
    }
    const bodyLine = exchange.body ? BODY_ERROR_LINE.exec(exchange.body) : null;
    const claimed = (line: string) => earlier.some((finding) => finding.evidence === line.trim());
    if (bodyLine?.[1] && !findings.some((finding) => finding.code === bodyLine[1]) && !claimed(bodyLine[0])) {
      findings.push(withSupport(codeFinding(bodyLine[1], bodyLine[0].trim(), exchange), exchange, read));
    }
    return findings;
  },
};

function codeFinding(code: string, evidence: string, exchange: Exchange): Finding {
  const entry = findEntry(`cloudflare/${code}`);
  if (!entry || entry.kind !== 'code') {
    return findingFor('cloudflare/unknown-code', evidence, {
      notes: [`Code ${code} is not in the catalog: no Cloudflare source this site knows documents it.`],
    });
  }
  const variant = variantFor(entry.variants, exchange.status, exchange.body);
  const notes: string[] = [];
  if (!variant && exchange.status !== null && entry.variants.length > 0) {
    notes.push(
      `The response status ${exchange.status} matches none of the statuses sources give for ${code}` +
        ` (${entry.variants.map((v) => v.status ?? 'none').join(', ')}).`,
    );
  }
  return findingFor(entry.id, evidence, { variant, notes });
}

/**
 * Lines elsewhere in the paste that make one of the code's causes likelier: an HTML content type
 * (the origin's answer, pasted beside the resizer's) for 9412, the visitor's credentials on a
 * resize URL for 9408, the resizer's `via` mark or a resize URL inside a resize URL for 9403.
 */
function withSupport(finding: Finding, exchange: Exchange, read: ReadResult): Finding {
  if (finding.code === '9412') {
    const types = read.exchanges.flatMap((other) => headerFields(other.headers, 'content-type'));
    const html = types.find((field) => /^\s*text\/html\b/i.test(field.value));
    if (html) return supportCause(finding, /\bHTML\b/, evidenceOf(html));
  }
  if (finding.code === '9408' && isResizeUrl(exchange.url)) {
    // The value stays out of the note: it is a secret.
    const credential = headerFields(exchange.requestHeaders, 'cookie', 'authorization')[0];
    if (credential) return supportCause(finding, /\bcookies\b|\bAuthorization\b/, `${credential.name}: (value not shown)`);
  }
  if (finding.code === '9403') {
    const via = headerFields(exchange.headers, 'via', 'cdn-loop').find((field) => /image-resizing/i.test(field.value));
    if (via) return supportCause(finding, /\bVia\b/, evidenceOf(via));
    const url = exchange.url ?? '';
    if (url.indexOf('/cdn-cgi/image/') !== url.lastIndexOf('/cdn-cgi/image/')) return supportCause(finding, /transformed URL/, url);
  }
  return finding;
}

/** Only the fields whose meaning can be read honestly (facts 1.2): output bytes and version. */
function successNotes(value: string): string[] {
  const notes: string[] = [];
  const bytes = /\bl=(\d+)\b/.exec(value)?.[1];
  const version = /\bv=([\d.]+)/.exec(value)?.[1];
  if (bytes) notes.push(`l=${bytes}: the resized image is very likely ${bytes} bytes (l= matched content-length in every capture).`);
  if (version) notes.push(`v=${version}: most likely the resizer's release version.`);
  notes.push('Cloudflare does not document the other fields (q=, n=, c=, f=, ...); imgdiag does not guess at them.');
  return notes;
}
