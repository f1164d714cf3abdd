/**
 * Cloudflare Images delivery (imagedelivery.net, /cdn-cgi/imagedelivery/): an unknown variant
 * named in the body, an expired signed URL, a 403 or 404 with no code in the paste, and a
 * delivered image (facts, cdns.md 3.1-3.3). Coded answers (`ERROR 94xx: ...`, `cf-resized:
 * err=...`) are the resize rule's; this rule claims only the variant case's body line, so that
 * rule does not repeat it. Notes hold only what this URL shows: the explanations are the entries'
 * causes, which the browser loads when it shows the finding.
 */
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { findingFor, type Rule } from '../../../diagnose/rule.ts';
import { readImagesUrl, type ImagesUrl } from './images-url.ts';

const UNKNOWN_VARIANT = /^.*doesn't have variant with this name.*$/im;
const CODED = /\berr\s*=\s*\d{3,5}\b/i;
const BODY_CODE = /^\s*(?:IMAGES_[A-Z]+_)?ERROR\s+9\d{3}\s*:/m;

export const cloudflareImagesDelivery: Rule = {
  name: 'cloudflare-images-delivery',
  emits: ['cloudflare/images-variant-not-found', 'cloudflare/images-signature-expired', 'cloudflare/images-access-denied', 'cloudflare/images-not-found', 'cloudflare/images-delivered'],
  run({ exchange }) {
    const reading = readImagesUrl(exchange.url);
    const notes = reading ? [urlNote(reading)] : [];
    const variantLine = exchange.body ? UNKNOWN_VARIANT.exec(exchange.body)?.[0].trim() : undefined;
    if (variantLine) return [findingFor('cloudflare/images-variant-not-found', variantLine, { notes })];
    if (!reading || exchange.status === null || isCoded(exchange)) return [];
    const status = exchange.status;
    const evidence = `${exchange.httpVersion ?? 'HTTP'} ${status} for ${reading.host}`;
    if (status === 401 || status === 403) {
      const late = expiredMinutes(exchange, reading);
      if (late !== null) return [findingFor('cloudflare/images-signature-expired', `exp=${reading.expires} is ${late < 120 ? `${late} minutes` : `${Math.round(late / 60)} hours`} before the response’s date`, { notes })];
      return [findingFor('cloudflare/images-access-denied', evidence, { notes })];
    }
    if (status === 404) return [findingFor('cloudflare/images-not-found', evidence, { notes })];
    const type = (headerValue(exchange.headers, 'content-type') ?? '').toLowerCase();
    const delivered = status >= 200 && status < 300 && type.startsWith('image/');
    return delivered ? [findingFor('cloudflare/images-delivered', `${evidence}, content-type: ${type}`, { notes })] : [];
  },
};

function isCoded(exchange: Exchange): boolean {
  const coded = headerFields(exchange.headers, 'cf-resized', 'cf-images-binding').some((field) => CODED.test(field.value));
  return coded || (exchange.body !== null && BODY_CODE.test(exchange.body));
}

/** How many minutes before the response's date the signed URL's `exp` lies, or null. */
function expiredMinutes(exchange: Exchange, reading: ImagesUrl): number | null {
  const date = Date.parse(headerValue(exchange.headers, 'date') ?? '');
  if (reading.expires === null || Number.isNaN(date)) return null;
  const seconds = date / 1000 - reading.expires;
  return seconds > 0 ? Math.ceil(seconds / 60) : null;
}

function urlNote({ accountHash, imageId, variant, flexible, signed }: ImagesUrl): string {
  const last = flexible !== null ? `flexible options ${flexible}` : variant !== null ? `variant "${variant}"` : 'no variant';
  return `Cloudflare Images URL: account hash ${accountHash}, image ${imageId}, ${last}, ${signed ? 'signed (exp, sig)' : 'not signed'}.`;
}
