import { describe, expect, it } from 'vitest';
import { MAX_FRAGMENT_LENGTH, shareFragment, sharedPaste } from '../../src/components/diagnoser/share.ts';
import { redactPaste } from '../../src/diagnose/redact.ts';

/** A curl -v exchange holding every kind of secret the link must not carry. */
const SECRET_PASTE = `$ curl -sv -o /dev/null -H 'Cookie: session=9f8e7d6c5b4a' "https://res.cloudinary.com/northwind-media/image/upload/s--abcdefgh--/c_fill,w_300/v1767225600/team/ana.jpg"
> GET /northwind-media/image/upload/s--abcdefgh--/c_fill,w_300/v1767225600/team/ana.jpg HTTP/2
> Host: res.cloudinary.com
> User-Agent: curl/8.12.1
> Accept: */*
> Cookie: session=9f8e7d6c5b4a
> Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.sig
>
< HTTP/2 401
< date: Tue, 21 Apr 2026 16:30:09 GMT
< content-length: 0
< x-cld-error: ACL deny
< set-cookie: __cf_bm=Qx1y2z3; path=/; HttpOnly
< server: Cloudinary
<
`;

async function roundTrip(paste: string): Promise<string> {
  const link = await shareFragment(paste);
  if (!link.ok) throw new Error(link.message);
  const shared = await sharedPaste(`#${link.fragment}`);
  if (!shared?.ok) throw new Error(shared ? shared.message : 'no paste in the fragment');
  return shared.paste;
}

async function deflatedBase64Url(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('base64url');
}

describe('share links', () => {
  it('carry the paste in a #paste= fragment of URL-safe characters', async () => {
    const link = await shareFragment('HTTP/2 415\ncf-resized: err=9412\nserver: cloudflare\n');
    expect(link.ok && link.fragment).toMatch(/^paste=[A-Za-z0-9_-]+$/);
  });

  it('give back the paste they were made from, non-ASCII text included', async () => {
    const paste = 'HTTP/2 404\ncf-resized: err=9404\nx-note: café ☕ 画像\n';
    expect(await roundTrip(paste)).toBe(paste);
  });

  it('redact cookies, credentials and Cloudinary signatures before encoding', async () => {
    const restored = await roundTrip(SECRET_PASTE);
    expect(restored).toBe(redactPaste(SECRET_PASTE));
    for (const secret of ['9f8e7d6c5b4a', 'eyJhbGciOiJIUzI1NiJ9', 'Qx1y2z3', 's--abcdefgh--']) expect(restored).not.toContain(secret);
    expect(restored).toContain('x-cld-error: ACL deny');
  });

  it('redact HAR files structurally', async () => {
    const har = JSON.stringify({
      log: {
        version: '1.2',
        entries: [
          {
            request: { method: 'GET', url: 'https://example.com/a.jpg?token=abc123', headers: [{ name: 'Authorization', value: 'Basic dXNlcjpwYXNz' }], cookies: [{ name: 'sid', value: 'xyz789' }] },
            response: { status: 404, headers: [{ name: 'cf-resized', value: 'err=9404' }] },
          },
        ],
      },
    });
    const restored = await roundTrip(har);
    for (const secret of ['abc123', 'dXNlcjpwYXNz', 'xyz789']) expect(restored).not.toContain(secret);
    expect(restored).toContain('err=9404');
  });

  it('refuse an empty paste with a message', async () => {
    const link = await shareFragment('  \n ');
    expect(link).toEqual({ ok: false, message: expect.stringContaining('Nothing to share') });
  });

  it('refuse a paste too large for a link and say what to do instead', async () => {
    // Random hex hardly compresses, so this cannot fit the fragment limit.
    const noise = Array.from({ length: MAX_FRAGMENT_LENGTH * 2 }, (_, i) => ((i * 2654435761) >>> 0).toString(16)).join('\n');
    const link = await shareFragment(`HTTP/2 200\nx-noise: ${noise}`);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.message).toMatch(/too large for a link.*Copy as Markdown/);
  });

  it('ignore a fragment that holds no paste', async () => {
    expect(await sharedPaste('')).toBeNull();
    expect(await sharedPaste('#main')).toBeNull();
    expect(await sharedPaste('#section=2')).toBeNull();
  });

  it('turn damaged fragments into a message, never an exception', async () => {
    const valid = await shareFragment('HTTP/2 415\ncf-resized: err=9412\n');
    const encoded = valid.ok ? valid.fragment.slice('paste='.length) : '';
    const notUtf8 = await deflatedBase64Url(new Uint8Array([0x48, 0xff, 0xfe, 0x80]));
    const damaged = [
      '#paste=',
      '#paste=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '#paste="><script>alert(1)</script>',
      '#paste=!!!!',
      '#paste=A',
      '#paste=AAAA',
      '#paste=bm90IGRlZmxhdGU',
      `#paste=${encoded.slice(0, Math.floor(encoded.length / 2))}`,
      `#paste=${notUtf8}`,
    ];
    for (const hash of damaged) {
      const shared = await sharedPaste(hash);
      expect(shared, hash).toEqual({ ok: false, message: expect.stringContaining('could not be read') });
    }
  });

  it('stop unpacking a link that would unpack beyond what the reader accepts', async () => {
    const bomb = await deflatedBase64Url(new Uint8Array(61 * 1024 * 1024).fill(0x61));
    const shared = await sharedPaste(`#paste=${bomb}`);
    expect(shared).toEqual({ ok: false, message: expect.stringContaining('more than 20 MB') });
  });
});
