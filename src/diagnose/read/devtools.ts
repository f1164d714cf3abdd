/**
 * Reads the current Chrome devtools copy, where each header name stands on a line of its own
 * (sometimes with a colon) and its value on the next line, under titles such as `General`,
 * `Response Headers` and `Request Headers`. Lines that hold a whole `name: value` are read too.
 */

import { readCommandAt } from './command.ts';
import { DraftList, type Reading, applySummary, isRequestPseudoHeader } from './exchange.ts';
import {
  type MetaField,
  type Section,
  isDevtoolsToggle,
  metaField,
  parseMetaLabel,
  parseMetaLine,
  parseSectionTitle,
} from './labels.ts';
import { type Line, isFence, parseBareName, parseHeaderLine, parseRequestLine, parseStatusLine } from './lines.ts';

/** A name waiting for its value on the next line: a header, or a summary field. */
type Pending = { header: string } | { summary: MetaField };

export function readDevtoolsTwoLine(lines: readonly Line[]): Reading {
  const list = new DraftList();
  let section: Section = 'response';
  let pending: Pending | null = null;

  const addHeader = (name: string, value: string): void => {
    const summary = metaField(name, section === 'general');
    if (summary !== null) return applySummary(list, summary, value);
    if (section === 'general' || section === 'ignored') return;
    if (section === 'response' && isRequestPseudoHeader(name)) section = 'request';
    const fields = section === 'request' ? list.ensure().requestHeaders : list.ensure().headers;
    fields.push({ name, value });
  };

  for (let i = 0; i < lines.length; ) {
    const text = (lines[i] as Line).text;
    // Blank lines carry no structure here: devtools put none between a name and its value.
    if (text === '' || isFence(text)) {
      i++;
      continue;
    }
    if (pending !== null) {
      if ('header' in pending) addHeader(pending.header, text);
      else applySummary(list, pending.summary, text);
      pending = null;
      i++;
      continue;
    }
    const command = readCommandAt(lines, i);
    if (command !== null) {
      list.startSegment(command.command, command.command.url);
      i = command.next;
      continue;
    }
    i++;
    const title = parseSectionTitle(text);
    if (title !== null) {
      const current = list.current;
      const repeated =
        current !== null &&
        ((title === 'response' && current.headers.length > 0) ||
          (title === 'request' && current.requestHeaders.length > 0) ||
          (title === 'general' && (current.headers.length > 0 || current.requestHeaders.length > 0)));
      if (repeated) list.current = null;
      section = title;
      continue;
    }
    if (isDevtoolsToggle(text)) continue;
    const label = parseMetaLabel(text);
    if (label !== null) {
      pending = { summary: label };
      continue;
    }
    const meta = parseMetaLine(text);
    if (meta !== null) {
      applySummary(list, meta.field, meta.value);
      continue;
    }
    const status = parseStatusLine(text);
    if (status !== null) {
      applySummary(list, 'status', `${status.status} ${status.reason ?? ''}`);
      list.ensure().httpVersion ??= status.version;
      continue;
    }
    const request = parseRequestLine(text);
    if (request !== null) {
      const draft = list.ensure();
      draft.method ??= request.method;
      draft.target ??= request.target;
      continue;
    }
    const name = parseBareName(text);
    if (name !== null) {
      pending = { header: name };
      continue;
    }
    const header = parseHeaderLine(text);
    if (header !== null) addHeader(header.name, header.value);
  }
  return { drafts: list.drafts, command: list.command };
}

