/**
 * Reads text made of `name: value` lines, with or without start lines: `curl -i` / `-I` / `-D -`
 * output (several responses in a row included), request blocks from logs, Firefox's raw view,
 * bare header blocks and the older devtools copies with their section titles and summary lines.
 */

import { type Command, walkLines } from './command.ts';
import {
  type Draft,
  DraftList,
  type Reading,
  applySummary,
  awaitsResponse,
  hasRequest,
  isRequestPseudoHeader,
  joinBody,
} from './exchange.ts';
import { type MetaField, type Section, isDevtoolsToggle, metaField, parseMetaLine, parseSectionTitle } from './labels.ts';
import {
  type Line,
  type RequestLine,
  type StatusLine,
  isCurlNoise,
  isFence,
  isInterimStatus,
  parseHeaderLine,
  parseRequestLine,
  parseStatusLine,
  parseUrlLine,
} from './lines.ts';
import type { HeaderField } from './types.ts';

export function readHttpMessages(lines: readonly Line[]): Reading {
  const reader = new MessageReader();
  walkLines(
    lines,
    (command) => reader.startSegment(command, command.url),
    (line) => reader.readLine(line),
  );
  reader.end();
  return { drafts: reader.list.drafts, command: reader.list.command };
}

/**
 * `headers`: inside a header block; `body`: after the blank line that ends a response's headers;
 * `interim`: under a 1xx status line, whose fields are dropped; `gap`: between blocks.
 */
type Phase = 'headers' | 'body' | 'interim' | 'gap';

class MessageReader {
  readonly list = new DraftList();
  private phase: Phase = 'gap';
  private section: Section = 'response';
  /** The start line that opened the current block, which decides what a blank line ends. */
  private opener: 'response' | 'request' | null = null;
  private body: string[] = [];
  /** The last header read, which an indented continuation line extends (obsolete folding). */
  private folding: { field: HeaderField; indent: number } | null = null;
  /** Header lines after a gap, held until it is clear whether they begin a new response. */
  private run: HeaderField[] | null = null;
  /** Lower-cased response header names per draft, kept as headers are added. */
  private readonly names = new WeakMap<Draft, Set<string>>();

  startSegment(command: Command | null, url: string | null): void {
    this.endBlock();
    this.section = 'response';
    this.list.startSegment(command, url);
  }

  end(): void {
    this.endBlock();
  }

  readLine(line: Line): void {
    const text = line.text;
    if (this.phase === 'body') {
      if (!isFence(text) && parseStatusLine(text) === null && parseRequestLine(text) === null) {
        if (!isCurlNoise(text)) this.body.push(line.raw);
        return;
      }
      this.endBlock();
    }
    if (text === '') return this.blank();
    if (isFence(text)) return this.endBlock();
    if (isCurlNoise(text) || isDevtoolsToggle(text)) return;
    const status = parseStatusLine(text);
    if (status !== null) return this.statusLine(status);
    const request = parseRequestLine(text);
    if (request !== null) return this.requestLine(request);
    const section = parseSectionTitle(text);
    if (section !== null) return this.sectionTitle(section);
    const meta = parseMetaLine(text);
    if (meta !== null) return this.summary(meta.field, meta.value);
    if (this.fold(line)) return;
    // A URL between blocks says what the next output is for; inside a block it is a remark.
    const url = this.phase === 'headers' ? null : parseUrlLine(text);
    if (url !== null) return this.startSegment(null, url);
    const header = this.phase === 'interim' || this.section === 'ignored' ? null : parseHeaderLine(text);
    if (header !== null) return this.header(header.name, header.value, line.indent);
    if (this.bodyWithoutHeaders()) {
      this.phase = 'body';
      this.body.push(line.raw);
      return;
    }
    this.folding = null;
  }

  /**
   * Text right under a response's status line, before any header, is its body: people trim the
   * headers from a `curl -i` capture and the blank line with them (`HTTP/1.1 400 Bad Request`, then
   * Next.js's `"url" parameter is not allowed`).
   */
  private bodyWithoutHeaders(): boolean {
    const draft = this.list.current;
    return this.phase === 'headers' && this.opener === 'response' && draft !== null && draft.headers.length === 0 && this.bodyMayFollow(draft);
  }

  private blank(): void {
    this.flushRun();
    this.folding = null;
    const draft = this.list.current;
    if (this.phase === 'headers' && this.opener === 'response' && draft !== null && this.bodyMayFollow(draft)) {
      this.phase = 'body';
      return;
    }
    // What follows a request block's blank line is its response, with or without a status line.
    if (this.phase === 'headers' && this.opener === 'request') this.section = 'response';
    this.phase = 'gap';
    this.opener = null;
  }

  private bodyMayFollow(draft: Draft): boolean {
    const status = draft.status ?? 0;
    return !this.list.headOnly && draft.method !== 'HEAD' && status >= 200 && status !== 204 && status !== 304;
  }

  private statusLine(line: StatusLine): void {
    this.endBlock();
    const current = this.list.current;
    const draft = current !== null && awaitsResponse(current) ? current : this.list.open();
    this.section = 'response';
    if (isInterimStatus(line)) {
      this.phase = 'interim';
      this.opener = null;
      return;
    }
    draft.status = line.status;
    draft.statusFromSummary = false;
    draft.reason = line.reason;
    draft.httpVersion = line.version;
    this.phase = 'headers';
    this.opener = 'response';
  }

  private requestLine(line: RequestLine): void {
    this.endBlock();
    const current = this.list.current;
    // Firefox's raw view lists the response before the request that produced it.
    const draft = current !== null && !hasRequest(current) ? current : this.list.open();
    draft.method = line.method;
    draft.target = line.target;
    draft.httpVersion ??= line.version;
    this.section = 'request';
    this.phase = 'headers';
    this.opener = 'request';
  }

  private sectionTitle(section: Section): void {
    this.endBlock();
    const current = this.list.current;
    const filled =
      current !== null &&
      ((section !== 'request' && current.headers.length > 0) ||
        (section !== 'response' && current.requestHeaders.length > 0));
    // A second summary or a second list of the same headers belongs to another request.
    if (filled && section !== 'ignored') this.list.current = null;
    this.section = section;
    this.phase = 'headers';
  }

  private summary(field: MetaField, value: string): void {
    this.flushRun();
    this.folding = null;
    applySummary(this.list, field, value);
  }

  private header(name: string, value: string, indent: number): void {
    const summaryField = metaField(name, this.section === 'general');
    if (summaryField !== null || (name.toLowerCase() === 'url' && /^https?:\/\//i.test(value))) {
      return this.summary(summaryField ?? 'url', value);
    }
    if (this.section === 'general') return;
    // Without section titles, request pseudo-headers show where the request's list begins.
    if (this.section === 'response' && isRequestPseudoHeader(name)) {
      this.flushRun();
      this.section = 'request';
    }
    const field = { name, value };
    if (this.section === 'request') {
      this.list.ensure().requestHeaders.push(field);
    } else if (this.run !== null) {
      this.run.push(field);
    } else if (this.phase === 'gap' && (this.list.current?.headers.length ?? 0) > 0) {
      this.run = [field];
    } else {
      this.addHeader(this.list.ensure(), field);
    }
    this.phase = 'headers';
    this.folding = { field, indent };
  }

  /** Extends the previous header with an indented line that is not a header itself. */
  private fold(line: Line): boolean {
    const folding = this.folding;
    if (folding === null || this.phase !== 'headers' || !line.indented || line.indent <= folding.indent) return false;
    if (parseHeaderLine(line.text) !== null) return false;
    folding.field.value = folding.field.value === '' ? line.text : `${folding.field.value} ${line.text}`;
    return true;
  }

  /**
   * Header lines after a gap join the response above, unless they repeat one of its header
   * names: then they are another response (two header blocks pasted one after the other).
   */
  private flushRun(): void {
    const run = this.run;
    if (run === null) return;
    this.run = null;
    const current = this.list.current;
    const known = current === null ? null : this.headerNames(current);
    const repeats = known !== null && run.some((field) => known.has(field.name.toLowerCase()));
    const draft = current === null || repeats ? this.list.open() : current;
    for (const field of run) this.addHeader(draft, field);
  }

  private addHeader(draft: Draft, field: HeaderField): void {
    draft.headers.push(field);
    this.names.get(draft)?.add(field.name.toLowerCase());
  }

  private headerNames(draft: Draft): Set<string> {
    let names = this.names.get(draft);
    if (names === undefined) {
      names = new Set(draft.headers.map((field) => field.name.toLowerCase()));
      this.names.set(draft, names);
    }
    return names;
  }

  private endBlock(): void {
    this.flushRun();
    if (this.phase === 'body') {
      const draft = this.list.current;
      if (draft !== null) draft.body = joinBody(this.body);
      this.body = [];
    }
    this.folding = null;
    this.phase = 'gap';
    this.opener = null;
  }
}
