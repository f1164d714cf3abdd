/**
 * Joins what the lenient pass found to what the exact readers read: prose set aside, then the
 * evidence no exchange holds yet added to the last exchange (the final response of a chain), or
 * to a new one when the exact readers found nothing. Says in the report what it used.
 */

import { type TextEvidence, carriesOptions, scanEvidence } from './evidence.ts';
import { emptyExchange } from './exchange.ts';
import type { Line } from './lines.ts';
import { setAsideProse } from './prose.ts';
import type { Exchange, HeaderField, InputFormat, ReadReport, Seen } from './types.ts';

export interface LenientReading {
  format: InputFormat;
  exchanges: Exchange[];
  report: ReadReport;
}

export function readLeniently(
  lines: readonly Line[],
  format: InputFormat,
  exact: readonly Exchange[],
  knownService?: (url: string) => boolean,
): LenientReading {
  const { exchanges, proseLines } = setAsideProse(exact);
  const known = knownFields(exchanges);
  const evidence = scanEvidence(lines, knownService);
  const used: string[] = [];
  const existing = exchanges.at(-1);
  const target = existing ?? emptyExchange();
  addFields(target, exchanges, known, evidence, used);
  addStatus(target, evidence, used);
  if (evidence.block !== null) {
    target.browserBlock = evidence.block;
    const what = evidence.block.mechanism === 'network' ? 'network error' : 'refusal';
    used.push(`the browser's ${what} read from \`${evidence.block.line}\``);
  }
  if (target.url === null && evidence.url !== null) {
    target.url = evidence.url;
    used.push(`URL read from the text: \`${evidence.url}\``);
  }
  let readFormat = format;
  if (existing === undefined) {
    // A paste of prose stands where a body would: services' rules that read bodies (an error
    // page's code, an optimizer's message) then read it too.
    target.body = lines.map((line) => line.raw).join('\n');
    if (hasEvidence(target)) {
      exchanges.push(target);
      readFormat = 'text';
    }
  }
  const kept = exchanges.filter(hasEvidence).map((exchange, index) => ({ ...exchange, index }));
  const setAside: string[] = [];
  const quiet = readFormat === 'text' ? evidence.quietLines : proseLines;
  if (quiet > 0) setAside.push(`${quiet} ${quiet === 1 ? 'line' : 'lines'} of prose set aside`);
  return { format: readFormat, exchanges: kept, report: { used, setAside } };
}

/**
 * An error code spelled as a constant (`OPTIMIZED_EXTERNAL_IMAGE_TOO_MANY_REDIRECTS`,
 * `IPX_FORBIDDEN_HOST`): services name their errors so, and such a name is evidence even in a
 * paste with no status or header, for the rules that know it.
 */
const ERROR_CODE_NAME = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}\b/;

/** Whether an exchange holds anything a rule can read (a service URL, an error code name or a browser's block alone counts). */
function hasEvidence(exchange: Exchange): boolean {
  return (
    exchange.status !== null ||
    exchange.headers.length > 0 ||
    exchange.requestHeaders.length > 0 ||
    exchange.method !== null ||
    (exchange.url !== null && carriesOptions(exchange.url)) ||
    (exchange.body !== null && ERROR_CODE_NAME.test(exchange.body)) ||
    exchange.browserBlock !== undefined
  );
}

function fieldKey(name: string, value: string): string {
  return `${name.toLowerCase()}\n${value}`;
}

/** The fields the exact readers hold, by name and value. */
function knownFields(exchanges: readonly Exchange[]): Set<string> {
  const known = new Set<string>();
  for (const exchange of exchanges) {
    for (const field of exchange.headers) known.add(fieldKey(field.name, field.value));
    for (const field of exchange.requestHeaders) known.add(fieldKey(field.name, field.value));
  }
  return known;
}

function addFields(target: Exchange, exchanges: readonly Exchange[], known: Set<string>, evidence: TextEvidence, used: string[]): void {
  const bodies = exchanges.map((exchange) => exchange.body ?? '').join('\n');
  const add = (name: string, value: string, found: { seen: string }, what: string = name): void => {
    const key = fieldKey(name, value);
    if (known.has(key)) return;
    known.add(key);
    const seen: Seen = { source: target.body?.includes(found.seen) ? 'body' : 'text', text: found.seen };
    const field: HeaderField = { name, value, seen };
    target.headers.push(field);
    used.push(`${what} read from ${seen.source === 'body' ? 'the body' : 'the text'}: \`${found.seen}\``);
  };
  for (const found of evidence.fields) add(found.name, found.value, found);
  for (const found of evidence.codes) {
    // The resizer's body line is read by the rule where it stands; a code a header names is known.
    if (bodies.includes(found.seen) || namesCode(target.headers, found.code) || namesCodeIn(exchanges, found.code)) continue;
    // Read as the header that carries the code, so the resizer's rule explains it.
    add('cf-resized', `err=${found.code}`, found, `Cloudflare code ${found.code}`);
  }
}

function namesCode(fields: readonly HeaderField[], code: string): boolean {
  return fields.some((field) => /^(?:cf-resized|cf-images-binding)$/i.test(field.name) && field.value.includes(code));
}

function namesCodeIn(exchanges: readonly Exchange[], code: string): boolean {
  return exchanges.some((exchange) => namesCode(exchange.headers, code));
}

function addStatus(target: Exchange, evidence: TextEvidence, used: string[]): void {
  const found = evidence.status;
  if (target.status !== null || found === null) return;
  target.status = found.status;
  target.reason = found.reason;
  target.statusSeen = { source: 'text', text: found.seen };
  used.push(`status read from \`${found.seen}\``);
}
