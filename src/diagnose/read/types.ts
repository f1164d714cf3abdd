/**
 * What the reader makes of a paste: the detected format and every HTTP exchange it holds.
 * Pure types, shared by the engine, the widget and the CLI.
 */
import type { BrowserBlock } from './browser-block.ts';

/** The input shapes the reader recognises by sniffing (design.md, "Input formats"). */
export type InputFormat =
  /** `name: value` lines only (a devtools "Response Headers" copy, a log excerpt). */
  | 'header-block'
  /** A status line (`HTTP/2 404`, `HTTP/1.1 200 OK`) followed by headers: `curl -I`, `-i`, `-D -`. */
  | 'http-message'
  /** `curl -v` / `--trace-ascii`-like output with `* `, `> ` and `< ` prefixed lines. */
  | 'curl-verbose'
  /** A HAR 1.2 file (JSON with log.entries). */
  | 'har'
  /** A JSON object of header names to strings or arrays (`curl -w '%{header_json}'`, `Object.fromEntries(headers)`). */
  | 'json-headers'
  /** Chrome devtools copy where each header name and value stand on lines of their own. */
  | 'devtools-two-line'
  /** The older Chrome/Safari devtools `Name:value` copy, `Status:` and `Request URL:` lines included. */
  | 'devtools-legacy'
  /** No exact format: evidence read from prose, logs, comments and bodies (an issue comment, a stack trace). */
  | 'text';

/** Where a piece of evidence stood: a header line as such, a response body, or other text. */
export type EvidenceSource = 'header' | 'body' | 'text';

/** Evidence read outside a header line, with the words as pasted. */
export interface Seen {
  source: Exclude<EvidenceSource, 'header'>;
  /** The fragment of the paste it was read from, as written. */
  text: string;
}

/** One header as written in the input: the name keeps its case, the value is trimmed. */
export interface HeaderField {
  name: string;
  value: string;
  /** Set when the field was read from prose, a log line or a body rather than a header line. */
  seen?: Seen;
}

/** One request/response exchange found in the input, in input order. */
export interface Exchange {
  /** Position in the input, from 0. */
  index: number;
  /** Request method where the input shows it (`> GET ...`, HAR, a request line), else null. */
  method: string | null;
  /** Absolute URL where known (command line, `> Host` + path, HAR, `Request URL:`), else null. */
  url: string | null;
  /** Request headers where the input shows them (curl -v `> `, HAR, a request block), else []. */
  requestHeaders: HeaderField[];
  /** `HTTP/2`, `HTTP/1.1`, ... as written, or null. */
  httpVersion: string | null;
  /** Response status, or null where the input shows none. */
  status: number | null;
  /** Reason phrase where given (`Not Found`), else null. */
  reason: string | null;
  /** Response headers in input order, repeated headers kept as separate fields. */
  headers: HeaderField[];
  /** Response body text where the input shows it (curl -i, curl -v, HAR content.text), else null. */
  body: string | null;
  /** Set when the status was read from prose or a log line (`status of 429`) rather than a status line. */
  statusSeen?: Seen;
  /** Set when a browser's console line in the paste says it refused the response (ORB, CORS, ...). */
  browserBlock?: BrowserBlock;
}

/** A successful read. */
export interface ReadResult {
  format: InputFormat;
  /** The `$ curl ...` (or other) command line that preceded the output, if pasted. */
  command: string | null;
  /** Every exchange, in input order; never empty. */
  exchanges: Exchange[];
  /**
   * What was read as evidence outside the exact formats, and what was set aside. The reader always
   * says; exchanges that come from elsewhere (the CLI's own fetch) have nothing to report.
   */
  report?: ReadReport;
}

/** Sentences for the reader: what the lenient pass used and what it left out. */
export interface ReadReport {
  /** e.g. "status read from `Status Code: 400 Bad Request`". */
  used: string[];
  /** e.g. "9 lines of prose set aside". */
  setAside: string[];
}

/** Why a paste could not be read; `message` is one clear sentence that says what was expected. */
export interface ReadError {
  code: 'empty' | 'too-large' | 'binary' | 'invalid-har' | 'no-headers';
  message: string;
}

export type ReadOutcome = { ok: true; result: ReadResult } | { ok: false; error: ReadError };

/** The largest paste the reader accepts, in UTF-16 code units (20 MiB of ASCII). */
export const MAX_INPUT_LENGTH = 20 * 1024 * 1024;
