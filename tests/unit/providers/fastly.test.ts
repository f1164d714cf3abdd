import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { resolveQuery } from '../../../src/search/query.ts';
import { buildSearchMap } from '../../../src/search/search-map.ts';

function findingsOf(paste: string) {
  const outcome = diagnose(paste);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.diagnosis.responses.flatMap((response) => response.findings);
}

const EDGE = 'x-served-by: cache-iad-kiad7000112-IAD\nx-cache: MISS\n';

describe('Fastly Image Optimizer', () => {
  it.each([
    ['Fastly-IO-Error: Response is not cacheable', 'fastly/response-is-not-cacheable'],
    ['fastly-io-error: not a supported image format', 'fastly/not-a-supported-image-format'],
    ['Fastly-Io-Error: body exceeds maximum length', 'fastly/body-exceeds-maximum-length'],
    ['Fastly-IO-Error: Gzipped body exceeds maximum length', 'fastly/gzipped-body-exceeds-maximum-length'],
  ])('reads %j as %s, in any case and by substring', (line, id) => {
    expect(findingsOf(`HTTP/2 200\ncontent-type: image/png\n${line}\n${EDGE}`).map((finding) => finding.id)).toEqual([id]);
  });

  it('says what Fastly-IO-Info reports, field by field', () => {
    const [finding] = findingsOf(`HTTP/2 200\nfastly-io-info: ofmt=webp ifsz=108501 idim=827x788 ifmt=jpeg ofsz=13066 odim=300x286\n${EDGE}`);
    expect(finding?.id).toBe('fastly/io-transformed');
    expect(finding?.notes).toEqual(['Resized from 827x788 to 300x286.', 'Converted from jpeg to webp.', '108501 bytes in, 13066 out (12% of the original).']);
  });

  it('says an IO error with an error status most likely passed the origin’s status on', () => {
    const [finding] = findingsOf(`HTTP/2 404\ncontent-type: text/html\nfastly-io-error: Invalid status\n${EDGE}`);
    expect(finding?.notes[0]).toContain('404');
  });

  it('does not call IO absent for an image service that runs on Fastly', () => {
    const imgix = `HTTP/2 200\ncontent-type: image/jpeg\nserver: imgix\n${EDGE}`;
    expect(findingsOf(`$ curl -sI "https://assets.example.com/a.jpg?width=300"\n${imgix}`).map((finding) => finding.id)).toEqual(['imgix/rendered']);
  });

  it('calls IO absent a warning only when the response is uncacheable, information otherwise', () => {
    const image = `$ curl -sI "https://www.example.com/a.jpg?width=300"\nHTTP/2 200\ncontent-type: image/jpeg\n${EDGE}`;
    expect(findingsOf(image).map((finding) => [finding.id, finding.severity])).toEqual([['fastly/io-not-invoked', 'info']]);
    const withCookie = `${image}set-cookie: session=1; Path=/\n`;
    expect(findingsOf(withCookie).map((finding) => [finding.id, finding.severity])).toEqual([['fastly/io-not-invoked', 'warning']]);
  });

  it('sends each Fastly-IO-Error scenario typed into search to its page', () => {
    const map = buildSearchMap();
    expect(resolveQuery('fastly-io-error: Response is pass', map)?.path).toBe('/codes/fastly/response-is-pass/');
    expect(resolveQuery('Fastly-IO-Error: Image exceeds maximum dimensions', map)?.path).toBe('/codes/fastly/image-exceeds-maximum-dimensions/');
    expect(resolveQuery('fastly-io-error: something new', map)?.path).toBe('/codes/fastly/unknown-io-error/');
    expect(resolveQuery('fastly io error invalid status', map)?.path).toBe('/codes/fastly/invalid-status/');
  });
});
