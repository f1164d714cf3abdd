/**
 * Cloudflare Images delivery (imagedelivery.net, /cdn-cgi/imagedelivery/): an unknown variant
 * named in the body, an expired signed URL, a 403 or 404 with no code in the paste, and a
 * delivered image, each with notes on what the URL names (facts, cdns.md 3.1-3.3). Coded answers
 * (`ERROR 94xx: ...`, `cf-resized: err=...`) are the resize rule's; this rule adds to them only
 * the variant case, whose body line it claims so that rule does not repeat it.
 */
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import type { Finding } from '../../../diagnose/types.ts';
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
    const variantLine = exchange.body ? UNKNOWN_VARIANT.exec(exchange.body)?.[0].trim() : undefined;
    if (variantLine) return [findingFor('cloudflare/images-variant-not-found', variantLine, { notes: urlNotes(reading) })];
    if (!reading || exchange.status === null || isCoded(exchange)) return [];
    const status = exchange.status;
    const statusLine = `${exchange.httpVersion ?? 'HTTP'} ${status} for ${reading.host}`;
    if (status === 401 || status === 403) return [deniedFinding(exchange, reading, statusLine)];
    if (status === 404) return [findingFor('cloudflare/images-not-found', statusLine, { notes: [...urlNotes(reading), 'The paste shows no ERROR line; with curl -i the body may name a code.'] })];
    const type = (headerValue(exchange.headers, 'content-type') ?? '').toLowerCase();
    if (status >= 200 && status < 300 && type.startsWith('image/')) {
      return [findingFor('cloudflare/images-delivered', `${statusLine}, content-type: ${type}`, { notes: [...urlNotes(reading), formatNote(exchange, type)] })];
    }
    return [];
  },
};

function isCoded(exchange: Exchange): boolean {
  const coded = headerFields(exchange.headers, 'cf-resized', 'cf-images-binding').some((field) => CODED.test(field.value));
  return coded || (exchange.body !== null && BODY_CODE.test(exchange.body));
}

function deniedFinding(exchange: Exchange, reading: ImagesUrl, statusLine: string): Finding {
  const expiredBy = expiredSeconds(exchange, reading);
  if (expiredBy !== null) {
    return findingFor('cloudflare/images-signature-expired', `exp=${reading.expires} is ${describeSeconds(expiredBy)} before the response’s date`, { notes: urlNotes(reading) });
  }
  const ranked: string[] = [];
  if (reading.flexible !== null) {
    ranked.push(`The URL uses flexible-variant options (${reading.flexible}): flexible variants may be off for the account (9429), or the image requires signed URLs, which flexible variants cannot serve.`);
  }
  if (reading.signed) ranked.push('The URL is signed: a signature made with another key, or over another string than path + "?exp=...", is refused.');
  else ranked.push('The URL has no exp/sig: if the image requires signed URLs, it is refused unless the variant always allows public access.');
  if (reading.variant !== null) ranked.push(`The variant "${reading.variant}" may not exist in the account.`);
  return findingFor('cloudflare/images-access-denied', statusLine, { notes: [...urlNotes(reading), ...ranked, 'Repeat with curl -i: the body’s ERROR line names the code.'] });
}

/** How long before the response's date the signed URL's `exp` lies, or null when it has not passed. */
function expiredSeconds(exchange: Exchange, reading: ImagesUrl): number | null {
  const date = Date.parse(headerValue(exchange.headers, 'date') ?? '');
  if (reading.expires === null || Number.isNaN(date)) return null;
  const seconds = Math.round(date / 1000) - reading.expires;
  return seconds > 0 ? seconds : null;
}

function describeSeconds(seconds: number): string {
  if (seconds < 120) return `${seconds} seconds`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} hours`;
  return `${Math.round(seconds / 86400)} days`;
}

function urlNotes(reading: ImagesUrl | null): string[] {
  if (!reading) return [];
  const what = reading.flexible !== null ? `flexible options ${reading.flexible}` : reading.variant !== null ? `variant "${reading.variant}"` : 'no variant';
  return [
    `Cloudflare Images URL${reading.customDomain ? ` on the account’s own domain ${reading.host} (/cdn-cgi/imagedelivery/)` : ''}: account hash ${reading.accountHash}, image ${reading.imageId}, ${what}${reading.signed ? ', signed (exp/sig)' : ''}.`,
  ];
}

function formatNote(exchange: Exchange, type: string): string {
  const vary = headerValue(exchange.headers, 'vary');
  return `Delivered as ${type}: Cloudflare Images serves AVIF, then WebP, else the original format, by the browser’s Accept header${vary && /accept/i.test(vary) ? ' (vary: Accept)' : ''}.`;
}
