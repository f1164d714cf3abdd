/**
 * Decides which shape a text paste has, from counts of the kinds of lines it holds. Only the
 * text formats are sniffed here; JSON input is recognised before the text is split into lines.
 */

import { isDevtoolsToggle, parseMetaLabel, parseMetaLine } from './labels.ts';
import { type Line, parseBareName, parseHeaderLine, parseRequestLine, parseStatusLine } from './lines.ts';
import type { InputFormat } from './types.ts';

export type TextFormat = Exclude<InputFormat, 'har' | 'json-headers' | 'text'>;

interface Counts {
  /** Unprefixed status and request lines. */
  startLines: number;
  /** `name: value` lines with a value. */
  headers: number;
  /** Of those, how many have no space after the colon (`Server:cloudinary`). */
  tightHeaders: number;
  /** A name alone on its line followed by a non-blank line: a two-line devtools copy. */
  namePairs: number;
  /** Name pairs that cannot be a stray word of prose (`cf-resized`, `:status`, `Status Code`). */
  distinctNamePairs: number;
  /** Marks of the older devtools copy: `Request URL:` lines, `view source`, a `Status:` field. */
  legacyMarks: number;
}

function countLines(lines: readonly Line[]): Counts {
  const counts: Counts = {
    startLines: 0,
    headers: 0,
    tightHeaders: 0,
    namePairs: 0,
    distinctNamePairs: 0,
    legacyMarks: 0,
  };
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (text === '') continue;
    if (isCurlMarked(text)) continue;
    if (parseStatusLine(text) !== null || parseRequestLine(text) !== null) {
      counts.startLines++;
      continue;
    }
    if (parseMetaLine(text) !== null || (isDevtoolsToggle(text) && text.toLowerCase() !== 'raw')) {
      counts.legacyMarks++;
      continue;
    }
    if ((lines[i + 1]?.text ?? '') !== '') {
      if (parseMetaLabel(text) !== null) {
        counts.namePairs++;
        counts.distinctNamePairs++;
        continue;
      }
      const name = parseBareName(text);
      if (name !== null) {
        counts.namePairs++;
        if (name.includes('-') || name.startsWith(':')) counts.distinctNamePairs++;
        continue;
      }
    }
    const header = parseHeaderLine(text);
    if (header === null || header.value === '') continue;
    counts.headers++;
    if (header.tight) counts.tightHeaders++;
    if (header.name.toLowerCase() === 'status' && /^\d{3}\b/.test(header.value)) counts.legacyMarks++;
  }
  return counts;
}

/** A line curl -v marks as sent or received: `> GET / HTTP/2`, `< x-cache: HIT`. */
function isCurlMarked(text: string): boolean {
  return (text[0] === '<' || text[0] === '>') && text[1] === ' ';
}

/** `< HTTP/2 404` or `> GET / HTTP/2`: one such line makes the paste curl -v output. */
function isCurlStartLine({ text }: Line): boolean {
  if (!isCurlMarked(text)) return false;
  const rest = text.slice(2).trim();
  return parseStatusLine(rest) !== null || parseRequestLine(rest) !== null;
}

export function sniffTextFormat(lines: readonly Line[]): TextFormat {
  if (lines.some(isCurlStartLine)) return 'curl-verbose';
  const counts = countLines(lines);
  if (counts.startLines > 0) return 'http-message';
  const twoLine =
    counts.namePairs >= 2 ? counts.namePairs > counts.headers : counts.distinctNamePairs === 1 && counts.headers === 0;
  if (twoLine) return 'devtools-two-line';
  if (counts.legacyMarks > 0 || (counts.tightHeaders > 0 && counts.tightHeaders * 2 >= counts.headers)) {
    return 'devtools-legacy';
  }
  return 'header-block';
}
