/**
 * Takes off the Markdown people wrap pasted output in, so the line readers see the output itself:
 * `> ` quotes (a devtools copy quoted in an issue reply), bullets before header lines and
 * two-column tables of header names and values. Fences are left alone: the readers know them.
 *
 * curl -v marks its own lines with `> ` and `< ` and its info lines with `* `, so quotes and
 * bullets are only Markdown where the paste holds no curl response line (`< HTTP/2 404`).
 */

import { type Line, parseHeaderLine, parseStatusLine, toLine } from './lines.ts';

/** `> `, `>> `, `> > ` at the start of a line, and a lone `>` that quotes a blank line. */
const QUOTE = /^[ \t]*>(?:[ \t]?>)*(?:[ \t]|$)/;
/** One level of quoting only: under a quote, curl's own `> ` marks stay. */
const ONE_QUOTE = /^[ \t]*>(?:[ \t]|$)/;
const BULLET = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+/;
/** `| cf-resized | err=9412 |`: a name cell, a value cell, an optional closing bar. */
const TABLE_ROW = /^[ \t]*\|[ \t]*`?([^|`\s]+)`?[ \t]*\|[ \t]*(.*?)[ \t]*\|?[ \t]*$/;
/** A table's rule row (`|---|---|`), matched on the trimmed line so no two blank runs meet. */
const TABLE_RULE = /^\|?[ \t]*:?-{3,}/;
/** Words a table's heading row uses for its columns; that row holds no header. */
const TABLE_HEADINGS = new Set(['header', 'headers', 'name', 'field', 'key']);

export function undecorate(lines: readonly Line[]): Line[] {
  // A paste quoted whole (every line under `>`) loses one level of quoting first.
  const quotedWhole = lines.every((line) => line.text === '' || ONE_QUOTE.test(line.raw));
  const base = quotedWhole ? lines.map((line) => toLine(line.raw.replace(ONE_QUOTE, ''))) : lines;
  const curl = base.some((line) => line.text.startsWith('< ') && parseStatusLine(line.text.slice(2).trim()) !== null);
  return base.map((line) => undecorateLine(line, curl));
}

function undecorateLine(line: Line, curl: boolean): Line {
  let raw = line.raw;
  // In curl -v output `> ` is curl's request mark; a quote is off only where curl's own marks follow it.
  const quote = (curl ? ONE_QUOTE : QUOTE).exec(raw);
  if (quote !== null && (!curl || /^[<>*] /.test(raw.slice(quote[0].length)))) raw = raw.slice(quote[0].length);
  const table = TABLE_ROW.exec(raw);
  if (table !== null) return toLine(tableLine(table[1] ?? '', table[2] ?? ''));
  if (raw.includes('|') && TABLE_RULE.test(raw.trim())) return toLine('');
  if (!curl) {
    const bullet = BULLET.exec(raw);
    // Only a bullet that holds a header or status line loses its mark: prose bullets stay prose.
    if (bullet !== null) {
      const rest = raw.slice(bullet[0].length).trim();
      const header = parseHeaderLine(rest);
      if ((header !== null && header.value !== '') || parseStatusLine(rest) !== null) raw = rest;
    }
  }
  return raw === line.raw ? line : toLine(raw);
}

function tableLine(name: string, value: string): string {
  const cleanName = name.replace(/:$/, '');
  if (TABLE_HEADINGS.has(cleanName.toLowerCase())) return '';
  const cleanValue = value.replace(/^`(.*)`$/, '$1');
  return parseHeaderLine(`${cleanName}: ${cleanValue}`) === null ? `| ${name} | ${value} |` : `${cleanName}: ${cleanValue}`;
}
