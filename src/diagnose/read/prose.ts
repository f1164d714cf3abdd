/**
 * Telling header lines from prose that happens to start with `Word:`. A line is a header when its
 * name is a field name and the rest of the paste supports it: a status line, a request, or at
 * least one field whose name HTTP responses really carry. `Response: HTTP 404` and
 * `Error: x-cld-error: ...` under `URL: ...` are a log's labels, not three headers, and
 * `origin: true,` in a fenced `cors({...})` call is a line of code.
 */

import type { Exchange, HeaderField } from './types.ts';

/** Field names that responses and requests carry (RFC 9110 and the registry, plus the CDNs'). */
const KNOWN_NAMES = new Set([
  'accept', 'accept-encoding', 'accept-language', 'accept-ranges', 'access-control-allow-credentials',
  'access-control-allow-headers', 'access-control-allow-methods', 'access-control-allow-origin',
  'access-control-expose-headers', 'access-control-max-age', 'age', 'allow', 'alt-svc', 'authorization',
  'cache-control', 'cdn-cache-control', 'cdn-loop', 'connection', 'content-disposition', 'content-encoding',
  'content-language', 'content-length', 'content-location', 'content-range', 'content-security-policy',
  'content-type', 'cookie', 'cross-origin-resource-policy', 'date', 'etag', 'expect-ct', 'expires', 'host',
  'if-modified-since', 'if-none-match', 'keep-alive', 'last-modified', 'link', 'location', 'nel', 'origin',
  'permissions-policy', 'pragma', 'priority', 'referer', 'referrer-policy', 'report-to', 'retry-after',
  'server', 'server-timing', 'set-cookie', 'strict-transport-security', 'timing-allow-origin',
  'transfer-encoding', 'upgrade', 'user-agent', 'vary', 'via', 'warning', 'www-authenticate',
]);

/** Prefixes only HTTP field names start with: vendors' `x-`, Cloudflare's `cf-`, fetch metadata's `sec-`. */
const KNOWN_PREFIX = /^(?:x-|cf-|sec-|cld-|fastly-|akamai-|ik-|access-control-|content-|if-|proxy-)/i;

export function isKnownFieldName(name: string): boolean {
  const lower = name.toLowerCase();
  return KNOWN_NAMES.has(lower) || KNOWN_PREFIX.test(lower) || lower.startsWith(':');
}

/**
 * A property of an object literal in code (`origin: true,`, `headers: {`): a header value never
 * ends by opening a bracket or with the comma before the next property.
 */
function isCodeLine({ value }: HeaderField): boolean {
  return /[,{([]\s*$/.test(value);
}

/** Whether the exchange shows anything beyond `Word: value` lines that could be prose or code. */
function isSupported(exchange: Exchange): boolean {
  return (
    exchange.status !== null ||
    exchange.method !== null ||
    exchange.requestHeaders.length > 0 ||
    // `400: BAD_REQUEST Code: ...` is Vercel's error page copied on one line, which its rule reads.
    exchange.headers.some((field) => !isCodeLine(field) && (isKnownFieldName(field.name) || /^[1-5]\d\d$/.test(field.name)))
  );
}

/**
 * Drops the headers of exchanges that nothing supports, and then the exchanges left empty; lines
 * of code go from every exchange.
 * Returns the kept exchanges (indexes renumbered) and how many lines were set aside as prose.
 */
export function setAsideProse(exchanges: readonly Exchange[]): { exchanges: Exchange[]; proseLines: number } {
  const kept: Exchange[] = [];
  let proseLines = 0;
  for (const exchange of exchanges) {
    if (isSupported(exchange)) {
      const headers = exchange.headers.filter((field) => !isCodeLine(field));
      proseLines += exchange.headers.length - headers.length;
      kept.push({ ...exchange, index: kept.length, headers });
      continue;
    }
    proseLines += exchange.headers.length;
    if (exchange.url !== null || exchange.body !== null) kept.push({ ...exchange, index: kept.length, headers: [] });
  }
  return { exchanges: kept, proseLines };
}
