/**
 * Line-level primitives shared by the text readers: splitting, taking off the decoration people
 * add around pasted output, and recognising status lines, request lines and header lines.
 *
 * Every pattern here is anchored at the start of the line and has no nested or overlapping
 * quantifiers, so each line is matched in time linear in its length.
 */

/** One line of the paste, with its decoration taken off. */
export interface Line {
  /** The line as pasted, without its line ending (bodies keep this). */
  raw: string;
  /** Without leading whitespace and marks, trailing annotation and trailing whitespace. */
  text: string;
  /** How many characters of whitespace and marks were taken off the start. */
  indent: number;
  /** Whether the line as pasted starts with whitespace (a folded header continuation can). */
  indented: boolean;
}

/** Terminal colour sequences, which `script` logs and some copy tools keep. */
const ANSI_ESCAPE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

export function splitLines(text: string): Line[] {
  const plain = text.includes('\x1b') ? text.replace(ANSI_ESCAPE, '') : text;
  // A plain split is several times faster than the pattern, and most pastes have no CR.
  return (plain.includes('\r') ? plain.split(/\r\n|\r|\n/) : plain.split('\n')).map(toLine);
}

export function toLine(raw: string): Line {
  const start = leadLength(raw);
  const code = raw.charCodeAt(0);
  return {
    raw,
    text: stripAnnotation(raw.slice(start)).trimEnd(),
    indent: start,
    indented: code === 0x20 || code === 0x09 || code === 0xa0,
  };
}

/** Marks authors put before lines they want to point out (`» etag: ...`). */
function isLeadMark(code: number): boolean {
  return code === 0xbb /* » */ || code === 0x203a /* › */;
}

function isBlankChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

function leadLength(raw: string): number {
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (!isBlankChar(code) && !isLeadMark(code)) break;
    i++;
  }
  return i;
}

/**
 * Drops an author's trailing note: two or more spaces, then `←`, `<-` or `#`, then anything.
 * A note needs text before its spaces that is not a header's colon, so aligned columns
 * (`name:      # value`) and values that start with such a sign are kept.
 */
function stripAnnotation(text: string): string {
  if (!text.includes('#') && !text.includes('←') && !text.includes('<-')) return text;
  for (let i = 2; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isMarker =
      code === 0x2190 /* ← */ || code === 0x23 /* # */ || (code === 0x3c && text.charCodeAt(i + 1) === 0x2d); /* <- */
    if (!isMarker || !isSpace(text.charCodeAt(i - 1)) || !isSpace(text.charCodeAt(i - 2))) continue;
    let runStart = i - 2;
    while (runStart > 0 && isSpace(text.charCodeAt(runStart - 1))) runStart--;
    if (runStart > 0 && text.charCodeAt(runStart - 1) !== 0x3a /* : */) return text.slice(0, runStart);
  }
  return text;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** A Markdown code fence, which wraps pasted output in issues and chats. */
export function isFence(text: string): boolean {
  return text.startsWith('```') || text.startsWith('~~~');
}

export interface StatusLine {
  version: string;
  status: number;
  reason: string | null;
}

const STATUS_LINE = /^(HTTP\/\d(?:\.\d)?)[ \t]+(\d{3})(?:[ \t]+(.*))?$/i;

/** `HTTP/2 404`, `HTTP/2.0 404`, `HTTP/1.1 200 OK`. */
export function parseStatusLine(text: string): StatusLine | null {
  const match = STATUS_LINE.exec(text);
  if (!match) return null;
  const status = Number(match[2]);
  if (status < 100) return null;
  const reason = (match[3] ?? '').trim();
  // `HTTP/2 429   cf-resized: err=9422`, a comment's one-line summary: what follows is a header.
  const isReason = reason !== '' && parseHeaderLine(reason) === null;
  return { version: match[1] ?? '', status, reason: isReason ? reason : null };
}

/** Interim responses carry nothing the diagnosis needs; the final response follows them. */
export function isInterimStatus(line: StatusLine): boolean {
  if (line.status < 200) return true;
  // A proxy's answer to CONNECT, which curl prints before the real response.
  return line.status === 200 && line.reason !== null && /^connection established$/i.test(line.reason);
}

export interface RequestLine {
  method: string;
  target: string;
  version: string;
}

const REQUEST_LINE = /^([A-Z][A-Z-]*)[ \t]+(\S+)[ \t]+(HTTP\/\d(?:\.\d)?)$/;

/** `GET /a.jpg HTTP/1.1` as a server, a proxy or `curl -v` prints it. */
export function parseRequestLine(text: string): RequestLine | null {
  const match = REQUEST_LINE.exec(text);
  if (!match) return null;
  return { method: match[1] ?? '', target: match[2] ?? '', version: match[3] ?? '' };
}

/** An RFC 9110 token, optionally with the leading colon of an HTTP/2 pseudo-header. */
const NAME = ":?[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const HEADER_LINE = new RegExp(`^(${NAME}):(.*)$`);
const BARE_NAME = new RegExp(`^(${NAME}):?$`);

export interface HeaderLine {
  name: string;
  value: string;
  /** Whether the value follows the colon without a space (`Server:cloudinary`). */
  tight: boolean;
}

/** `name: value`, `Name:value` or `:status: 404`; a URL such as `https://a/b` is not a header. */
export function parseHeaderLine(text: string): HeaderLine | null {
  const match = HEADER_LINE.exec(text);
  if (!match) return null;
  const name = match[1] ?? '';
  const rest = match[2] ?? '';
  if (rest.startsWith('//') && isUrlScheme(name)) return null;
  const value = rest.trim();
  return { name, value, tight: value !== '' && !isSpace(rest.charCodeAt(0)) };
}

function isUrlScheme(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'http' || lower === 'https';
}

/** A header name alone on its line, as devtools copies put it above its value. */
export function parseBareName(text: string): string | null {
  const match = BARE_NAME.exec(text);
  return match ? (match[1] ?? null) : null;
}

/** A line holding only an absolute http(s) URL. */
export function parseUrlLine(text: string): string | null {
  return /^https?:\/\/\S+$/i.test(text) ? text : null;
}

/** Lines curl prints around the exchange that are neither headers nor body. */
export function isCurlNoise(text: string): boolean {
  return (
    text.startsWith('{ [') ||
    text.startsWith('} [') ||
    text.startsWith('% Total') ||
    text.startsWith('Dload') ||
    text.includes('--:--:--') ||
    /^Warning: (?:Binary output can mess up your terminal|.*--output|.*<FILE>)/.test(text)
  );
}
