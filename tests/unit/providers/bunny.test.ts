import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';

function findingIds(paste: string): string[] {
  const outcome = diagnose(paste);
  return outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id)) : [];
}

describe('Bunny Optimizer’s processing errors', () => {
  it('names every code when the header lists several', () => {
    const paste = 'HTTP/2 200\ncontent-type: image/jpeg\nserver: BunnyCDN-DE1-1050\nx-bo-processing-error: 104, 301\n';
    expect(findingIds(paste)).toEqual(['bunny/output-larger', 'bunny/webp-too-large']);
  });

  it('does not read a 2xx-looking watermark code as an HTTP status', () => {
    const paste = 'HTTP/2 200\ncontent-type: image/jpeg\nx-bo-processing-error: 204\n';
    expect(findingIds(paste)).toEqual(['bunny/watermark-failed']);
  });

  it('reports transform parameters on a Bunny zone without X-BO headers, and stays quiet off Bunny', () => {
    const headers = 'HTTP/2 200\ncontent-type: image/jpeg\ncdn-cache: MISS\n';
    expect(findingIds(`$ curl -sI "https://shop.b-cdn.net/a.jpg?width=300"\n${headers}`)).toEqual(['bunny/not-optimized']);
    expect(findingIds(`$ curl -sI "https://shop.example.com/a.jpg?width=300"\n${headers}`)).toEqual([]);
  });
});
