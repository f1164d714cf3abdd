/**
 * What shows that Fastly answered a response, and whether Image Optimizer was asked for work
 * (facts 1.1-1.3). Fastly's cache headers (`x-served-by: cache-…`, `x-timer`) show the edge; only
 * the `Fastly-IO-*` headers and `Fastly-Stats: io=` show Image Optimizer itself.
 */
import { hasHeader, headerValue } from '../../diagnose/read/headers.ts';
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, perExchange } from '../../diagnose/signals.ts';

/** Headers only Image Optimizer writes. */
export const IO_HEADERS = ['fastly-io-info', 'fastly-io-error', 'fastly-io-warning'] as const;

// Image Optimizer's documented query parameters that a page is most likely to use.
const IO_PARAMETER = /[?&](?:width|height|format|quality|fit|crop|dpr|optimize|resize-filter|orient|trim|pad|canvas|precrop|blur|sharpen)=/i;

export const fastlySignals = perExchange((exchange: Exchange): string[] => {
  return headerSignals(exchange, [
    ...IO_HEADERS.map((name) => ({ name })),
    { name: 'fastly-stats' },
    { name: 'x-served-by', value: /\bcache-[a-z0-9-]+-[a-z]{3}\b/i },
    { name: 'x-timer', value: /^S\d+\.\d+,VS\d/ },
    { name: 'fastly-debug-path' },
    { name: 'x-fastly-request-id' },
  ]);
});

export function isFastlyServed(exchange: Exchange): boolean {
  return fastlySignals(exchange).length > 0;
}

export function showsImageOptimizer(exchange: Exchange): boolean {
  return IO_HEADERS.some((name) => hasHeader(exchange.headers, name)) || /\bio=1\b/.test(headerValue(exchange.headers, 'fastly-stats') ?? '');
}

export function asksImageOptimizer(url: string | null): boolean {
  return url !== null && IO_PARAMETER.test(url);
}

