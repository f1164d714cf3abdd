/** A successful `/_image` response (facts 6.2): Astro's image endpoint answered with an image. */
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { isImageEndpointUrl } from '../signals.ts';

export const astroTransformed: Rule = {
  name: 'astro-transformed',
  emits: ['astro/transformed'],
  run({ exchange }) {
    if (!isImageEndpointUrl(exchange.url) || exchange.status !== 200) return [];
    const contentType = headerFields(exchange.headers, 'content-type')[0];
    if (!contentType?.value.trim().toLowerCase().startsWith('image/')) return [];
    return [findingFor('astro/transformed', evidenceOf(contentType), { notes: notesFor(exchange) })];
  },
};

function notesFor(exchange: Exchange): string[] {
  const cacheControl = headerValue(exchange.headers, 'cache-control') ?? '';
  if (cacheControl === 'public, max-age=31536000, immutable') {
    return ['cache-control … immutable is what the Cloudflare adapter’s image endpoint adds; Astro’s own endpoints send public, max-age=31536000.'];
  }
  if (cacheControl === 'public, max-age=31536000') {
    return ['cache-control: public, max-age=31536000 is Astro’s: the result is cacheable for a year, so a changed source needs a new URL (a new file name or query) rather than a purge.'];
  }
  return [];
}
