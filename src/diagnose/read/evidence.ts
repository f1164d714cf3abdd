/**
 * The lenient pass: evidence wherever it stands in a paste, not only in header lines. Error codes
 * in bodies, prose and comments (`ERROR 9412: ...`, `err=9403`), statuses in the loose forms logs
 * and people write (`HTTP 401`, `status of 429`, `(401) Unauthorized`, `returned 404`), the
 * image services' headers inline in a sentence, after a label or inside a printed dict or JSON
 * line, the services' URLs, and a browser's console line that says it blocked the response.
 *
 * Every pattern is matched line by line and has no nested or overlapping quantifiers, so the cost
 * stays linear in the size of the paste.
 */

import { type BrowserBlock, browserBlockIn } from './browser-block.ts';
import { type Line, parseHeaderLine } from './lines.ts';
import { isKnownFieldName } from './prose.ts';

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
  /** The first image-service URL, else the first URL a `URL` label names, else the status line's. */
  url: string | null;
  /** The first console line that says the browser refused the response. */
  block: BrowserBlock | null;
  /** Non-blank lines that held no evidence and no structure the exact readers use. */
  quietLines: number;
}

/**
 * Headers that name an image-service error or the service itself; read in any position. Services
 * name their error header `<something>-error` (x-cld-error, x-vercel-error, fastly-io-error,
 * ik-error, x-bo-processing-error), so that shape counts without a list of services.
 */
const SERVICE_FIELD = /(?<![\w-])(cf-resized|cf-images-binding|(?:[a-z0-9]+-)+error)(["'`]?)[ \t]*(?:=>|:|=)[ \t]*/gi;
/** Headers that only count inside quotes, a printed dict or inline code: in prose they are words. */
const QUOTED_FIELD =
  /(["'`])(content-type|server|via|location|cf-ray|cf-cache-status|server-timing|x-cld-error|cf-resized)\1[ \t]*(?:=>|:|=|,)[ \t]*/gi;

/** The resizer's body line (`ERROR 9412: ...`) and the Images binding's (`IMAGES_TRANSFORM_ERROR 9525`). */
const CODE = /\b(?:IMAGES_[A-Z]+_ERROR[ \t]+(9\d{3})\b|ERROR[ \t]+(9\d{3})[ \t]*:)[^`"'|]*/g;
/** `error code 9412`, `Error 9412`: a code only where the paste also names Cloudflare (an app has codes too). */
const LOOSE_CODE = /\berror(?:[ \t]+code)?[ \t:#]*(9[45]\d\d)\b/gi;
const NAMES_CLOUDFLARE = /cloudflare|cdn-cgi|cf-resized|imagedelivery/i;
const LOOSE_ERR = /(?<![\w-])err[ \t]*=[ \t]*(9\d{3})\b/gi;

const REASONS =
  'Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Gone|Payload Too Large|Unsupported Media Type|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout';
const KNOWN_REASON = new RegExp(`^(?:${REASONS})\\b`, 'i');

/** The loose forms a status is written in, strongest first: a labelled status beats a verb's. */
const STATUS_FORMS: readonly RegExp[] = [
  // `Status Code: 400 Bad Request`, `status of 429`, `"status": 404`, `statusCode=401`, `status code - 401`
  /(?<![\w-])["']?(?:status|http_code)(?:[ \t_-]?code)?(?:[ \t]+of)?["']?[ \t]*[:=-]?[ \t]*["'`]?([1-5]\d\d)(?!\.?\d)(?:[ \t]+\(?([A-Z][A-Za-z' ]{1,30})\)?)?/i,
  // a browser console's failed request: `GET https://... net::ERR_BLOCKED_BY_ORB 200 (OK)`, a success the browser refused
  /\bnet::ERR_[A-Z_]+(?:\.[A-Za-z]+)?[ \t]+([1-5]\d\d)(?!\.?\d)(?:[ \t]+\(([A-Za-z' ]{1,30})\))?/i,
  // `HTTP 401`, `HTTP/1.1 403 Forbidden` inside a line, `HTTP status 404`, `HTTP error 400`
  /\bHTTP(?:\/[\d.]{1,3})?(?:[ \t]+(?:status|error|response))?(?:[ \t]+code)?[ \t]*[:=]?[ \t]*([1-5]\d\d)(?!\.?\d)(?:[ \t]+([A-Z][A-Za-z' ]{1,30}))?/i,
  // an access log: `"GET /a.jpg HTTP/1.1" 404 1234`
  /HTTP\/[\d.]{1,3}"[ \t]+([1-5]\d\d)\b/,
  // a status after a timestamp or a log level: `2024-05-01 12:00:01 ERROR 404 GET /a.jpg`
  /^[\W_]{0,3}(?:\d{4}-\d\d-\d\d[T ]?[\d:.,]*Z?[ \t]+)?(?:\[?(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL)\]?:?[ \t]+)([1-5]\d\d)[ \t]+(?:GET|HEAD|POST|https?:|\/)/i,
  // `404 Not Found`, `429 Too Many Requests`, `403 (Forbidden)` anywhere
  new RegExp(`\\b([45]\\d\\d)s?[ \\t]+\\(?(${REASONS})\\b`, 'i'),
  // `(401) Unauthorized`, `(404) Nicht gefunden`, `(401 unauthorized error)`: a status in brackets with its reason
  /\(([1-5]\d\d)\)[ \t]*(\p{L}[\p{L}' -]{1,40})/u,
  /\(([45]\d\d)[ \t]+(\p{L}[\p{L}' -]{1,40})\)/u,
  // `Not Found (404)`, `Page Not Found (404)`
  new RegExp(`\\b(?:${REASONS})[ \\t]*\\(([45]\\d\\d)\\)`, 'i'),
  // an error page's heading: `400: BAD_REQUEST`, `502: BAD_GATEWAY`
  /^[ \t]*([45]\d\d):[ \t]+[A-Z][A-Z_]{2,}\b/,
  // `Error 404`, `error: 502`, `code: 400`, `"code":400` in a printed JSON body, `code=403` in an HTTP client's printed response
  /\b(?:error|code)["']?[ \t]*[:#=]?[ \t]*([45]\d\d)(?!\.?\d)/i,
  // a log line that ends with the status after the URL: `upstream image response failed for https://... 403`
  /https?:\/\/\S+[ \t]+([45]\d\d)[ \t]*$/,
  // a URL quoted with its status in brackets: `https://ik.imagekit.io/a.jpg&ik-s=x` (401)
  /https?:\/\/[^\s`]+`?[ \t]*\(([45]\d\d)\)/,
  // a browser console line as test runners print it: `Failed to load resource: 400 @ https://...`
  /\bFailed to load resource:[ \t]+([45]\d\d)\b/i,
  // `returned 404`, `responded with a 403`, `answers 415`, `fails with 502`, `fail to load with a 503`, `I get a 401`, `returned **\`400\`**`
  /\b(?:return(?:s|ed|ing)?|respond(?:s|ed)?(?:[ \t]+with)?|answer(?:s|ed)?|give|gives|gave|giving|got|get|gets|getting|throws?|produces?|fail(?:s|ed|ing)?(?:[ \t]+to[ \t]+(?:load|fetch|render|display))?[ \t]+with)(?:[ \t]+(?:an?|the))?(?:[ \t]+(?:generic|plain|bare|HTTP))?[ \t]+[`*_]{0,3}([45]\d\d)(?!\.?\d)/i,
  // `503 on request to https://...`, `500 for GET /_next/image`: a status and the request it answered
  /\b([45]\d\d)[ \t]+(?:on|for)[ \t]+(?:(?:a|the)[ \t]+)?(?:request|GET|HEAD|call)\b/i,
  // `Not Found 404`, as in a Markdown link's text `[Not Found 404](https://...)`
  new RegExp(`\\b(?:${REASONS})[ \\t]+([45]\\d\\d)(?!\\.?\\d)`, 'i'),
  // `a 403 error`, `400 errors`: a status named as an error
  /\b([45]\d\d)[ \t]+errors?\b/i,
  // `respondía \`401\``, `trả **400**`: a status set apart in code or bold, in any language's sentence
  /(?:`|\*\*)([45]\d\d)(?:`|\*\*)/,
];

/**
 * The four reason phrases that name one status each and rarely stand in prose for anything else:
 * `I get an "Internal server error": https://...`. Weakest of all: any number in the paste wins.
 */
const REASON_WORDS = /internal|gateway|unavailable/i;
const REASON_ONLY: readonly [RegExp, number][] = [
  [/\binternal server error\b/i, 500],
  [/\bbad gateway\b/i, 502],
  [/\bservice (?:temporarily )?unavailable\b/i, 503],
  [/\bgateway time-?out\b/i, 504],
];

/** A URL in prose: brackets end it (Markdown's `[text](url)`) unless they pair inside it (`name(2).png`). */
const URL_IN_TEXT = /https?:\/\/[^\s"'<>`()[\]{}|\\^]+(?:\([^\s"'<>`()[\]{}|\\^]*\)[^\s"'<>`()[\]{}|\\^]*)*/gi;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|ico)(?:[?#]|$)/i;
const URL_LABEL = /\b(?:request[ \t]+)?url\b/i;

/** A resize path quoted without its host (`/cdn-cgi/image/width=200/a.png`), as people cite their own site's. */
const RELATIVE_RESIZE_PATH = /(?<![\w.:/-])\/cdn-cgi\/image\/[^\s"'<>`()[\]{}|\\^]+/g;

const NO_URLS: readonly string[] = [];

function urlsIn(raw: string): readonly string[] {
  const absolute = raw.includes('://') ? raw.match(URL_IN_TEXT) : null;
  const relative = raw.includes('/cdn-cgi/image/') ? raw.match(RELATIVE_RESIZE_PATH) : null;
  if (absolute === null && relative === null) return NO_URLS;
  return [...(absolute ?? []), ...(relative ?? [])].map(trimUrl);
}

/**
 * `knownService` tells whether a URL belongs to an image service the caller knows (the engine
 * asks its registry): of the URLs in prose, that one is the image's.
 */
export function scanEvidence(lines: readonly Line[], knownService: (url: string) => boolean = carriesOptions): TextEvidence {
  const evidence: TextEvidence = { fields: [], codes: [], status: null, url: null, block: null, quietLines: 0 };
  let labelledUrl: string | null = null;
  // The URL on the line the status was read from: `GET https://... 404 (Not Found)` in a console.
  let statusUrl: string | null = null;
  // The URL on the line a browser's block was read from: `Access to image at 'https://...' ... blocked by CORS policy`.
  let blockUrl: string | null = null;
  // Failing all else, the first URL of an image file: `The image's URL is:` above it, the status lines later.
  let imageFileUrl: string | null = null;
  // A URL on a service's host, when none carries the service's options (`https://res.cloudinary.com` alone, then the asset's URL).
  let serviceUrl: string | null = null;
  let best: RankedStatus | null = null;
  const codes: CodeList = { list: evidence.codes, known: new Set() };
  const looseCodes: CodeList = { list: [], known: new Set() };
  let mentionsCloudflare = false;
  let logFields: string[] | null = null;
  for (const line of lines) {
    // Without its indentation and an author's trailing note (`err=9401   ← origin not allowed`).
    const raw = line.text;
    if (raw === '' || raw.startsWith('```') || raw.startsWith('~~~')) continue;
    if (raw.startsWith('#Fields:')) {
      logFields = raw.slice('#Fields:'.length).trim().split(/\s+/);
      continue;
    }
    const row = logFields !== null && raw.includes('\t') ? accessLogRow(raw, logFields) : null;
    if (row !== null) {
      if (row.contentType) evidence.fields.push(row.contentType);
      if (row.status !== null && (best === null || outranks(row.status, best))) {
        best = row.status;
        statusUrl = row.url;
      }
      continue;
    }
    const fieldsBefore = evidence.fields.length;
    const before = fieldsBefore + evidence.codes.length;
    readFields(raw, evidence.fields);
    readBrowserMimeNote(raw, evidence.fields);
    readCodes(raw, codes, evidence.fields, fieldsBefore, looseCodes);
    mentionsCloudflare ||= NAMES_CLOUDFLARE.test(raw);
    const status = readStatus(raw);
    const urls = urlsIn(raw);
    if (status !== null && (best === null || outranks(status, best))) {
      best = status;
      statusUrl = urls[0] ?? null;
    }
    if (evidence.url === null) evidence.url = urls.find(carriesOptions) ?? null;
    if (serviceUrl === null) serviceUrl = urls.find(knownService) ?? null;
    if (labelledUrl === null && urls.length > 0 && URL_LABEL.test(raw)) labelledUrl = urls[0] ?? null;
    imageFileUrl ??= urls.find((url) => IMAGE_FILE.test(url)) ?? null;
    const block = evidence.block === null ? browserBlockIn(raw) : null;
    if (block !== null && evidence.block === null) {
      evidence.block = block;
      blockUrl = urls[0] ?? null;
    }
    if (evidence.fields.length + evidence.codes.length === before && status === null && urls.length === 0 && block === null) {
      evidence.quietLines++;
    }
  }
  // A service's URL on the line that gives the status is the one that failed, not an earlier one quoted as expected.
  // A bare service host on that line (`https://res.cloudinary.com returns 401`) yields to a URL that shows the options.
  if (statusUrl !== null && (carriesOptions(statusUrl) || (evidence.url === null && knownService(statusUrl)))) evidence.url = statusUrl;
  evidence.url ??= serviceUrl ?? labelledUrl ?? statusUrl ?? blockUrl ?? imageFileUrl;
  if (mentionsCloudflare) {
    for (const found of looseCodes.list) addCode(codes, found);
  }
  evidence.status = best === null ? null : { status: best.status, reason: best.reason, seen: best.seen };
  evidence.fields = distinct(evidence.fields, (field) => `${field.name}\n${field.value}`);
  evidence.codes = distinct(evidence.codes, (code) => code.code);
  return evidence;
}

function readFields(raw: string, into: FoundField[]): void {
  if (!/cf-|cld|["'`]/i.test(raw)) return;
  for (const pattern of [SERVICE_FIELD, QUOTED_FIELD]) {
    // Each pattern's literal part, tested first: a `cf-ray` line need not run the field pattern.
    if (!(pattern === SERVICE_FIELD ? /cf-resized|cf-images-binding|-error/i : /["'`]/).test(raw)) continue;
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

/**
 * A row of a W3C extended log under its `#Fields:` line, tab-separated, as CloudFront's standard
 * logs (and S3's and many CDNs') write it: the status, the URL and the content type by column.
 */
function accessLogRow(raw: string, names: readonly string[]): { status: RankedStatus | null; url: string | null; contentType: FoundField | null } | null {
  const values = raw.split('\t');
  if (values.length !== names.length) return null;
  const column = (name: string): string | null => {
    const value = values[names.indexOf(name)];
    return value === undefined || value === '-' ? null : value;
  };
  const code = Number(column('sc-status'));
  const host = column('cs(Host)') ?? column('x-host-header');
  const path = column('cs-uri-stem');
  const query = column('cs-uri-query');
  const protocol = column('cs-protocol') ?? 'https';
  const type = column('sc-content-type');
  return {
    status: isRealStatus(code) ? { status: code, reason: null, seen: `sc-status ${code}`, strength: 0 } : null,
    url: host && path ? `${protocol}://${host}${path}${query ? `?${query}` : ''}` : null,
    contentType: type ? { name: 'content-type', value: type, seen: `sc-content-type ${type}` } : null,
  };
}

/** Chrome's console note on an image that arrived as something else: `Resource interpreted as Image but transferred with MIME type text/html: "…"`. */
const BROWSER_MIME_NOTE = /Resource interpreted as Image but transferred with MIME type ([\w.+-]+\/[\w.+-]+)/i;

function readBrowserMimeNote(raw: string, into: FoundField[]): void {
  if (!raw.includes('interpreted as')) return;
  const match = BROWSER_MIME_NOTE.exec(raw);
  if (match?.[1]) into.push({ name: 'content-type', value: match[1], seen: match[0] });
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
  const text = rest.slice(0, sentenceEnd(rest)).trim();
  return { text, end: tick < 0 ? start + rest.trimEnd().length : tick + 1 };
}

/**
 * Where a value ends before what closes the sentence or dict around it (blanks, then `.`, `;` or
 * `,`, then blanks, brackets and blanks), read from the end: a pattern anchored at the end would
 * be tried from every position of the line.
 */
function sentenceEnd(text: string): number {
  let end = skipBackWhile(text, text.length, isBlank);
  if (end > 0 && '.;,'.includes(text.charAt(end - 1))) end--;
  end = skipBackWhile(text, end, isBlank);
  end = skipBackWhile(text, end, (char) => char === ')' || char === '}' || char === ']');
  return skipBackWhile(text, end, isBlank);
}

function skipBackWhile(text: string, end: number, test: (char: string) => boolean): number {
  let at = end;
  while (at > 0 && test(text.charAt(at - 1))) at--;
  return at;
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t';
}

/** Codes found so far: the list in order, and the set that keeps each code once. */
interface CodeList {
  list: FoundCode[];
  known: Set<string>;
}

function addCode(codes: CodeList, found: FoundCode): void {
  if (codes.known.has(found.code)) return;
  codes.known.add(found.code);
  codes.list.push(found);
}

/** Codes in one line; `fields` from index `lineStart` on are the fields read from the same line. */
/**
 * The resizer's older words for three codes, still shown without the code (a dashboard, a plugin):
 * `Origin returned 4xx HTTP status code`. Facts 1.4: 404 is 9404, 4xx 9408, 5xx 9509.
 */
const ORIGIN_RETURNED = /\borigin returned (404|4xx|5xx) HTTP status code\b/i;
const ORIGIN_RETURNED_CODE: Record<string, string> = { '404': '9404', '4xx': '9408', '5xx': '9509' };

function readCodes(raw: string, codes: CodeList, fields: readonly FoundField[], lineStart: number, loose: CodeList): void {
  const worded = raw.includes('eturned') ? ORIGIN_RETURNED.exec(raw) : null;
  if (worded?.[1]) addCode(loose, { code: ORIGIN_RETURNED_CODE[worded[1].toLowerCase()] ?? '', seen: worded[0] });
  // Every code form spells `err` (`ERROR 9412`, `err=9403`, `error code 9412`).
  if (!/9\d{3}/.test(raw) || !/err/i.test(raw)) return;
  const fieldsOfLine = fields.slice(lineStart);
  const named = (code: string): boolean => codes.known.has(code) || fieldsOfLine.some((field) => field.value.includes(code));
  CODE.lastIndex = 0;
  for (let match = CODE.exec(raw); match !== null; match = CODE.exec(raw)) {
    // In a sentence the message ends where the sentence does: `ERROR 9523: Internal error. Thanks!`
    const sentence = match[0].split(/\.[ \t]/, 1)[0] ?? match[0];
    addCode(codes, { code: match[1] ?? match[2] ?? '', seen: sentence.trim().replace(/[ \t.,;)]+$/, '') });
  }
  LOOSE_ERR.lastIndex = 0;
  for (let match = LOOSE_ERR.exec(raw); match !== null; match = LOOSE_ERR.exec(raw)) {
    const code = match[1] ?? '';
    if (!named(code)) addCode(codes, { code, seen: match[0] });
  }
  LOOSE_CODE.lastIndex = 0;
  for (let match = LOOSE_CODE.exec(raw); match !== null; match = LOOSE_CODE.exec(raw)) {
    const code = match[1] ?? '';
    if (!named(code)) addCode(loose, { code, seen: match[0] });
  }
}

interface RankedStatus extends FoundStatus {
  /** The index of the form it was read in: lower is stronger. */
  strength: number;
}

/** An error status beats a success; then a stronger form; then the earlier line. */
function outranks(status: RankedStatus, best: RankedStatus): boolean {
  const isError = status.status >= 400;
  if (isError !== best.status >= 400) return isError;
  return status.strength < best.strength;
}

/** Every loose form writes the status as a number of its own: no digit stands next to it. */
const STANDALONE_STATUS = /(?<!\d)[1-5]\d\d(?!\d)/;

/**
 * Statuses servers send: the registered ones and the few that CDNs and servers add (nginx's 444
 * and 499, AWS load balancers' 460, 463 and 561, Cloudflare's 520 to 530). `129 ms (552
 * modules)` holds no status.
 */
function isRealStatus(status: number): boolean {
  return (
    (status >= 200 && status <= 208) || status === 226 || (status >= 300 && status <= 308) ||
    (status >= 400 && status <= 431) || [444, 451, 460, 463, 561].includes(status) || (status >= 494 && status <= 499) ||
    (status >= 500 && status <= 511) || (status >= 520 && status <= 530)
  );
}

/** Words that make the status after them one the author wanted or ruled out: `should return a 400`, `not a 500`. */
const NOT_OBSERVED = /\b(?:should(?:n['’]t)?|would|expect(?:s|ed|ing)?|supposed[ \t]+to|instead[ \t]+of|rather[ \t]+than|not[ \t]+an?|never)\b[^.!?]*$/i;

function readStatus(raw: string): RankedStatus | null {
  const numbered = STANDALONE_STATUS.test(raw);
  if (!numbered && !REASON_WORDS.test(raw)) return null;
  // A real header line is the exact readers' (`X-Imgix-Original-Status: 200` is the origin's status).
  const header = parseHeaderLine(raw);
  if (header !== null && isKnownFieldName(header.name)) return null;
  return (numbered ? numberedStatus(raw) : null) ?? reasonOnlyStatus(raw);
}

function numberedStatus(raw: string): RankedStatus | null {
  for (const [strength, form] of STATUS_FORMS.entries()) {
    const match = form.exec(raw);
    if (match === null) continue;
    const status = Number(match[1]);
    // Interim responses say nothing about the outcome; curl prints them before the real one.
    if (!isRealStatus(status)) continue;
    if (NOT_OBSERVED.test(raw.slice(Math.max(0, match.index - 60), match.index))) continue;
    // A reason phrase starts with a capital (`Not Found`, `Nicht gefunden`); `for gif images` is the sentence going on.
    const reason = match[2]?.trim() || null;
    const phrase = reason !== null && (/^\p{Lu}/u.test(reason) || KNOWN_REASON.test(reason)) ? reason : null;
    const seen = phrase === null && reason !== null ? match[0].slice(0, match[0].indexOf(match[1] ?? '') + 3) : match[0];
    // Code and bold marks around the number are the author's, not what was read.
    const bare = seen.trim().replace(/[ \t.,;:]+$/, '').replace(/(?:`|\*\*)(?=\d)|(?<=\d)(?:`|\*\*)$|`(?=[ \t]*\()/g, '');
    return { status, reason: phrase, seen: balanced(bare), strength };
  }
  return null;
}

function reasonOnlyStatus(raw: string): RankedStatus | null {
  for (const [pattern, status] of REASON_ONLY) {
    const match = pattern.exec(raw);
    if (match !== null && !NOT_OBSERVED.test(raw.slice(Math.max(0, match.index - 60), match.index))) {
      return { status, reason: null, seen: match[0], strength: STATUS_FORMS.length };
    }
  }
  return null;
}

/**
 * The first of each item, and no more than a paste can sensibly show: a log that repeats one
 * line a thousand times is one piece of evidence, and the merge stays linear.
 */
const MAX_ITEMS = 32;

function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const keys = new Set<string>();
  const kept: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (keys.has(k)) continue;
    keys.add(k);
    kept.push(item);
    if (kept.length === MAX_ITEMS) break;
  }
  return kept;
}

/** Closes a bracket the match opened (`403 (Forbidden`), so the evidence reads as pasted. */
function balanced(seen: string): string {
  const open = seen.lastIndexOf('(');
  return open >= 0 && !seen.includes(')', open) ? `${seen})` : seen;
}

function trimUrl(url: string): string {
  // A template's `${...}` ends the URL as far as evidence goes.
  return url.replace(/\$$/, '').replace(/[.,;:!?]+$/, '');
}

/** A URL whose path shows which image service it goes to and with which options: evidence on its own. */
export function carriesOptions(url: string): boolean {
  return /\/cdn-cgi\/image\//.test(url) || /^https?:\/\/(?:[\w-]+-)?res(?:-\d)?\.cloudinary\.com\//i.test(url) || /^https?:\/\/imagedelivery\.net\//i.test(url);
}
