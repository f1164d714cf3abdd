import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { imgixEngine } from '../../../src/providers/imgix/engine.ts';
import { resolveQuery } from '../../../src/search/query.ts';
import { buildSearchMap } from '../../../src/search/search-map.ts';

function responseOf(paste: string) {
  const outcome = diagnose(paste);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const [response] = outcome.diagnosis.responses;
  if (!response) throw new Error('no response');
  return response;
}

const EDGE = 'x-served-by: cache-iad-kiad7000154-IAD, cache-fra-eddf8230061-FRA\nx-cache: MISS, MISS\n';

describe('imgix', () => {
  it.each([
    [403, 'imgix/403'],
    [410, 'imgix/410'],
    [422, 'imgix/422'],
    [500, 'imgix/server-error'],
    [415, 'imgix/undocumented-status'],
  ])('explains status %i on an imgix.net URL as %s, and says the status is its only signal', (status, id) => {
    const response = responseOf(`$ curl -sI "https://northwind.imgix.net/a.jpg?w=300"\nHTTP/2 ${status}\ncontent-length: 0\n${EDGE}`);
    expect(response.provider).toBe('imgix');
    expect(response.findings.map((finding) => finding.id)).toEqual([id]);
    expect(response.findings[0]?.notes[0]).toMatch(/no error header/);
  });

  it('names both layers: Fastly delivered, imgix produced the status', () => {
    const response = responseOf(`$ curl -sI "https://northwind.imgix.net/a.jpg"\nHTTP/2 404\n${EDGE}`);
    expect(response.servedBy.map((layer) => layer.provider)).toEqual(['fastly', 'imgix']);
    expect(response.findings[0]?.notes.join(' ')).toMatch(/Fastly edge imgix delivers through/);
  });

  it('tells a missing signature from parameters appended after it', () => {
    const unsigned = responseOf(`$ curl -sI "https://northwind.imgix.net/a.jpg?w=96"\nHTTP/2 403\n${EDGE}`);
    expect(unsigned.findings[0]?.notes.join(' ')).toMatch(/no `s=` signature/);
    const appended = responseOf(`$ curl -sI "https://northwind.imgix.net/a.jpg?w=96&s=3f1c9a0e7d2b5c84a6e1f09b2d7c4e11&ixlib=react-9.10.0"\nHTTP/2 403\n${EDGE}`);
    expect(appended.findings[0]?.notes.join(' ')).toMatch(/`ixlib=react-9.10.0`/);
  });

  it('recognises a custom domain by server: imgix', () => {
    const response = responseOf(`$ curl -sI "https://media.example.com/a.jpg"\nHTTP/2 200\nserver: imgix\ncontent-type: image/jpeg\nx-imgix-id: 6c89ed49152677665f2385f57357550a2a41b3d8\n${EDGE}`);
    expect(response.findings.map((finding) => finding.id)).toEqual(['imgix/rendered']);
  });

  it('reads imgix URL parameters through unpic, only on hosts unpic knows as imgix', () => {
    expect(imgixEngine.readUrl?.('https://northwind.imgix.net/a.jpg?w=300&fm=webp')).toEqual({ src: 'https://northwind.imgix.net/a.jpg', operations: { width: 300, format: 'webp' } });
    expect(imgixEngine.readUrl?.('https://www.example.com/a.jpg?w=300')).toBeNull();
  });

  it('sends "imgix 403" to its page', () => {
    expect(resolveQuery('imgix 403', buildSearchMap())?.path).toBe('/codes/imgix/403/');
    expect(resolveQuery('imgix returns 410 bad_source', buildSearchMap())?.path).toBe('/codes/imgix/410/');
  });

  it('sends a status imgix does not document to the page that says so, never to another service’s page', () => {
    const map = buildSearchMap();
    expect(resolveQuery('imgix 423', map)?.path).toBe('/codes/imgix/undocumented-status/');
    expect(resolveQuery('imgix 415 unsupported media type', map)?.path).toBe('/codes/imgix/undocumented-status/');
    expect(resolveQuery('imgix returns 502 bad gateway', map)?.path).toBe('/codes/imgix/server-error/');
    expect(resolveQuery('imgix 503', map)?.path).toBe('/codes/imgix/503/');
  });
});

describe('imgix hosts', () => {
  it('recognises Unsplash, an imgix Source in recorded responses, by its host alone', () => {
    const response = responseOf('$ curl -sI "https://images.unsplash.com/photo-1502685104226?w=400"\nHTTP/2 404\nx-served-by: cache-sjc10065-SJC\nx-cache: MISS\n');
    expect(response.provider).toBe('imgix');
    expect(response.findings.map((finding) => finding.id)).toEqual(['imgix/404']);
  });
});
