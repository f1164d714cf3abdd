/**
 * Reads an IPX error from a response, in each shape IPX has sent (facts 5.1-5.2):
 * - IPX 4 (Nuxt Image 2.1+), h3 v2: `{"status":403,"statusText":"IPX_FORBIDDEN_HOST","message":"..."}`;
 * - IPX 2 and 3 (Nuxt Image 1.x-2.0): `{"error":{"message":"[403] [IPX_FORBIDDEN_HOST] ..."}}`;
 * - IPX 0.x and 1.x (Nuxt 2): the text `IPX Error: Error: <message>` and the reason `IPX: <message>`;
 * - the code as an HTTP/1.1 reason phrase (`403 IPX_FORBIDDEN_HOST`), or quoted in a log line.
 */
import { bodyEvidence, isTextOnly, jsonObjectOf } from '../../diagnose/read/body.ts';
import type { Exchange } from '../../diagnose/read/types.ts';

export type IpxShape = 'ipx4' | 'ipx2' | 'ipx0' | 'reason' | 'mention' | 'quoted';

export interface IpxReport {
  /** The `IPX_*` code, or null where the shape carries a message only (or an upstream reason). */
  code: string | null;
  /** The status IPX gave, from the body where it repeats it, else the response's. */
  status: number | null;
  message: string;
  shape: IpxShape;
  evidence: string;
}

const IPX_CODE = /^IPX_[A-Z_]+$/;
const V2_MESSAGE = /^\[(\d{3})\] \[([^\]]*)\] ([\s\S]*)$/;
const V0_BODY = /^IPX Error\b[^:\n]*:[ \t]*(?:[A-Za-z]*Error:[ \t]*)?(.*)$/m;
const V0_REASON = /^IPX: (.+)$/;
const MENTIONED_CODE = /\bIPX_[A-Z]+(?:_[A-Z]+)*\b/;
/** IPX 0.x and 1.x's words inside a sentence, quotes or inline code: `IPX: Forbidden host: localhost`. */
const QUOTED_MESSAGE = /(?<![\w-])IPX(?: Error\b[^:\n]{0,20})?:[ \t]*(?:[A-Za-z]*Error:[ \t]*)?([^`"'\n]*[^`"'\s.,;:])/;

/** The IPX error the response reports, or null. `onIpxPath` lets a coded-less h3 body count as IPX's. */
export function readIpxError(exchange: Exchange, onIpxPath: boolean): IpxReport | null {
  const body = exchange.body?.trim() ?? '';
  const exact = fromJson(body, exchange.status, onIpxPath) ?? fromText(body, exchange.status) ?? fromReason(exchange);
  return exact ?? (isTextOnly(exchange) ? fromQuote(body, exchange.status) : null) ?? fromMention(body, exchange.status);
}

/** IPX 2 and 3's JSON message as a line of a printed body: `"message": "[403] [Forbidden] ..."`. */
const QUOTED_V2 = /"message"[ \t]*:[ \t]*"\[(\d{3})\] \[([^\]\n]*)\] ([^\n]*?)"[ \t]*,?[ \t]*$/m;

/**
 * In text (an issue, a log), the message where it stands among other lines; a response's body
 * holds it alone.
 */
function fromQuote(body: string, status: number | null): IpxReport | null {
  const printed = QUOTED_V2.exec(body);
  if (printed?.[1] && printed[2] !== undefined && printed[3] !== undefined) {
    const code = IPX_CODE.test(printed[2]) ? printed[2] : null;
    return { code, status: Number(printed[1]), message: printed[3].replaceAll('\\"', '"'), shape: 'ipx2', evidence: bodyEvidence(printed[0]) };
  }
  const match = QUOTED_MESSAGE.exec(body);
  if (!match || match[1] === undefined) return null;
  return { code: null, status, message: match[1].trim(), shape: 'quoted', evidence: bodyEvidence(match[0]) };
}

function fromJson(body: string, status: number | null, onIpxPath: boolean): IpxReport | null {
  const json = jsonObjectOf(body);
  if (!json) return null;
  const { statusText, message } = json;
  if (typeof statusText === 'string' && typeof message === 'string' && (IPX_CODE.test(statusText) || onIpxPath)) {
    const code = IPX_CODE.test(statusText) ? statusText : null;
    const repeated = typeof json.status === 'number' ? json.status : status;
    return { code, status: repeated, message, shape: 'ipx4', evidence: bodyEvidence(body) };
  }
  const inner = json.error;
  const wrapped = typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>).message : undefined;
  const parts = typeof wrapped === 'string' ? V2_MESSAGE.exec(wrapped) : null;
  if (!parts?.[1] || parts[2] === undefined || parts[3] === undefined) return null;
  const code = IPX_CODE.test(parts[2]) ? parts[2] : null;
  return { code, status: Number(parts[1]), message: parts[3], shape: 'ipx2', evidence: bodyEvidence(body) };
}

function fromText(body: string, status: number | null): IpxReport | null {
  const match = V0_BODY.exec(body);
  if (!match || match[1] === undefined) return null;
  return { code: null, status, message: match[1].trim(), shape: 'ipx0', evidence: bodyEvidence(match[0]) };
}

function fromReason(exchange: Exchange): IpxReport | null {
  const reason = exchange.reason?.trim() ?? '';
  const legacy = V0_REASON.exec(reason);
  if (!IPX_CODE.test(reason) && !legacy?.[1]) return null;
  const statusLine = `${exchange.httpVersion ?? 'HTTP'} ${exchange.status ?? ''} ${reason}`.replace(/\s+/g, ' ');
  return {
    code: IPX_CODE.test(reason) ? reason : null,
    status: exchange.status,
    message: legacy?.[1] ?? '',
    shape: 'reason',
    evidence: statusLine,
  };
}

function fromMention(body: string, status: number | null): IpxReport | null {
  const line = body.split('\n').find((candidate) => MENTIONED_CODE.test(candidate));
  const code = line ? MENTIONED_CODE.exec(line)?.[0] : undefined;
  return line && code ? { code, status, message: line.trim(), shape: 'mention', evidence: bodyEvidence(line) } : null;
}
