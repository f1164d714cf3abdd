/**
 * The reader: whatever text a person pasted, the HTTP exchanges it holds. The shape is sniffed,
 * never asked: JSON (HAR or a header object) first, then the text formats line by line, then a
 * lenient pass that reads evidence from the prose, logs and bodies around them.
 *
 * Pure TypeScript with no DOM, Node or Astro imports: it runs in the browser, at build time and
 * in the CLI. Every step is linear in the size of the input.
 */

import { type Command, readCommandAt } from './command.ts';
import { looksBinary } from './binary.ts';
import { readCurlVerbose } from './curl-verbose.ts';
import { readDevtoolsTwoLine } from './devtools.ts';
import { type Reading, finishExchanges } from './exchange.ts';
import { readHar } from './har.ts';
import { readHttpMessages } from './http-message.ts';
import { isErrorBody, isPlainObject, readHeaderJson, readLiteralEntries } from './json-headers.ts';
import { readLeniently } from './lenient.ts';
import { type Line, splitLines, toLine } from './lines.ts';
import { undecorate } from './markdown.ts';
import { parseObjectLiteral } from './object-literal.ts';
import { failure, success } from './outcome.ts';
import { type TextFormat, sniffTextFormat } from './sniff.ts';
import { MAX_INPUT_LENGTH, type ReadOutcome } from './types.ts';

export type { Exchange, HeaderField, InputFormat, ReadError, ReadOutcome, ReadResult } from './types.ts';
export { MAX_INPUT_LENGTH } from './types.ts';
export { emptyExchange } from './exchange.ts';
export { hasHeader, headerValue, headerValues } from './headers.ts';

const TEXT_READERS: Record<TextFormat, (lines: readonly Line[]) => Reading> = {
  'curl-verbose': readCurlVerbose,
  'devtools-two-line': readDevtoolsTwoLine,
  'http-message': readHttpMessages,
  'header-block': readHttpMessages,
  'devtools-legacy': readHttpMessages,
};

/** `knownService`: whether a URL belongs to an image service the caller knows, to pick the image's URL out of prose. */
export function readInput(text: string, knownService?: (url: string) => boolean): ReadOutcome {
  // Checked before anything else touches the text, so an oversized paste costs nothing.
  if (text.length > MAX_INPUT_LENGTH) return failure('too-large');
  if (!/\S/.test(text)) return failure('empty');
  if (looksBinary(text)) return failure('binary');
  // Files saved on Windows often begin with a byte order mark, which JSON.parse refuses.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fromJson = readJsonInput(source);
  if (fromJson !== null) return fromJson;
  const lines = undecorate(splitLines(source));
  const format = sniffTextFormat(lines);
  const reading = TEXT_READERS[format](lines);
  const lenient = readLeniently(lines, format, finishExchanges(reading.drafts), knownService);
  return lenient.exchanges.length === 0
    ? failure('no-headers')
    : success(lenient.format, reading.command, lenient.exchanges, lenient.report);
}

/**
 * JSON input, possibly under the command that printed it (`curl -w '%{header_json}'`).
 * Null when the text is not JSON or a console-printed object, so the text readers try it.
 */
function readJsonInput(text: string): ReadOutcome | null {
  const start = text.search(/\S/);
  const opensJson = text[start] === '{' || text[start] === '[';
  // Reading the command costs more than the check: a paste with no brace holds no JSON to find.
  if (!opensJson && !/[{[]/.test(text)) return null;
  const lead = opensJson ? null : leadingCommand(text, start);
  const json = lead === null ? text : text.slice(lead.end);
  const first = lead === null ? start : json.search(/\S/);
  if (first < 0 || !/^(?:[{[]|[A-Za-z_$][\w$]* ?\{)/.test(json.slice(first, first + 64))) return null;
  const command = lead?.command.text ?? null;
  const url = lead?.command.url ?? null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    const entries = parseObjectLiteral(json);
    if (entries === null) return null;
    const outcome = readLiteralEntries(entries, command, url);
    return outcome.ok ? outcome : null;
  }
  if (isPlainObject(value) && 'log' in value) return readHar(value);
  if (isPlainObject(value) && isErrorBody(value)) return null;
  return readHeaderJson(value, command, url);
}

/** How many lines a command with its continuation lines may span, and how long each may be. */
const MAX_COMMAND_LINES = 32;
const MAX_COMMAND_LINE_LENGTH = 16 * 1024;

/** A command at the top of the text (from `start`), and the offset where its output begins. */
function leadingCommand(text: string, start: number): { command: Command; end: number } | null {
  const lines: Line[] = [];
  const ends: number[] = [];
  let at = text.lastIndexOf('\n', start) + 1;
  while (lines.length < MAX_COMMAND_LINES && at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    if (end - at > MAX_COMMAND_LINE_LENGTH) break;
    const raw = text.slice(at, end);
    lines.push(toLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw));
    at = end + 1;
    ends.push(at);
  }
  const match = readCommandAt(lines, 0);
  if (match === null) return null;
  return { command: match.command, end: Math.min(ends[match.next - 1] ?? text.length, text.length) };
}
