/** Small facts about an exchange that several rules ask about. */
import { hasHeader, headerValue } from '../read/headers.ts';
import type { Exchange } from '../read/types.ts';

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|svg|heic|heif|tiff?|bmp|ico|jxl)$/i;

export function isCloudflareServed(exchange: Exchange): boolean {
  return (
    hasHeader(exchange.headers, 'cf-ray') ||
    /^cloudflare\b/i.test(headerValue(exchange.headers, 'server') ?? '') ||
    hasHeader(exchange.headers, 'cf-resized')
  );
}

export function isCloudinaryServed(exchange: Exchange): boolean {
  return (
    /^cloudinary\b/i.test(headerValue(exchange.headers, 'server') ?? '') ||
    hasHeader(exchange.headers, 'x-cld-error') ||
    /\bcld-(?:fastly|error|id)\b/i.test(headerValue(exchange.headers, 'server-timing') ?? '') ||
    isCloudinaryHost(exchange.url)
  );
}

export function isResizeUrl(url: string | null): boolean {
  return url !== null && url.includes('/cdn-cgi/image/');
}

export function isCloudinaryHost(url: string | null): boolean {
  const host = hostOf(url);
  return host !== null && (host === 'res.cloudinary.com' || host.endsWith('-res.cloudinary.com'));
}

/** An URL that names an image: a resize URL, an image file extension or a Cloudinary image path. */
export function looksLikeImageUrl(url: string | null): boolean {
  if (url === null) return false;
  if (isResizeUrl(url)) return true;
  const path = pathOf(url);
  return IMAGE_EXTENSION.test(path) || (isCloudinaryHost(url) && /^\/[^/]+\/image\//.test(path));
}

export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split(/[?#]/, 1)[0] ?? url;
  }
}
