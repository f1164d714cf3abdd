/**
 * Reads headers given as JSON: an object of names to strings or arrays (`curl -w
 * '%{header_json}'`, `Object.fromEntries(response.headers)`), a list of `[name, value]` pairs or
 * `{name, value}` objects, a response-like object (`{status, url, headers}`), and Firefox's
 * "Copy All" of its header panels.
 */

import { type Draft, finishExchanges, newDraft } from './exchange.ts';
import { parseStatusValue } from './labels.ts';
import type { LiteralValue } from './object-literal.ts';
import { failure, success } from './outcome.ts';
import { isKnownFieldName } from './prose.ts';
import type { HeaderField, ReadOutcome } from './types.ts';

const HEADER_NAME = /^:?[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const PANEL_TITLE = /^(response|request) headers\b/i;

const NO_HEADERS_IN_JSON =
  'This JSON holds no headers: expected an object of header names to values, such as curl -w "%{header_json}" prints, or a HAR file.';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as header text: strings as they are, anything else as JSON. */
function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function readHeaderJson(value: unknown, command: string | null, commandUrl: string | null): ReadOutcome {
  const draft = newDraft();
  draft.hintUrl = commandUrl;
  if (Array.isArray(value)) draft.headers = fieldsFromList(value);
  else if (isPlainObject(value)) readObject(value, draft);
  const exchanges = finishExchanges([draft]);
  return exchanges.length === 0 ? failure('no-headers', NO_HEADERS_IN_JSON) : success('json-headers', command, exchanges);
}

/** Keys of a service's error body: `message` (AWS, IPX 4), `msg` (Netlify), `error` (IPX 2), `errors` (Cloudflare's API). */
const ERROR_BODY_KEY = /^(?:message|msg|error|errors)$/i;
/**
 * An object of no header names that carries an error message is a response's body, not its
 * headers: the text readers take it, so that its status and message are read as a body's.
 */
export function isErrorBody(object: Record<string, unknown>): boolean {
  const keys = Object.keys(object);
  return keys.some((key) => ERROR_BODY_KEY.test(key)) && !keys.some((key) => isKnownFieldName(key) || key === 'headers');
}

/** Entries read by the object-literal reader, in the same shape as a parsed object. */
export function readLiteralEntries(
  entries: ReadonlyArray<[string, LiteralValue]>,
  command: string | null,
  commandUrl: string | null,
): ReadOutcome {
  const draft = newDraft();
  draft.hintUrl = commandUrl;
  draft.headers = fieldsFromEntries(entries);
  const exchanges = finishExchanges([draft]);
  return exchanges.length === 0 ? failure('no-headers', NO_HEADERS_IN_JSON) : success('json-headers', command, exchanges);
}

function readObject(object: Record<string, unknown>, draft: Draft): void {
  const panels = Object.entries(object).filter(([key, panel]) => PANEL_TITLE.test(key) && isPlainObject(panel));
  if (panels.length > 0) {
    for (const [key, panel] of panels) {
      const fields = fieldsFromList((panel as Record<string, unknown>).headers);
      const target = /^request/i.test(key) ? draft.requestHeaders : draft.headers;
      for (const field of fields) target.push(field);
    }
    return;
  }
  const nested = object.headers;
  if (typeof nested === 'object' && nested !== null) {
    draft.headers = Array.isArray(nested) ? fieldsFromList(nested) : fieldsFromEntries(Object.entries(nested));
    const status = parseStatusValue(String(object.status ?? ''));
    draft.status = status?.status ?? null;
    draft.reason = typeof object.statusText === 'string' && object.statusText !== '' ? object.statusText : null;
    draft.url = typeof object.url === 'string' && object.url !== '' ? object.url : null;
    return;
  }
  draft.headers = fieldsFromEntries(Object.entries(object));
}

/** One field per value; arrays give one field per element, as header_json prints repeated headers. */
function fieldsFromEntries(entries: ReadonlyArray<readonly [string, unknown]>): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const [name, value] of entries) {
    if (!HEADER_NAME.test(name)) continue;
    if (Array.isArray(value)) for (const item of value) fields.push({ name, value: fieldText(item).trim() });
    else fields.push({ name, value: fieldText(value).trim() });
  }
  return fields;
}

/** `[name, value]` pairs or `{name, value}` objects (a HAR header list). */
export function fieldsFromList(list: unknown): HeaderField[] {
  if (!Array.isArray(list)) return [];
  const fields: HeaderField[] = [];
  for (const item of list) {
    const name: unknown = Array.isArray(item) ? item[0] : isPlainObject(item) ? item.name : undefined;
    const value: unknown = Array.isArray(item) ? item[1] : isPlainObject(item) ? item.value : undefined;
    if (typeof name === 'string' && HEADER_NAME.test(name)) fields.push({ name, value: fieldText(value).trim() });
  }
  return fields;
}
