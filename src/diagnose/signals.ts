/** Small facts about an exchange that rules of several providers ask about. */
import { getProviderForUrl } from 'unpic/detect';
import { headerFields } from './read/headers.ts';
import type { Exchange } from './read/types.ts';

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|svg|heic|heif|tiff?|bmp|ico|jxl)$/i;
// Image CDNs deliver video and files too (Cloudinary's /video/ and /raw/ paths): those are no image.
const NOT_AN_IMAGE_PATH = /\/(?:video|videos|raw|files)\/|\.(?:mp4|webm|mov|m3u8|mpd|pdf|zip|json|js|css)$/i;

/** A header that shows who answered: any value when `value` is absent, else a matching one. */
export interface HeaderSignal {
  name: string;
  value?: RegExp;
}

/** The header lines of `exchange` that match `signals`, as evidence (`cf-ray: 8f...`). */
export function headerSignals(exchange: Exchange, signals: readonly HeaderSignal[]): string[] {
  return signals.flatMap(({ name, value }) =>
    headerFields(exchange.headers, name)
      .filter((field) => value === undefined || value.test(field.value))
      .map((field) => `${field.name}: ${field.value}`),
  );
}

/**
 * The image CDN an URL belongs to by its host or path, as unpic names it (`cloudflare`,
 * `nextjs`, `imgix`, `shopify`...), or null. unpic knows about thirty services' URL shapes.
 */
export function imageCdnOfUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    return getProviderForUrl(url) || null;
  } catch {
    return null;
  }
}

/** An URL that names an image: an image file extension, or the URL shape of an image CDN. */
export function looksLikeImageUrl(url: string | null): boolean {
  if (url === null) return false;
  const path = pathOf(url);
  return IMAGE_EXTENSION.test(path) || (imageCdnOfUrl(url) !== null && !NOT_AN_IMAGE_PATH.test(path));
}

export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** The query parameters of an URL; none when it cannot be parsed. */
export function searchParamsOf(url: string | null): URLSearchParams {
  if (url === null) return new URLSearchParams();
  try {
    return new URL(url).searchParams;
  } catch {
    return new URLSearchParams();
  }
}

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split(/[?#]/, 1)[0] ?? url;
  }
}
