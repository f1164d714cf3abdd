/**
 * The lenient pass: evidence wherever it stands in a paste, not only in header lines. Error codes
 * in bodies, prose and comments (`ERROR 9412: ...`, `err=9403`), statuses in the loose forms logs
 * and people write (`HTTP 401`, `status of 429`, `(401) Unauthorized`, `returned 404`), the
 * image services' headers inline in a sentence, after a label or inside a printed dict or JSON
 * line, and the services' URLs.
 *
 * Every pattern is matched line by line and has no nested or overlapping quantifiers, so the cost
 * stays linear in the size of the paste.
 */

import type { Line } from './lines.ts';

export interface FoundField {
  name: string;
  value: string;
  /** The fragment as pasted, e.g. `'x-cld-error': 'Resource not found'`. */
  seen: string;
}

export interface FoundCode {
  code: string;
  seen: string;
}

export interface FoundStatus {
  status: number;
  reason: string | null;
  seen: string;
}

export interface TextEvidence {
  fields: FoundField[];
  codes: FoundCode[];
  /** The first error status (400 or more) seen, else the first status. */
  status: FoundStatus | null;
  /** The first image-service URL, else the first URL a `URL` label names. */
  url: string | null;
  /** Non-blank lines that held no evidence and no structure the exact readers use. */
  quietLines: number;
}

/** Headers that name an image-service error or the service itself; read in any position. */
const SERVICE_FIELD = /(?<![\w-])(cf-resized|cf-images-binding|x-cld-error)(["'`]?)[ \t]*(?:=>|:|=)[ \t]*/gi;
/** Headers that only count inside quotes, a printed dict or inline code: in prose they are words. */
const QUOTED_FIELD =
  /(["'`])(content-type|server|via|location|cf-ray|cf-cache-status|server-timing|x-cld-error|cf-resized)\1[ \t]*(?:=>|:|=|,)[ \t]*/gi;

const CODE = /\b(?:IMAGES_[A-Z]+_)?ERROR(?:[ \t]+code)?[ \t:#]*(9[45]\d\d)\b(?:[ \t]*:[ \t]*([^`"'|]*))?/gi;
const LOOSE_ERR = /(?<![\w-])err[ \t]*=[ \t]*(9[45]\d\d)\b/gi;

const STATUS_FORMS: readonly RegExp[] = [
  // `HTTP 401`, `HTTP/1.1 403 Forbidden` inside a line, `HTTP status 404`, `HTTP error 400`
  /\bHTTP(?:\/[\d.]{1,3})?(?:[ \t]+(?:status|error|response))?(?:[ \t]+code)?[ \t]*[:=]?[ \t]*([1-5]\d\d)(?![\d.])(?:[ \t]+([A-Z][A-Za-z' ]{1,30}))?/i,
  // `Status Code: 400 Bad Request`, `status of 429`, `"status": 404`, `statusCode=401`
  /\bstatus(?:[ \t_-]?code)?(?:[ \t]+of)?["']?[ \t]*[:=]?[ \t]*["']?([1-5]\d\d)(?![\d.])(?:[ \t]+\(?([A-Z][A-Za-z' ]{1,30})\)?)?/i,
  // `(401) Unauthorized`, `(404) Nicht gefunden`: a status in brackets followed by its reason
  /\(([1-5]\d\d)\)[ \t]*(\p{L}[\p{L}' -]{0,40})/u,
  // `returned 404`, `responded with a 403`, `answers 415`, `fails with 502`
  /\b(?:return(?:s|ed|ing)?|respond(?:s|ed)?(?:[ \t]+with)?|answer(?:s|ed)?|gives?|gave|got|gets|throws?|fail(?:s|ed)?[ \t]+with)(?:[ \t]+(?:an?|the))?(?:[ \t]+HTTP)?[ \t]+([45]\d\d)(?![\d.])/i,
  // `404 Not Found`, `429 Too Many Requests` anywhere
  /\b([45]\d\d)[ \t]+\(?(Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Gone|Payload Too Large|Unsupported Media Type|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/i,
  // an access log: `"GET /a.jpg HTTP/1.1" 404 1234`
  /HTTP\/[\d.]{1,3}"[ \t]+([1-5]\d\d)\b/,
  // a status after a timestamp or a log level: `2024-05-01 12:00:01 ERROR 404 GET /a.jpg`
  /^[\W_]{0,3}(?:\d{4}-\d\d-\d\d[T ]?[\d:.,]*Z?[ \t]+)?(?:\[?(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL)\]?:?[ \t]+)([1-5]\d\d)[ \t]+(?:GET|HEAD|POST|https?:|\/)/i,
];

const URL_IN_TEXT = /https?:\/\/[^\s"'<>`()[\]{}|\\^]+/gi;
const URL_LABEL = /\b(?:request[ \t]+)?url\b/i;

export function scanEvidence(lines: readonly Line[]): TextEvidence {
  const evidence: TextEvidence = { fields: [], codes: [], status: null, url: null, quietLines: 0 };
  let labelledUrl: string | null = null;
  for (const line of lines) {
    // Without its indentation and an author's trailing note (`err=9401   ← origin not allowed`).
    const raw = line.text;
    if (raw === '' || raw.startsWith('```') || raw.startsWith('~~~')) continue;
    const before = evidence.fields.length + evidence.codes.length;
    readFields(raw, evidence.fields);
    readCodes(raw, evidence);
    const status = readStatus(raw);
    if (status !== null && (evidence.status === null || (evidence.status.status < 400 && status.status >= 400))) {
      evidence.status = status;
    }
    const urls = raw.includes('://') ? (raw.match(URL_IN_TEXT) ?? []).map(trimUrl) : [];
    if (evidence.url === null) evidence.url = urls.find(isServiceUrl) ?? null;
    if (labelledUrl === null && urls.length > 0 && URL_LABEL.test(raw)) labelledUrl = urls[0] ?? null;
    if (evidence.fields.length + evidence.codes.length === before && status === null && urls.length === 0) {
      evidence.quietLines++;
    }
  }
  evidence.url ??= labelledUrl;
  return evidence;
}

function readFields(raw: string, into: FoundField[]): void {
  if (!/cf-|cld|["'`]/i.test(raw)) return;
  for (const pattern of [SERVICE_FIELD, QUOTED_FIELD]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(raw); match !== null; match = pattern.exec(raw)) {
      const quoted = pattern === QUOTED_FIELD;
      const name = (quoted ? match[2] : match[1]) ?? '';
      const opener = raw[match.index - 1];
      const from = !quoted && (opener === '"' || opener === "'" || opener === '`') ? match.index - 1 : match.index;
      const value = valueAt(raw, match.index + match[0].length, opener === '`' || match[2] === '`');
      if (value.text === '') continue;
      into.push({ name: name.toLowerCase(), value: value.text, seen: raw.slice(from, value.end).trim() });
    }
  }
}

/** A value from `start`: up to its closing quote when quoted, else to the end of the line or code span. */
function valueAt(raw: string, start: number, inCode: boolean): { text: string; end: number } {
  const quote = raw[start];
  if (quote === '"' || quote === "'") {
    const close = raw.indexOf(quote, start + 1);
    const end = close < 0 ? raw.length : close + 1;
    return { text: raw.slice(start + 1, close < 0 ? raw.length : close).trim(), end };
  }
  const tick = inCode ? raw.indexOf('`', start) : -1;
  const rest = tick < 0 ? raw.slice(start) : raw.slice(start, tick);
  // A sentence or a dict goes on after the value: `... err=9412.` or `... err=9412)`.
  const text = rest.replace(/[ \t]*[)}\]]*[ \t]*[.;,]?[ \t]*$/, '').trim();
  return { text, end: tick < 0 ? start + rest.trimEnd().length : tick + 1 };
}

function readCodes(raw: string, evidence: TextEvidence): void {
  if (!/9[45]\d\d/.test(raw)) return;
  CODE.lastIndex = 0;
  for (let match = CODE.exec(raw); match !== null; match = CODE.exec(raw)) {
    evidence.codes.push({ code: match[1] ?? '', seen: match[0].trim().replace(/[ \t.,;)]+$/, '') });
  }
  LOOSE_ERR.lastIndex = 0;
  for (let match = LOOSE_ERR.exec(raw); match !== null; match = LOOSE_ERR.exec(raw)) {
    const code = match[1] ?? '';
    const named = evidence.fields.some((field) => field.value.includes(code)) || evidence.codes.some((found) => found.code === code);
    if (!named) evidence.codes.push({ code, seen: match[0] });
  }
}

function readStatus(raw: string): FoundStatus | null {
  if (!/[1-5]\d\d/.test(raw)) return null;
  for (const form of STATUS_FORMS) {
    const match = form.exec(raw);
    if (match === null) continue;
    const status = Number(match[1]);
    // Interim responses say nothing about the outcome; curl prints them before the real one.
    if (status < 200 || status > 599) continue;
    const reason = match[2]?.trim() || null;
    return { status, reason, seen: match[0].trim().replace(/[ \t.,;:]+$/, '') };
  }
  return null;
}

function trimUrl(url: string): string {
  return url.replace(/[.,;:!?]+$/, '');
}

/** A URL that shows which image service it goes to, and with which options. */
export function isServiceUrl(url: string): boolean {
  return /\/cdn-cgi\/image\//.test(url) || /^https?:\/\/(?:[\w-]+-)?res\.cloudinary\.com\//i.test(url) || /^https?:\/\/imagedelivery\.net\//i.test(url);
}
