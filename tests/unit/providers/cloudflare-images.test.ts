import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { readImagesUrl } from '../../../src/providers/cloudflare/rules/images-url.ts';

const HASH = 'q8Zt2mLx4RbN7cVw1EyH5g';

describe('reading a Cloudflare Images delivery URL', () => {
  it('splits an imagedelivery.net URL into account hash, image id and named variant', () => {
    expect(readImagesUrl(`https://imagedelivery.net/${HASH}/7f3c1a52/public`)).toEqual({
      host: 'imagedelivery.net',
      customDomain: false,
      accountHash: HASH,
      imageId: '7f3c1a52',
      variant: 'public',
      flexible: null,
      expires: null,
      signed: false,
    });
  });

  it('reads flexible options and a signed token on a custom domain', () => {
    expect(readImagesUrl(`https://shop.example.com/cdn-cgi/imagedelivery/${HASH}/7f3c1a52/w=400,sharpen=3?exp=1795500000&sig=ab12`)).toMatchObject({
      customDomain: true,
      variant: null,
      flexible: 'w=400,sharpen=3',
      expires: 1795500000,
      signed: true,
    });
  });

  it('reads nothing from other URLs', () => {
    expect(readImagesUrl('https://example.com/cdn-cgi/image/width=300/a.jpg')).toBeNull();
    expect(readImagesUrl(null)).toBeNull();
  });
});

describe('diagnosing Cloudflare Images delivery', () => {
  it('reports an unknown variant once, not again as a bare 9425', () => {
    const paste = `$ curl -i "https://imagedelivery.net/${HASH}/7f3c1a52/big"\nHTTP/2 403\ncontent-type: text/plain\nserver: cloudflare\n\nERROR 9425: Image access denied: This account doesn't have variant with this name`;
    const outcome = diagnose(paste);
    const ids = outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id)) : [];
    expect(ids).toEqual(['cloudflare/images-variant-not-found']);
  });

  it('leaves a coded answer to its code page', () => {
    const paste = `$ curl -sI "https://imagedelivery.net/${HASH}/7f3c1a52/w=400"\nHTTP/2 403\ncf-resized: err=9429\nserver: cloudflare\n`;
    const outcome = diagnose(paste);
    const ids = outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id)) : [];
    expect(ids).toEqual(['cloudflare/9429']);
  });

  it('does not call a signed URL expired while its exp is still ahead', () => {
    const paste = `$ curl -sI "https://imagedelivery.net/${HASH}/7f3c1a52/public?exp=1795600000&sig=ab"\nHTTP/2 403\ndate: Wed, 25 Nov 2026 05:20:00 GMT\nserver: cloudflare\n`;
    const outcome = diagnose(paste);
    const ids = outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id)) : [];
    expect(ids).toEqual(['cloudflare/images-access-denied']);
  });
});
