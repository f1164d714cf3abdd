/**
 * IPX's errors (facts 5.1-5.4): the code names the entry; where a version sent no code (IPX 0.x
 * and 1.x, the `IPX_ERROR` wrapper of IPX 2 and 3, a source's own error passed through) the
 * message does. Notes name the version the body's shape belongs to and the layer in front.
 */
import { findEntry } from '../../../catalog/index.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { findingFor, variantFor, type Rule } from '../../../diagnose/rule.ts';
import type { Finding } from '../../../diagnose/types.ts';
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
  reason: 'The error shows only in the status line: IPX 2 and 3 set the code (IPX 0.x and 1.x an "IPX: …" text, IPX 4 the code through h3) as the HTTP/1.1 reason phrase. HTTP/2 has none, so there only the body carries it.',
  mention: 'The IPX code is quoted in the text; the response itself is not shown.',
  quoted: 'IPX’s message is quoted in the text, in the words of IPX 0.x or 1.x (Nuxt Image 0.x, Nuxt 2), which sent no codes; the response itself is not shown.',
};

export const ipxError: Rule = {
  name: 'ipx-error',
  // Every entry of the codes table, each checked by its catalog samples; the fixtures cover the shapes.
  emits: ['ipx/', 'ipx/fetch-failed', 'ipx/unknown-code', 'ipx/error', 'ipx/502'],
  run({ exchange }) {
    const report = readIpxError(exchange, isIpxUrl(exchange.url));
    if (!report) return statusOnly(exchange);
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

/**
 * An error status on an `/_ipx/` URL whose body the paste does not show (a devtools copy, `curl -I`
 * over HTTP/2): the URL tells which code it was where it can; otherwise the status's own entry
 * lists the codes IPX sends with it.
 */
function statusOnly(exchange: Exchange): Finding[] {
  const status = exchange.status;
  if (!exchange.url || !isIpxUrl(exchange.url) || status === null || status < 400) return [];
  const [, , modifiers = '', ...rest] = pathOf(exchange.url).split('/');
  const source = safeDecode(rest.join('/'));
  const inferred = inferredEntry(status, modifiers, source, /^https?:/i.test(source));
  const id = inferred?.id ?? (findEntry(`ipx/${status}`) ? `ipx/${status}` : null);
  if (!id) return [];
  const candidates = ipxCodes.filter((code) => code.status === status && code.code).map((code) => code.code);
  const notes = [
    inferred
      ? `The paste shows no body, so IPX's code is not visible; ${inferred.reason}. The body (curl -i, or the Response tab) names the code.`
      : `The paste shows no body, so IPX's code is not visible. With ${status}, IPX sends ${candidates.join(', ')}.`,
  ];
  const statusLine = `${exchange.httpVersion ?? 'HTTP'} ${status}${exchange.reason ? ` ${exchange.reason}` : ''}`;
  return [findingFor(id, statusLine, { notes })];
}

function inferredEntry(status: number, modifiers: string, source: string, remote: boolean): { id: string; reason: string } | null {
  if (status === 400 && modifiers === '') return { id: 'ipx/missing-modifiers', reason: 'the URL has an empty modifiers segment' };
  if (status === 400 && source === '') return { id: 'ipx/missing-id', reason: 'the URL ends after the modifiers' };
  if (status === 403 && remote) return { id: 'ipx/forbidden-host', reason: 'a 403 for a remote source is most often its host missing from domains (or the source itself refusing IPX)' };
  if (status === 404 && remote) return { id: 'ipx/fetch-failed', reason: 'a 404 for a remote source is the source’s own status, passed on' };
  return null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

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
