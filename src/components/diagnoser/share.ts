/**
 * Share links: the paste, redacted, deflated and base64url-encoded into the URL fragment
 * (`#paste=...`). Browsers never send a fragment to a server, so the link carries the headers
 * from one reader to another without either of them uploading anything.
 *
 * Shared by the browser widget and the unit tests: it needs only Web APIs that browsers and
 * Node 24 both have (CompressionStream, TextEncoder, btoa).
 */
import { redactPaste } from '../../diagnose/redact.ts';
import { MAX_INPUT_LENGTH } from '../../diagnose/read/types.ts';
import { SHARE_PARAM } from './share-param.ts';

/**
 * The longest fragment a link may carry, in characters. Browsers accept far longer URLs, but a
 * share link is meant to be pasted into tickets and chats: 16 K characters hold any single
 * response and long redirect chains several times over, while a whole-page HAR export, which
 * belongs in an attachment, does not fit.
 */
export const MAX_FRAGMENT_LENGTH = 16 * 1024;

export type ShareLinkOutcome = { ok: true; fragment: string } | { ok: false; message: string };
export type SharedPasteOutcome = { ok: true; paste: string } | { ok: false; message: string };

const DAMAGED =
  'The headers in this link could not be read: the part after #paste= is damaged or cut short. Ask for the link again, or paste the headers yourself.';
const TOO_LONG = `The headers in this link unpack to more than ${MAX_INPUT_LENGTH / (1024 * 1024)} MB of text, more than the diagnoser reads.`;

/** The fragment (without `#`) for a paste, after secrets are redacted; or why there is none. */
export async function shareFragment(paste: string): Promise<ShareLinkOutcome> {
  if (paste.trim() === '') return { ok: false, message: 'Nothing to share yet: paste response headers first.' };
  const deflated = await deflate(new TextEncoder().encode(redactPaste(paste)));
  const fragment = `${SHARE_PARAM}=${toBase64Url(deflated)}`;
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    const needed = Math.ceil(fragment.length / 1024);
    return {
      ok: false,
      message: `This paste is too large for a link: compressed, it needs ${needed} KB and a link holds at most ${MAX_FRAGMENT_LENGTH / 1024} KB. Keep only the response that fails (one HAR entry, or its headers), or use Copy as Markdown.`,
    };
  }
  return { ok: true, fragment };
}

/**
 * The paste a location hash carries: null when the hash holds none, a message when it is
 * damaged. Never throws, whatever the fragment holds.
 */
export async function sharedPaste(hash: string): Promise<SharedPasteOutcome | null> {
  const encoded = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (encoded === null) return null;
  const bytes = fromBase64Url(encoded);
  if (bytes === null || bytes.length === 0) return { ok: false, message: DAMAGED };
  // UTF-8 never takes more than 3 bytes per UTF-16 unit, so this bounds the text the reader accepts.
  const inflated = await inflate(bytes, MAX_INPUT_LENGTH * 3).catch(() => null);
  if (inflated === null) return { ok: false, message: DAMAGED };
  if (inflated === 'too-long') return { ok: false, message: TOO_LONG };
  try {
    return { ok: true, paste: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, message: DAMAGED };
  }
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Stops reading once `limit` bytes are out, so a small link cannot unpack into gigabytes. */
async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array | 'too-long'> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-long';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes arguments, and engines cap how many: convert in slices.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/').padEnd(Math.ceil(text.length / 4) * 4, '='));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
