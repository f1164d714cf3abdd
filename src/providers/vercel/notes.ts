/** Notes the Vercel rules share: the request id, and which layer answered the image URL. */
import { headerFields } from '../../diagnose/read/headers.ts';
import type { Exchange } from '../../diagnose/read/types.ts';
import { imageCdnOfUrl } from '../../diagnose/signals.ts';

/** `fra1::iad1::x8m2q-1764594131208-3b9d0c41e7f2`: the regions passed, then the request's own part. */
const INLINE_ID = /\bID:\s*((?:[a-z]{3}\d::)+\S+)/i;
const REQUEST_ID = /^((?:[a-z]{3}\d::)+)[a-z0-9]+-\d{13}-[0-9a-f]{12}$/i;

/** The request id from `x-vercel-id`, or from the `ID:` line of the browser's error page. */
export function requestIdNotes(exchange: Exchange): string[] {
  const field = headerFields(exchange.headers, 'x-vercel-id', 'id')[0];
  // The browser's error page copied on one line reads as a single field: `400: BAD_REQUEST Code: … ID: …`.
  const inline = exchange.headers.map((candidate) => INLINE_ID.exec(candidate.value)?.[1]).find(Boolean);
  const id = field?.value.trim() ?? inline ?? '';
  const match = REQUEST_ID.exec(id);
  if (!match?.[1]) return [];
  const regions = match[1].split('::').filter(Boolean).join(', then ');
  return [`Request id ${id}: it passed through Vercel region ${regions}. Quote the whole id to Vercel support, or search for it in the project's logs.`];
}

/**
 * Which layer answered: Next.js built an /_next/image URL, but Vercel's optimizer serves it there.
 * The URL's shape is read with unpic's detection, as the other faces do.
 */
export function layerNotes(exchange: Exchange): string[] {
  const cdn = imageCdnOfUrl(exchange.url);
  if (cdn === 'nextjs') {
    return [
      'Two layers: Next.js built this /_next/image URL from next.config.js, but on Vercel the platform’s optimizer answers it before any of the app’s code (middleware included) runs. Vercel produced this response, applying the images settings of next.config.js; Next.js’s own messages never appear here.',
    ];
  }
  if (cdn === 'vercel') {
    return ['/_vercel/image is the Build Output API’s image route (Nuxt, Astro, SvelteKit and others on Vercel); its rules are the images block the framework’s adapter writes to .vercel/output/config.json.'];
  }
  return [];
}
