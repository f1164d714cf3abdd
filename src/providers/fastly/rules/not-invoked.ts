/**
 * A Fastly response to an URL with Image Optimizer parameters that carries none of IO's headers
 * (facts 1.3, "None of the above"): IO was most likely never switched on for it. Image services
 * that run on Fastly (imgix, Cloudinary) show its cache headers too, and their own modules read
 * those responses, so an URL or `server` header of another image service is left alone.
 */
import { headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { findingFor, type Rule } from '../../../diagnose/rule.ts';
import { imageCdnOfUrl, looksLikeImageUrl } from '../../../diagnose/signals.ts';
import { asksImageOptimizer, fastlySignals, showsImageOptimizer } from '../signals.ts';

const OTHER_IMAGE_SERVER = /\b(?:imgix|cloudinary)\b/i;

export const fastlyNotInvoked: Rule = {
  name: 'fastly-not-invoked',
  emits: ['fastly/io-not-invoked'],
  run({ exchange }) {
    if (!asksImageOptimizer(exchange.url) || showsImageOptimizer(exchange) || !isPlainFastlyImage(exchange)) return [];
    const edge = fastlySignals(exchange)[0] ?? 'Fastly cache headers';
    const uncacheable = uncacheableNotes(exchange);
    // Parameters such as width= may be meant for a resizer at the origin, so without a reason IO
    // would have skipped the response this is only information.
    return [
      findingFor('fastly/io-not-invoked', `No Fastly-IO-* header on a response Fastly served (${edge})`, {
        severity: uncacheable.length > 0 ? 'warning' : 'info',
        notes: ['The URL carries Image Optimizer parameters, yet nothing in the response says IO looked at it.', ...uncacheable],
      }),
    ];
  },
};

/** IO skips content that cannot be cached (facts 1.3: helix-cli #340, fastly-magento2 #273). */
function uncacheableNotes(exchange: Exchange): string[] {
  const notes: string[] = [];
  if (headerValue(exchange.headers, 'set-cookie') !== null) {
    notes.push('The response sets a cookie, which makes it uncacheable: Image Optimizer does not transform uncacheable responses.');
  }
  const cacheControl = headerValue(exchange.headers, 'cache-control') ?? '';
  if (/\b(?:private|no-store|no-cache)\b/i.test(cacheControl)) {
    notes.push(`cache-control: ${cacheControl} marks the response uncacheable, and Image Optimizer skips uncacheable responses.`);
  }
  return notes;
}

function isPlainFastlyImage(exchange: Exchange): boolean {
  if (fastlySignals(exchange).length === 0 || imageCdnOfUrl(exchange.url) !== null) return false;
  if (OTHER_IMAGE_SERVER.test(headerValue(exchange.headers, 'server') ?? '')) return false;
  const status = exchange.status;
  const type = headerValue(exchange.headers, 'content-type') ?? '';
  // An uncacheable original has come back as application/octet-stream (facts 1.4, helix-cli #340).
  const image = type.toLowerCase().startsWith('image/') || looksLikeImageUrl(exchange.url);
  return (status === null || (status >= 200 && status < 300)) && image;
}
