/**
 * Fetching a URL the way a browser's image request would, for URL and scan mode: GET with the
 * browser's Accept, redirects followed here (not by the HTTP client) so that every hop is kept as
 * an exchange the engine diagnoses, and the first 64 KB of any non-image body kept as evidence
 * (`ERROR 9412: ...`, a Next.js text body, a JSON error).
 *
 * node:http rather than fetch(): it gives the header names as the server sent them, in order, the
 * HTTP version and reason phrase, and socket errors with their codes for one-line messages.
 */
import type { IncomingMessage } from 'node:http';
import type { Exchange, HeaderField } from '../diagnose/read/types.ts';
import type { FetchOptions } from './args.ts';

/** How many redirects are followed, as browsers allow (and curl's --max-redirs default is 50). */
export const MAX_REDIRECTS = 10;
/** How much of a body is read: enough for any error page's message, little of a 50 MB file. */
export const MAX_BODY_BYTES = 64 * 1024;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Request headers that must not follow a redirect to another origin, as browsers and curl do. */
const ORIGIN_BOUND_HEADERS = new Set(['authorization', 'cookie']);

export interface FetchedChain {
  /** Every response, first request first; the last is the final answer (or the hop that stopped). */
  exchanges: Exchange[];
  /** Why following stopped before a final answer: a Location seen before, or too many hops. */
  stopped: 'loop' | 'too-many-redirects' | null;
}

/** A fetch that produced no response to diagnose; `message` is one line for standard error. */
export class FetchError extends Error {}

export interface RequestSettings extends FetchOptions {
  userAgent: string;
  /** How much of a body to keep; a page to scan needs more than an error message does. */
  maxBodyBytes?: number;
}

export async function fetchChain(url: string, settings: RequestSettings): Promise<FetchedChain> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const exchanges: Exchange[] = [];
  const visited = new Set<string>();
  let current = parseUrl(url);
  try {
    for (;;) {
      visited.add(current.href);
      const headers = requestHeaders(settings, current, new URL(url));
      const exchange = await requestOnce(current, headers, exchanges.length, controller.signal, settings.maxBodyBytes ?? MAX_BODY_BYTES).catch((error: unknown) => {
        throw new FetchError(describeFailure(error, current, settings.timeoutMs, exchanges.length));
      });
      exchanges.push(exchange);
      const next = redirectTarget(exchange, current);
      if (next === null) return { exchanges, stopped: null };
      if (visited.has(next.href)) return { exchanges, stopped: 'loop' };
      if (exchanges.length > MAX_REDIRECTS) return { exchanges, stopped: 'too-many-redirects' };
      current = next;
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseUrl(text: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // falls through to the message below
  }
  throw new FetchError(`cannot fetch ${text}: not an http(s) URL.`);
}

/** Defaults, then the user's -H headers, which replace a default of the same name. */
function requestHeaders(settings: RequestSettings, target: URL, first: URL): HeaderField[] {
  const given = settings.headers.filter((field) => target.origin === first.origin || !ORIGIN_BOUND_HEADERS.has(field.name.toLowerCase()));
  const names = new Set(given.map((field) => field.name.toLowerCase()));
  const defaults: HeaderField[] = [
    { name: 'Accept', value: settings.accept },
    // What browsers send; a CDN may vary its answer on it. Bodies are decoded below.
    { name: 'Accept-Encoding', value: 'gzip, deflate, br' },
    { name: 'User-Agent', value: settings.userAgent },
  ];
  return [{ name: 'Host', value: target.host }, ...defaults.filter((field) => !names.has(field.name.toLowerCase())), ...given];
}

/**
 * node:https, node:http and node:zlib load on first use: node:https alone (its TLS set-up) takes
 * as long as a bare Node start, which FILE mode, --help and --version need not pay.
 */
async function requestOnce(url: URL, headers: HeaderField[], index: number, signal: AbortSignal, maxBodyBytes: number): Promise<Exchange> {
  const { request } = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  const zlib = await import('node:zlib');
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'GET', headers: Object.fromEntries(headers.map((field) => [field.name, field.value])), signal, agent: false });
    let responded = false;
    // Once the status and headers are in, a failure (reset, timeout) only cuts the body short.
    outgoing.on('error', (error) => (responded ? undefined : reject(error)));
    outgoing.on('response', (response) => {
      responded = true;
      const exchange: Exchange = {
        index,
        method: 'GET',
        url: url.href,
        requestHeaders: headers,
        httpVersion: `HTTP/${response.httpVersion}`,
        status: response.statusCode ?? null,
        reason: response.statusMessage || null,
        headers: pairs(response.rawHeaders),
        body: null,
      };
      if (!wantsBody(exchange)) {
        response.destroy();
        resolve(exchange);
        return;
      }
      readBody(response, maxBodyBytes, zlib).then((body) => resolve({ ...exchange, body }));
    });
    outgoing.end();
  });
}

function pairs(raw: readonly string[]): HeaderField[] {
  const fields: HeaderField[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) fields.push({ name: raw[i] as string, value: (raw[i + 1] as string).trim() });
  return fields;
}

/** An error's body, or anything that is not an image, may hold the message; images never do. */
function wantsBody(exchange: Exchange): boolean {
  const status = exchange.status ?? 0;
  if (REDIRECT_STATUSES.has(status) || status === 204 || status === 304) return false;
  if (status >= 400) return true;
  const type = exchange.headers.find((field) => field.name.toLowerCase() === 'content-type')?.value ?? '';
  return !/^\s*image\//i.test(type);
}

/**
 * The first `maxBytes` of the decoded body, as text; null when it is empty or binary. A body
 * cut short (reset, timeout, a truncated gzip stream) keeps what arrived.
 */
function readBody(response: IncomingMessage, maxBytes: number, zlib: typeof import('node:zlib')): Promise<string | null> {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  const source = decoder === null ? response : response.pipe(decoder);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      response.destroy();
      decoder?.destroy();
      const bytes = Buffer.concat(chunks).subarray(0, maxBytes);
      resolve(bytes.length === 0 || bytes.includes(0) ? null : bytes.toString('utf8'));
    };
    source.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) finish();
    });
    source.on('end', finish);
    source.on('error', finish);
    response.on('error', finish);
    // A body cut short ends here; a complete one ends when the decoder has flushed its last bytes.
    response.on('close', () => (decoder === null || !response.complete ? finish() : undefined));
    decoder?.on('close', finish);
  });
}

function redirectTarget(exchange: Exchange, base: URL): URL | null {
  if (!REDIRECT_STATUSES.has(exchange.status ?? 0)) return null;
  const location = exchange.headers.find((field) => field.name.toLowerCase() === 'location')?.value;
  if (!location) return null;
  try {
    const next = new URL(location, base);
    return next.protocol === 'http:' || next.protocol === 'https:' ? next : null;
  } catch {
    return null;
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_NONAME', 'EAI_FAIL']);
const UNREACHABLE_CODES = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ETIMEDOUT', 'EADDRNOTAVAIL']);

/** One line that says what failed, where, and after how many redirects. */
export function describeFailure(error: unknown, url: URL, timeoutMs: number, hops: number): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const name = error instanceof Error ? error.name : '';
  const after = hops > 0 ? ` (after ${hops} redirect${hops === 1 ? '' : 's'})` : '';
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  if (name === 'AbortError' || code === 'ABORT_ERR') return `no complete response from ${url.href} within ${timeoutMs / 1000} s${after}; raise --timeout to wait longer.`;
  if (DNS_CODES.has(code)) return `cannot resolve ${url.hostname}: DNS lookup failed (${code})${after}.`;
  if (code === 'ECONNREFUSED') return `connection refused by ${url.hostname}:${port}${after}: nothing accepts connections there.`;
  if (code === 'ECONNRESET' || code === 'EPIPE') return `connection reset by ${url.hostname}:${port} before a response arrived${after}.`;
  if (UNREACHABLE_CODES.has(code)) return `cannot reach ${url.hostname}:${port} (${code})${after}.`;
  if (isTlsError(code)) return `TLS problem with ${url.hostname}:${port}: ${tlsReason(error)} (${code})${after}.`;
  const message = error instanceof Error ? error.message : String(error);
  return `cannot fetch ${url.href}: ${message}${code ? ` (${code})` : ''}${after}.`;
}

/**
 * What went wrong in the TLS handshake, in OpenSSL's words without its dump: certificate errors
 * read well as they are ("certificate has expired"); a protocol error carries its reason inside
 * a line like `error:0A00010B:SSL routines:ssl3_get_record:wrong version number:<file>:<line>:`.
 */
function tlsReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = /SSL routines:[^:]*:([^:]+):/.exec(message)?.[1]?.trim();
  if (reason === 'wrong version number') return 'wrong version number, so the port likely serves plain HTTP (try http://)';
  return reason ?? (message.split('\n')[0] ?? message).trim();
}

function isTlsError(code: string): boolean {
  return /^(?:ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH)/.test(code);
}
