/**
 * The words browser devtools put around headers when they are copied: section titles
 * (`Response Headers`) and the summary fields (`Request URL`, `Status Code`) that are not headers.
 */

/** Where the lines under a section title belong. */
export type Section = 'general' | 'response' | 'request' | 'ignored';

const SECTION_TITLE =
  /^(general|summary|response headers|request headers|response|request|query string parameters|request payload|form data)(?:[ \t]*\([^)]*\))?(?:[ \t]+(?:raw|view source|view parsed))?[ \t]*:?$/i;

/** `General`, `Response Headers (12)`, `Request Headers view source`, Safari's `Summary` ... */
export function parseSectionTitle(text: string): Section | null {
  const match = SECTION_TITLE.exec(text);
  if (!match) return null;
  const title = (match[1] ?? '').toLowerCase();
  if (title === 'general' || title === 'summary') return 'general';
  if (title.startsWith('response')) return 'response';
  if (title === 'request' || title === 'request headers') return 'request';
  return 'ignored';
}

/** Chrome's toggles, copied along with the section titles. */
export function isDevtoolsToggle(text: string): boolean {
  return /^(?:raw|view source|view parsed|view url-encoded|view decoded)$/i.test(text);
}

/** What a summary field tells: the URL, the method, the status, or nothing the reader keeps. */
export type MetaField = 'url' | 'method' | 'status' | 'ignored';

const GENERAL_LABELS: Record<string, MetaField> = {
  'request url': 'url',
  'request method': 'method',
  'status code': 'status',
  'remote address': 'ignored',
  'referrer policy': 'ignored',
};

/** Safari's summary uses single words, which are only labels inside that section. */
const SUMMARY_LABELS: Record<string, MetaField> = {
  url: 'url',
  status: 'status',
  method: 'method',
  source: 'ignored',
  address: 'ignored',
  initiator: 'ignored',
};

export function metaField(label: string, inSummary: boolean): MetaField | null {
  const key = label.toLowerCase();
  return GENERAL_LABELS[key] ?? (inSummary ? (SUMMARY_LABELS[key] ?? null) : null);
}

const META_LINE = /^(request url|request method|status code|remote address|referrer policy)[ \t]*:(.*)$/i;
const META_LABEL = /^(request url|request method|status code|remote address|referrer policy)[ \t]*:?$/i;

export interface MetaLine {
  field: MetaField;
  value: string;
}

/** `Request URL: https://...`, `Status Code:404 Not Found` (labels with spaces, never headers). */
export function parseMetaLine(text: string): MetaLine | null {
  const match = META_LINE.exec(text);
  if (!match) return null;
  return { field: metaField(match[1] ?? '', false) ?? 'ignored', value: (match[2] ?? '').trim() };
}

/** A summary label alone on its line, its value on the next one (current Chrome). */
export function parseMetaLabel(text: string): MetaField | null {
  const match = META_LABEL.exec(text);
  return match ? metaField(match[1] ?? '', false) : null;
}

export interface StatusValue {
  status: number;
  reason: string | null;
}

/** `404 Not Found`, `200 OK (from disk cache)`, `200`: the value of `Status Code` or `Status`. */
export function parseStatusValue(value: string): StatusValue | null {
  const match = /^(\d{3})(?:[ \t]+(.*))?$/.exec(value.trim());
  if (!match) return null;
  const status = Number(match[1]);
  if (status < 100) return null;
  let reason = (match[2] ?? '').trim();
  // Chrome appends where the response came from: `200 OK (from disk cache)`.
  const note = reason.lastIndexOf('(from ');
  if (note >= 0 && reason.endsWith(')')) reason = reason.slice(0, note).trim();
  return { status, reason: reason === '' ? null : reason };
}
