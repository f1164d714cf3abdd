/**
 * Reads what Fastly Image Optimizer says about itself (facts 1.2-1.3): `Fastly-IO-Error` (fatal,
 * the image was not processed), `Fastly-IO-Warning` (non-fatal) and `Fastly-IO-Info` or
 * `Fastly-Stats: io=1` (transformed). Error texts are documented as scenarios, so each entry's
 * message is matched as a substring, case-insensitively, in catalog order.
 */
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { fastlyIoErrors } from '../data/io-errors.ts';

const INFO_FIELD = /\b(ifsz|idim|ifmt|ofsz|odim|ofmt)=(\S+)/gi;

export const fastlyIo: Rule = {
  name: 'fastly-io',
  emits: ['fastly/', 'fastly/unknown-io-error', 'fastly/io-warning', 'fastly/io-transformed'],
  run({ exchange }) {
    const findings: Finding[] = headerFields(exchange.headers, 'fastly-io-error').map((field) => errorFinding(field, exchange));
    for (const field of headerFields(exchange.headers, 'fastly-io-warning')) {
      findings.push(findingFor('fastly/io-warning', evidenceOf(field), { notes: [`Image Optimizer’s own words: "${field.value}".`] }));
    }
    const transformed = transformedFinding(exchange);
    if (transformed && findings.length === 0) findings.push(transformed);
    else if (transformed) findings.push({ ...transformed, severity: 'info' });
    return findings;
  },
};

function errorFinding(field: { name: string; value: string }, exchange: Exchange): Finding {
  const value = field.value.toLowerCase();
  const entry = fastlyIoErrors.find((candidate) => candidate.variants.some((variant) => value.includes(variant.message.toLowerCase())));
  return findingFor(entry?.id ?? 'fastly/unknown-io-error', evidenceOf(field), {
    variant: entry?.variants[0] ?? null,
    notes: [statusNote(exchange.status)],
  });
}

/** What the client most likely received; Fastly does not document it (facts 1.4). */
function statusNote(status: number | null): string {
  if (status === null) return 'Image Optimizer did not process the image. The paste shows no status, so it cannot tell what the client received instead.';
  if (status >= 400) {
    return `Image Optimizer did not process the image, and the response is a ${status}: most likely the origin’s (or the service’s VCL’s) status passed on. Fastly documents no status of its own for IO errors.`;
  }
  return `Image Optimizer did not process the image, yet the status is ${status}: the body is most likely the untouched original from the origin, so the page shows an image of the wrong size or format rather than a broken one.`;
}

function transformedFinding(exchange: Exchange): Finding | null {
  const info = headerFields(exchange.headers, 'fastly-io-info')[0];
  if (info) return findingFor('fastly/io-transformed', evidenceOf(info), { notes: infoNotes(info.value) });
  const stats = headerValue(exchange.headers, 'fastly-stats');
  if (stats && /\bio=1\b/.test(stats)) {
    return findingFor('fastly/io-transformed', `fastly-stats: ${stats}`, {
      notes: ['`io=1` says Image Optimizer transformed the response; without `Fastly-IO-Info` the paste does not show what it changed.'],
    });
  }
  return null;
}

/** Input and output as `Fastly-IO-Info` states them, in plain words. */
function infoNotes(value: string): string[] {
  const fields = Object.fromEntries([...value.matchAll(INFO_FIELD)].map((match) => [match[1]?.toLowerCase(), match[2]]));
  const notes: string[] = [];
  if (fields.idim && fields.odim) {
    notes.push(fields.idim === fields.odim ? `Dimensions kept at ${fields.idim}.` : `Resized from ${fields.idim} to ${fields.odim}.`);
  }
  if (fields.ifmt && fields.ofmt) {
    notes.push(fields.ifmt === fields.ofmt ? `Format kept (${fields.ofmt}).` : `Converted from ${fields.ifmt} to ${fields.ofmt}.`);
  }
  const [inBytes, outBytes] = [Number(fields.ifsz), Number(fields.ofsz)];
  if (inBytes > 0 && outBytes > 0) {
    notes.push(
      outBytes > inBytes
        ? `The output (${outBytes} bytes) is larger than the input (${inBytes} bytes): check the quality and format options.`
        : `${inBytes} bytes in, ${outBytes} out (${Math.round((100 * outBytes) / inBytes)}% of the original).`,
    );
  }
  return notes;
}
