/** Notes the Next.js rules share: what the image URL asks for, and who stands in front. */
import { extract } from 'unpic/providers/nextjs';
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf } from '../../diagnose/signals.ts';

/** CDNs often put in front of a self-hosted Next.js, by the header that shows each. */
const FRONTS = [
  { name: 'Cloudflare', signal: { name: 'cf-ray' } },
  { name: 'CloudFront', signal: { name: 'x-amz-cf-id' } },
  { name: 'Fastly', signal: { name: 'x-served-by', value: /\bcache-/i } },
  { name: 'Netlify', signal: { name: 'x-nf-request-id' } },
];

/** The source, width and quality the `/_next/image` URL asks for. */
export function readNextImageUrl(url: string): { source: string; width: number | null; quality: number | null } | null {
  try {
    const parts = extract(url);
    if (!parts) return null;
    const { width, quality } = parts.operations as { width?: number | string; quality?: number | string };
    return { source: parts.src, width: width === undefined ? null : Number(width), quality: quality === undefined ? null : Number(quality) };
  } catch {
    return null;
  }
}

export function urlNotes(url: string | null): string[] {
  const parts = url ? readNextImageUrl(url) : null;
  if (!parts || parts.source === '') return [];
  const kind = hostOf(parts.source) ? 'remote' : 'local';
  return [`The URL asks for the ${kind} source ${parts.source} at width ${parts.width ?? '(missing)'}, quality ${parts.quality ?? '(missing)'}.`];
}

/** Which allow-list the source must be in: remotePatterns for a host, localPatterns for a path. */
export function allowListNotes(url: string | null): string[] {
  const parts = url ? readNextImageUrl(url) : null;
  if (!parts || parts.source === '') return [];
  const host = hostOf(parts.source);
  return [
    host
      ? `images.remotePatterns (or the older images.domains) must list ${host}, with the protocol, port and path the source uses.`
      : 'A local source: images.localPatterns, when set, must cover its path (and, from Next.js 16, its query string through search).',
  ];
}

/** Names each CDN in front, and says that Next.js, behind it, produced the answer. */
export function frontLayerNotes(exchange: Exchange): string[] {
  return FRONTS.flatMap(({ name, signal }) => {
    const evidence = headerSignals(exchange, [signal])[0];
    return evidence ? [`${name} sits in front (${evidence}) and passed on what the Next.js server behind it answered.`] : [];
  });
}
