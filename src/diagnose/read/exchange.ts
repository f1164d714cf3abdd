/**
 * Exchanges under construction, and how they are finished: pseudo-headers and `Status:` lines
 * turned into status and URL, URLs completed from Host, hints and redirect chains.
 */

import type { BrowserBlock } from './browser-block.ts';
import type { Command } from './command.ts';
import { type MetaField, parseStatusValue } from './labels.ts';
import type { Exchange, HeaderField } from './types.ts';

/** What a text reader hands back: its drafts and the first command line it met. */
export interface Reading {
  drafts: Draft[];
  command: string | null;
}

/** An exchange while a reader fills it in. */
export interface Draft {
  method: string | null;
  /** The request-target of a request line (`/a.jpg`), as written. */
  target: string | null;
  /** An absolute URL the input states for this exchange (`Request URL`, HAR, absolute target). */
  url: string | null;
  /** A URL from around the exchange (command line, curl's info lines), used when nothing better. */
  hintUrl: string | null;
  /** Whether an earlier exchange of the same output precedes this one (a `curl -L` chain). */
  follows: boolean;
  /** `https` when the connection is known to use TLS, `http` when known not to, else null. */
  scheme: 'http' | 'https' | null;
  /** `host:port` curl said it connected to, the last resort for the URL. */
  connectedTo: string | null;
  requestHeaders: HeaderField[];
  httpVersion: string | null;
  status: number | null;
  /** Whether the status came from a devtools summary, which a status line may restate. */
  statusFromSummary: boolean;
  reason: string | null;
  headers: HeaderField[];
  body: string | null;
  /** A browser's refusal the input records for this request (a HAR entry's `_error`). */
  browserBlock?: BrowserBlock;
}

export function newDraft(): Draft {
  return {
    method: null,
    target: null,
    url: null,
    hintUrl: null,
    follows: false,
    scheme: null,
    connectedTo: null,
    requestHeaders: [],
    httpVersion: null,
    status: null,
    statusFromSummary: false,
    reason: null,
    headers: [],
    body: null,
  };
}

/** Whether the draft has nothing of a response yet, so a status line may still complete it. */
export function awaitsResponse(draft: Draft): boolean {
  return (draft.status === null || draft.statusFromSummary) && draft.headers.length === 0 && draft.body === null;
}

/** Pseudo-headers that open a request's header list in HTTP/2 copies. */
export function isRequestPseudoHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === ':authority' || lower === ':method' || lower === ':path' || lower === ':scheme';
}

/** Whether anything of the request side is known. */
export function hasRequest(draft: Draft): boolean {
  return draft.method !== null || draft.requestHeaders.length > 0;
}

/**
 * The drafts of one reading, in input order, and the command lines that frame them: a command
 * starts a new segment whose first exchange takes the command's URL.
 */
export class DraftList {
  readonly drafts: Draft[] = [];
  current: Draft | null = null;
  /** The first command line of the paste. */
  command: string | null = null;
  /** Whether the latest command asked for headers only. */
  headOnly = false;
  private pendingUrl: string | null = null;
  private segmentHasDraft = false;

  /** A command line (or a lone URL line) starts a new segment of output. */
  startSegment(command: Command | null, url: string | null): void {
    if (command !== null && this.command === null) this.command = command.text;
    this.headOnly = command?.headOnly ?? false;
    this.pendingUrl = url;
    this.current = null;
    this.segmentHasDraft = false;
  }

  /** A URL that the next exchange should take when it shows none itself. */
  hint(url: string): void {
    this.pendingUrl = url;
  }

  open(): Draft {
    const draft = newDraft();
    draft.hintUrl = this.pendingUrl;
    draft.follows = this.segmentHasDraft;
    this.pendingUrl = null;
    this.segmentHasDraft = true;
    this.drafts.push(draft);
    this.current = draft;
    return draft;
  }

  /** The exchange being read, opened on first use. */
  ensure(): Draft {
    return this.current ?? this.open();
  }
}

/**
 * Applies a devtools summary field. `Request URL` begins a new exchange once the current one
 * has its URL or its response headers, since devtools put the summary first.
 */
export function applySummary(list: DraftList, field: MetaField, value: string): void {
  if (value === '' || field === 'ignored') return;
  const current = list.current;
  if (field === 'url') {
    const draft = current === null || current.url !== null || current.headers.length > 0 ? list.open() : current;
    draft.url = value;
  } else if (field === 'method') {
    if (/^[A-Za-z]+$/.test(value)) list.ensure().method ??= value;
  } else {
    const parsed = parseStatusValue(value);
    if (parsed === null) return;
    const draft = list.ensure();
    if (draft.status !== null) return;
    draft.status = parsed.status;
    draft.reason = parsed.reason;
    draft.statusFromSummary = true;
  }
}

/** Joins body lines, leaving out blank lines at either end; null when nothing is left. */
export function joinBody(lines: readonly string[]): string | null {
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && (lines[first] ?? '').trim() === '') first++;
  while (last >= first && (lines[last] ?? '').trim() === '') last--;
  return first > last ? null : lines.slice(first, last + 1).join('\n');
}

/** Turns drafts into exchanges, dropping those that hold nothing and proxy tunnels. */
export function finishExchanges(drafts: readonly Draft[]): Exchange[] {
  const exchanges: Exchange[] = [];
  let previous: Exchange | null = null;
  for (const draft of drafts) {
    const exchange = finishExchange(draft, exchanges.length, previous);
    if (exchange === null) continue;
    exchanges.push(exchange);
    previous = exchange;
  }
  return exchanges;
}

interface Pseudo {
  status: string | null;
  method: string | null;
  scheme: string | null;
  authority: string | null;
  path: string | null;
}

function finishExchange(draft: Draft, index: number, previous: Exchange | null): Exchange | null {
  const pseudo: Pseudo = { status: null, method: null, scheme: null, authority: null, path: null };
  const headers = withoutPseudo(draft.headers, pseudo);
  const requestHeaders = withoutPseudo(draft.requestHeaders, pseudo);
  let status = draft.status;
  let reason = draft.reason;
  if (status === null && pseudo.status !== null) status = parseStatusValue(pseudo.status)?.status ?? null;
  // A `status` field is how older devtools show the HTTP/2 `:status` (CLD-1): it gives the
  // status, or repeats the one already known, and is then not kept as a header.
  const statusField = headers.findIndex((field) => field.name.toLowerCase() === 'status');
  const fromField = statusField >= 0 ? parseStatusValue(headers[statusField]?.value ?? '') : null;
  if (fromField !== null && (status === null || status === fromField.status)) {
    if (status === null) {
      status = fromField.status;
      reason = fromField.reason;
    }
    headers.splice(statusField, 1);
  }
  const method = draft.method ?? pseudo.method;
  const empty = status === null && headers.length === 0 && requestHeaders.length === 0 && method === null;
  if (empty || (method === 'CONNECT' && status === null)) return null;
  const chained = draft.follows && previous !== null ? redirectTarget(previous) : null;
  return {
    index,
    method,
    url: exchangeUrl(draft, requestHeaders, pseudo, chained),
    requestHeaders,
    httpVersion: draft.httpVersion,
    status,
    reason,
    headers,
    body: draft.body,
    ...(draft.browserBlock ? { browserBlock: draft.browserBlock } : {}),
  };
}

/** Copies the fields without pseudo-headers, noting the values the exchange needs from them. */
function withoutPseudo(fields: readonly HeaderField[], pseudo: Pseudo): HeaderField[] {
  const kept: HeaderField[] = [];
  for (const field of fields) {
    if (!field.name.startsWith(':')) {
      kept.push({ name: field.name, value: field.value });
      continue;
    }
    const name = field.name.slice(1).toLowerCase();
    if (name === 'status') pseudo.status ??= field.value;
    else if (name === 'method') pseudo.method ??= field.value;
    else if (name === 'scheme') pseudo.scheme ??= field.value;
    else if (name === 'authority') pseudo.authority ??= field.value;
    else if (name === 'path') pseudo.path ??= field.value;
  }
  return kept;
}

/** Where the previous response redirected the client, resolved against its URL. */
function redirectTarget(previous: Exchange): string | null {
  if (previous.status !== null && (previous.status < 300 || previous.status > 399)) return null;
  const location = previous.headers.find((field) => field.name.toLowerCase() === 'location')?.value;
  return location === undefined || location === '' ? null : resolveUrl(location, previous.url);
}

function resolveUrl(reference: string, base: string | null): string | null {
  try {
    return new URL(reference, base ?? undefined).href;
  } catch {
    return null;
  }
}

function exchangeUrl(draft: Draft, requestHeaders: readonly HeaderField[], pseudo: Pseudo, chained: string | null): string | null {
  if (draft.url !== null) return draft.url;
  const target = draft.target ?? pseudo.path;
  if (target !== null && /^https?:\/\//i.test(target)) return target;
  const hint = draft.hintUrl ?? chained;
  const host = pseudo.authority ?? requestHeaders.find((field) => field.name.toLowerCase() === 'host')?.value ?? null;
  if (host !== null && host !== '' && target !== null && target.startsWith('/')) {
    return `${schemeFor(draft, pseudo, hint)}://${host}${target}`;
  }
  if (hint !== null) return hint;
  if (draft.connectedTo !== null && target !== null && target.startsWith('/')) {
    return `${schemeFor(draft, pseudo, null)}://${draft.connectedTo}${target}`;
  }
  return null;
}

/**
 * The scheme of a URL rebuilt from Host and path: the hint's, else what the connection showed,
 * else HTTPS, which HTTP/2 and HTTP/3 imply and image CDNs serve.
 */
function schemeFor(draft: Draft, pseudo: Pseudo, hint: string | null): string {
  const hinted = hint === null ? null : /^(https?):/i.exec(hint)?.[1]?.toLowerCase();
  return hinted ?? pseudo.scheme ?? draft.scheme ?? 'https';
}

/** An exchange that shows nothing yet: the lenient pass and the engine fill in what a paste holds. */
export function emptyExchange(): Exchange {
  return {
    index: 0,
    method: null,
    url: null,
    requestHeaders: [],
    httpVersion: null,
    status: null,
    reason: null,
    headers: [],
    body: null,
  };
}
