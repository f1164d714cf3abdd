/**
 * A response Cloudflare served without `Cf-Resized`: resizing was not attempted (seed,
 * "Requests without resizing enabled"; facts 1.5). On a /cdn-cgi/image/ URL that is almost
 * certainly the problem; on another image URL it may be intended, so it is only information.
 */
import { hasHeader, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { findingFor, type Rule } from '../../../diagnose/rule.ts';
import { looksLikeImageUrl } from '../../../diagnose/signals.ts';
import { isCloudflareServed, isResizeUrl } from '../signals.ts';
import { isImagesDeliveryUrl } from './images-url.ts';

export const cloudflareNotResized: Rule = {
  name: 'cloudflare-not-resized',
  emits: ['cloudflare/not-resized'],
  run({ exchange }) {
    if (!isCloudflareServed(exchange) || hasHeader(exchange.headers, 'cf-resized')) return [];
    if (hasHeader(exchange.headers, 'cf-images-binding')) return [];
    // Cloudflare Images delivers stored variants, which no Cf-Resized header describes.
    if (isImagesDeliveryUrl(exchange.url)) return [];
    // A redirect that keeps the resize URL (http to https, a trailing slash) resizes later.
    if (isResizeUrl(headerValue(exchange.headers, 'location'))) return [];
    const onResizeUrl = isResizeUrl(exchange.url);
    if (!onResizeUrl && !servesAnImage(exchange)) return [];
    const evidence = `No cf-resized header on a response served by Cloudflare (${cloudflareMark(exchange)})`;
    return [
      findingFor('cloudflare/not-resized', evidence, {
        severity: onResizeUrl ? 'warning' : 'info',
        notes: onResizeUrl
          ? ['The URL asks for /cdn-cgi/image/ resizing, yet the response says nothing about a resize.']
          : ['This image was served without resizing. That is expected unless a Worker or URL was meant to resize it.'],
      }),
    ];
  },
};

function servesAnImage(exchange: Exchange): boolean {
  const type = headerValue(exchange.headers, 'content-type') ?? '';
  return type.toLowerCase().startsWith('image/') || looksLikeImageUrl(exchange.url);
}

function cloudflareMark(exchange: Exchange): string {
  const ray = headerValue(exchange.headers, 'cf-ray');
  return ray ? `cf-ray: ${ray}` : `server: ${headerValue(exchange.headers, 'server') ?? 'cloudflare'}`;
}
