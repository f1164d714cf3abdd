import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { namedTransformations, oldOverlayOptions, signatureOf, transformSteps } from '../../../src/providers/imagekit/url.ts';
import { resolveQuery } from '../../../src/search/query.ts';
import { buildSearchMap } from '../../../src/search/search-map.ts';

function findingsOf(paste: string) {
  const outcome = diagnose(paste);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.diagnosis.responses.flatMap((response) => response.findings);
}

describe('ImageKit URLs', () => {
  it('reads chained steps from a tr: path segment and from the tr= query', () => {
    expect(transformSteps('https://ik.imagekit.io/n/tr:w-400,h-300:rt-90/a.jpg')).toEqual([
      [{ key: 'w', value: '400' }, { key: 'h', value: '300' }],
      [{ key: 'rt', value: '90' }],
    ]);
    expect(transformSteps('https://ik.imagekit.io/n/a.jpg?tr=w-1200,oi-logo.png')).toEqual([[{ key: 'w', value: '1200' }, { key: 'oi', value: 'logo.png' }]]);
    expect(transformSteps('https://ik.imagekit.io/n/a.jpg')).toEqual([]);
  });

  it('keeps the whole name of a named transformation, and finds the retired overlay syntax', () => {
    expect(namedTransformations('https://ik.imagekit.io/n/tr:n-product-thumb/a.jpg')).toEqual(['product-thumb']);
    expect(oldOverlayOptions('https://ik.imagekit.io/n/a.jpg?tr=w-1200,oi-logo.png,ox-20')).toEqual(['oi-logo.png', 'ox-20']);
  });

  it('reads the signature and its expiry', () => {
    expect(signatureOf('https://ik.imagekit.io/n/a.jpg?ik-t=1764583200&ik-s=5f0c')).toEqual({ signed: true, expires: 1764583200 });
    expect(signatureOf('https://ik.imagekit.io/n/a.jpg')).toEqual({ signed: false, expires: null });
  });
});

describe('ImageKit diagnosis', () => {
  it('reads ik-error codes, and notes a status that differs from the documented one', () => {
    const [finding] = findingsOf('HTTP/2 404\nik-error: ELIMIT - too large\nx-server: ImageKit.io\n');
    expect(finding?.id).toBe('imagekit/elimit');
    expect(finding?.notes[0]).toBe('ImageKit documents this code with status 400; this response has 404.');
  });

  it('tells an expired signed URL from an altered one', () => {
    const url = 'https://ik.imagekit.io/n/tr:w-400/a.jpg?ik-t=1764583200&ik-s=5f0c2a9e';
    const expired = findingsOf(`$ curl -sI "${url}"\nHTTP/2 401\ndate: Tue, 01 Dec 2026 12:15:02 GMT\nx-server: ImageKit.io\n`);
    expect(expired[0]?.notes[0]).toMatch(/expired at 2025-12-01T10:00:00.000Z/);
    const early = findingsOf(`$ curl -sI "${url}"\nHTTP/2 401\ndate: Mon, 01 Dec 2025 09:00:00 GMT\nx-server: ImageKit.io\n`);
    expect(early[0]?.notes[0]).toMatch(/does not match the URL/);
  });

  it('names CloudFront as the layer in front of ImageKit on a delivered image', () => {
    const [finding] = findingsOf('HTTP/2 200\ncontent-type: image/png\nx-server: ImageKit.io\nx-cache: Hit from cloudfront\nvia: 1.1 4e3c.cloudfront.net (CloudFront)\n');
    expect(finding?.id).toBe('imagekit/delivered');
    expect(finding?.notes.join(' ')).toMatch(/CloudFront is the CDN ImageKit delivers through/);
  });

  it('sends ik-error forms and codes typed into search to their pages', () => {
    const map = buildSearchMap();
    expect(resolveQuery('ik-error: ENOENT - No file was found on S3 at the specified path', map)?.path).toBe('/codes/imagekit/enoent/');
    expect(resolveQuery('ik-error: EACCES', map)?.path).toBe('/codes/imagekit/eacces/');
    expect(resolveQuery('ik-error: EWHATEVER - new', map)?.path).toBe('/codes/imagekit/unknown-ik-error/');
    expect(resolveQuery('imagekit 401', map)?.path).toBe('/codes/imagekit/401/');
    expect(resolveQuery('ENOENT', map)?.path).toBe('/codes/imagekit/enoent/');
  });
});
