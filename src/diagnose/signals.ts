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
  const evidence: string[] = [];
  for (const { name, value } of signals) {
    for (const field of headerFields(exchange.headers, name)) {
      if (value === undefined || value.test(field.value)) evidence.push(`${field.name}: ${field.value}`);
    }
  }
  return evidence;
}

/**
 * The image CDN an URL belongs to by its host or path, as unpic names it (`cloudflare`,
 * `nextjs`, `imgix`, `shopify`...), or null. unpic knows about thirty services' URL shapes.
 */
export function imageCdnOfUrl(url: string | null): string | null {
  if (url === null) return null;
  return remembered(cdnByUrl, url, () => {
    try {
      return getProviderForUrl(url) || null;
    } catch {
      return null;
    }
  });
}

/** An URL that names an image: an image file extension, or the URL shape of an image CDN. */
export function looksLikeImageUrl(url: string | null): boolean {
  if (url === null) return false;
  const path = pathOf(url);
  return IMAGE_EXTENSION.test(path) || (imageCdnOfUrl(url) !== null && !NOT_AN_IMAGE_PATH.test(path));
}

export function hostOf(url: string | null): string | null {
  return url === null ? null : (parsedUrl(url)?.hostname.toLowerCase() ?? null);
}

/** The query parameters of an URL; none when it cannot be parsed. A copy: the parse is shared. */
export function searchParamsOf(url: string | null): URLSearchParams {
  return new URLSearchParams(url === null ? undefined : parsedUrl(url)?.searchParams);
}

export function pathOf(url: string): string {
  return parsedUrl(url)?.pathname ?? url.split(/[?#]/, 1)[0] ?? url;
}

/**
 * The URL parsed, or null when it is no absolute URL. Every provider asks about the same URL
 * (host, path, query, its own URL shape), some thirty times per response: one parse serves them
 * all. Shared, so callers read it and never change it.
 */
export function parsedUrl(url: string): Readonly<URL> | null {
  return remembered(urlByText, url, () => (URL.canParse(url) ? new URL(url) : null));
}

/**
 * The last few answers by key. Rules ask about one response's URL many times in a row, then move
 * to the next response, so a handful of slots compared by identity beat a map keyed by long URLs.
 */
interface Recent<T> {
  keys: (string | undefined)[];
  values: T[];
  next: number;
}

const RECENT_SLOTS = 4;
const urlByText = recent<URL | null>();
const cdnByUrl = recent<string | null>();

function recent<T>(): Recent<T> {
  return { keys: new Array<string | undefined>(RECENT_SLOTS).fill(undefined), values: [], next: 0 };
}

function remembered<T>(cache: Recent<T>, key: string, compute: () => T): T {
  const slot = cache.keys.indexOf(key);
  if (slot >= 0) return cache.values[slot] as T;
  const value = compute();
  cache.keys[cache.next] = key;
  cache.values[cache.next] = value;
  cache.next = (cache.next + 1) % RECENT_SLOTS;
  return value;
}

/**
 * `read` answered once per response. Providers' rules ask for their own signals again after the
 * registry asked for every provider's (servedBy), all before the next response: remembering the
 * last response's answer keeps that to one reading. Answers are shared: callers never change them.
 */
export function perExchange<T>(read: (exchange: Exchange) => T): (exchange: Exchange) => T {
  let last: { exchange: Exchange; answer: T } | null = null;
  return (exchange) => {
    if (last?.exchange !== exchange) last = { exchange, answer: read(exchange) };
    return last.answer;
  };
}
