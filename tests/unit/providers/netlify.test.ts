/** Netlify Image CDN: what its rules read from a response, and what its URL reader gives back. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { netlifyEngine } from '../../../src/providers/netlify/engine.ts';
import { resolveQuery } from '../../../src/search/query.ts';
import { buildSearchMap } from '../../../src/search/search-map.ts';

function findingsOf(paste: string) {
  const outcome = diagnose(paste);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.diagnosis.responses.flatMap((response) => response.findings);
}

const refused = (source: string) => `$ curl -i "https://shop.example.org/.netlify/images?url=${encodeURIComponent(source)}&w=400"
HTTP/2 400
content-type: application/json
server: Netlify
x-nf-request-id: 01KAWB3FQ6X2N8D0K4V7R1T9MS

{"code":400,"msg":"url (${source}) is not an allowed pattern"}
`;

describe('Netlify Image CDN errors', () => {
  it('suggests a remote_images pattern for the refused host, dots escaped for TOML', () => {
    const [finding] = findingsOf(refused('https://cdn.shop.example.org/a/b.jpg'));
    expect(finding?.id).toBe('netlify/remote-not-allowed');
    expect(finding?.notes).toContain('A netlify.toml entry that allows this source\'s host: [images] remote_images = ["https://cdn\\\\.shop\\\\.example\\\\.org/.*"]');
  });

  it('names Netlify, not Next.js, when Netlify answers a /_next/image URL', () => {
    const paste = refused('https://images.example.net/x.png').replace('/.netlify/images?', '/_next/image?');
    const [finding] = findingsOf(paste);
    expect(finding?.id).toBe('netlify/remote-not-allowed');
    expect(finding?.notes.some((note) => note.includes('rewrites that path to /.netlify/images'))).toBe(true);
  });

  it('leaves a 404 of another server alone when neither the path nor Netlify shows', () => {
    const ids = findingsOf('HTTP/2 404\nserver: nginx\ncontent-type: text/html\n').map((finding) => finding.id);
    expect(ids.some((id) => id.startsWith('netlify/'))).toBe(false);
  });

  it('reads each cache layer of cache-status on a transformed image', () => {
    const [finding] = findingsOf(`$ curl -sI "https://shop.example.org/.netlify/images?url=/a.jpg&w=400&fm=webp"
HTTP/2 200
cache-status: "Netlify Durable"; hit, "Netlify Edge"; fwd=miss; stored
content-type: image/webp
server: Netlify
`);
    expect(finding?.id).toBe('netlify/transformed');
    expect(finding?.notes).toEqual([
      'cache-status: Netlify Durable answered from its cache; no transformation ran for this request.',
      'cache-status: Netlify Edge did not have it (fwd=miss); the image was transformed or fetched from a deeper cache, then stored.',
    ]);
  });
});

describe('the Netlify URL reader and search forms', () => {
  it('reads the source and options of an Image CDN URL, and nothing else', () => {
    expect(netlifyEngine.readUrl?.('https://shop.example.org/.netlify/images?url=/a.jpg&w=400&fm=avif')).toMatchObject({
      src: '/a.jpg',
      operations: { width: 400, format: 'avif' },
    });
    expect(netlifyEngine.readUrl?.('https://shop.example.org/images/a.jpg')).toBeNull();
  });

  it.each([
    ['{"code":400,"msg":"must provide the url param"}', '/codes/netlify/missing-url/'],
    ['Forbidden: Remote image URL not allowed', '/codes/netlify/remote-not-allowed/'],
    ['url (https://a.example/b.png) is not an allowed pattern', '/codes/netlify/remote-not-allowed/'],
    ['netlify 404', '/codes/netlify/404/'],
  ])('sends the query %s to its page', (query, path) => {
    expect(resolveQuery(query, buildSearchMap())?.path).toBe(path);
  });
});
