/**
 * Reads a Cloudflare Images delivery URL: `https://imagedelivery.net/<account_hash>/<image_id>/<variant>`
 * or the custom-domain form `/cdn-cgi/imagedelivery/<account_hash>/<image_id>/<variant>` (facts,
 * cdns.md 3.1). The last segment is a named variant (`public`) or, with flexible variants on,
 * options (`w=400,sharpen=3`). A signed URL adds `?exp=<unix seconds>&sig=<hex>` (3.3).
 * Our own two-line match rather than unpic's cloudflare_images reader: that one also parses
 * transformation strings, which nothing here needs, and it would ride in every Cloudflare chunk.
 */
import { parsedUrl } from '../../../diagnose/signals.ts';
const DELIVERY_PATH = /^\/(?:cdn-cgi\/imagedelivery\/)?([^/]+)\/([^/]+)(?:\/([^/]+))?\/?$/;

export interface ImagesUrl {
  host: string;
  /** True for `/cdn-cgi/imagedelivery/` on the account's own domain. */
  customDomain: boolean;
  accountHash: string;
  imageId: string;
  /** A named variant, or null when the URL uses flexible options or names none. */
  variant: string | null;
  /** Flexible-variant options (`w=400,sharpen=3`) as written, or null. */
  flexible: string | null;
  /** `exp` of a signed URL in Unix seconds, or null. */
  expires: number | null;
  signed: boolean;
}

export function isImagesDeliveryUrl(url: string | null): boolean {
  return url !== null && /^https?:\/\/(?:imagedelivery\.net\/|[^/]+\/cdn-cgi\/imagedelivery\/)/i.test(url);
}

export function readImagesUrl(url: string | null): ImagesUrl | null {
  if (!isImagesDeliveryUrl(url) || url === null) return null;
  const parsed = parsedUrl(url);
  if (parsed === null) return null;
  const [, accountHash, imageId, last = null] = DELIVERY_PATH.exec(parsed.pathname) ?? [];
  if (!accountHash || !imageId) return null;
  const flexible = last !== null && last.includes('=') ? safeDecode(last) : null;
  const exp = parsed.searchParams.get('exp');
  return {
    host: parsed.hostname,
    customDomain: parsed.hostname !== 'imagedelivery.net',
    accountHash,
    imageId,
    variant: flexible === null ? last : null,
    flexible,
    expires: exp !== null && /^\d+$/.test(exp) ? Number(exp) : null,
    signed: parsed.searchParams.has('sig'),
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
