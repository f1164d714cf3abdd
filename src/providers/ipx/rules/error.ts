/**
 * IPX's errors (facts 5.1-5.4): the code names the entry; where a version sent no code (IPX 0.x
 * and 1.x, the `IPX_ERROR` wrapper of IPX 2 and 3, a source's own error passed through) the
 * message does. Notes name the version the body's shape belongs to and the layer in front.
 */
import { findEntry } from '../../../catalog/index.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { findingFor, variantFor, type Rule } from '../../../diagnose/rule.ts';
import { pathOf } from '../../../diagnose/signals.ts';
import { ipxCodes } from '../data/codes.ts';
import { readIpxError, type IpxReport, type IpxShape } from '../read.ts';
import { isIpxUrl } from '../signals.ts';

const byCode = new Map(ipxCodes.flatMap(({ code, entry }) => (code ? [[code, entry] as const] : [])));
const byMessage = ipxCodes.flatMap(({ message, entry }) => (message ? [{ pattern: new RegExp(message, 'i'), entry }] : []));
/** A file-system path inside a message: IPX 0.x and 1.x put the server's absolute paths there. */
const SERVER_PATH = /\((\/(?:[^/\s()]+\/){2,}[^\s()]*)\)/;

const SHAPE_NOTES: Record<IpxShape, string> = {
  ipx4: 'Body shape of IPX 4 (Nuxt Image 2.1 and later): {"status","statusText","message"} from h3 v2.',
  ipx2: 'Body shape of IPX 2 and 3 (Nuxt Image 1.x to 2.0): {"error":{"message":"[status] [code] message"}}.',
  ipx0: 'Text body of IPX 0.x or 1.x (Nuxt Image 0.x, Nuxt 2), which sent messages without codes.',
  reason: 'The error shows only in the status line: IPX 2 and later set the code (IPX 0.x and 1.x an "IPX: …" text) as the HTTP/1.1 reason phrase. HTTP/2 has none, so there only the body carries it.',
  mention: 'The IPX code is quoted in the text; the response itself is not shown.',
};

export const ipxError: Rule = {
  name: 'ipx-error',
  // Every entry of the codes table, each checked by its catalog samples; the fixtures cover the shapes.
  emits: ['ipx/', 'ipx/fetch-failed', 'ipx/unknown-code', 'ipx/error'],
  run({ exchange }) {
    const report = readIpxError(exchange, isIpxUrl(exchange.url));
    if (!report) return [];
    const id = entryIdOf(report);
    const entry = findEntry(id);
    return [
      findingFor(id, report.evidence, {
        variant: entry ? variantFor(entry.variants, report.status, report.message) : null,
        notes: notesFor(id, report, exchange),
      }),
    ];
  },
};

function entryIdOf(report: IpxReport): string {
  const coded = report.code && report.code !== 'IPX_ERROR' ? byCode.get(report.code) : undefined;
  if (coded) return coded;
  const named = byMessage.find(({ pattern }) => pattern.test(report.message))?.entry;
  if (named) return named;
  if (report.code === null && (report.shape === 'ipx4' || report.shape === 'ipx2')) return 'ipx/fetch-failed';
  return report.code && report.code !== 'IPX_ERROR' ? 'ipx/unknown-code' : 'ipx/error';
}

function notesFor(id: string, report: IpxReport, exchange: Exchange): string[] {
  const notes = [SHAPE_NOTES[report.shape]];
  if (id === 'ipx/unknown-code') notes.push(`${report.code} is not one of the codes this catalog knows from IPX's source; its message says what failed.`);
  if (exchange.url && pathOf(exchange.url).startsWith('/.netlify/images')) {
    notes.push('`netlify dev` hands /.netlify/images to IPX locally, so this is IPX’s error from the emulation; Netlify’s servers answer the same request in their own words.');
  }
  const host = id === 'ipx/forbidden-host' ? /^Forbidden host:?\s*\(?([^\s()]+)/i.exec(report.message)?.[1] : undefined;
  if (host) {
    notes.push(
      `Allow ${host}: Nuxt Image \`image.domains: ['${host}']\`, or IPX's \`domains\` option (IPX_HTTP_DOMAINS). IPX 4 checks every redirect too, so a source that redirects needs the redirect's host listed as well.`,
    );
  }
  const serverPath = SERVER_PATH.exec(report.message)?.[1];
  if (serverPath && report.shape === 'ipx0') {
    notes.push(`The message reveals a path on the server (${serverPath}): IPX 0.x and 1.x put it there; later versions name only the requested id.`);
  }
  return notes;
}
