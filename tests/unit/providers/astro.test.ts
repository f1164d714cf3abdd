/** Astro's image endpoint: which entry each endpoint answer and registry error leads to, and its URL reader. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { astroCatalog } from '../../../src/providers/astro/catalog.ts';
import { astroImageErrors } from '../../../src/providers/astro/data/errors.ts';
import { astroEngine } from '../../../src/providers/astro/engine.ts';
import { resolveQuery } from '../../../src/search/query.ts';
import { buildSearchMap } from '../../../src/search/search-map.ts';

function idsOf(paste: string): string[] {
  const outcome = diagnose(paste);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id));
}

const endpoint = (status: string, body: string, query = 'href=%2F_astro%2Fa.jpg&w=400') =>
  `$ curl -i "https://site.example/_image?${query}"\nHTTP/1.1 ${status}\ncontent-type: text/plain;charset=UTF-8\n\n${body}\n`;

describe('Astro image errors', () => {
  it.each([
    [endpoint('403 Forbidden', 'Forbidden'), 'astro/403'],
    [endpoint('403 Forbidden', 'Cannot convert non-SVG source to SVG format'), 'astro/svg-conversion'],
    [endpoint('500 Internal Server Error', 'Invalid endpoint'), 'astro/invalid-endpoint'],
    [endpoint('500 Internal Server Error', 'Could not process image request: MissingSharp: Could not find Sharp. Please install Sharp'), 'astro/missing-sharp'],
    [endpoint('500 Internal Server Error', 'Server Error: Error: boom'), 'astro/500'],
  ])('reads an /_image answer as its entry (%#)', (paste, id) => {
    expect(idsOf(paste)).toContain(id);
  });

  it('reads the dev server 500 page by the error name in its title, on any page', () => {
    const paste = 'HTTP/1.1 500 Internal Server Error\nContent-Type: text/html\n\n<title>MissingImageDimension</title><script type="module" src="/@vite/client"></script>\n';
    expect(idsOf(paste)).toEqual(['astro/missing-image-dimension']);
  });

  it('leaves a bare Forbidden alone when the URL is not the image endpoint', () => {
    const paste = endpoint('403 Forbidden', 'Forbidden').replace('/_image?', '/images/a.jpg?');
    expect(idsOf(paste).some((id) => id.startsWith('astro/'))).toBe(false);
  });
});

describe('the Astro URL reader, hints and search forms', () => {
  it.each(astroImageErrors.map(({ name }) => name))('loads Astro in the browser for a paste that names %s', (name) => {
    expect(new RegExp(astroCatalog.hints, 'i').test(`[${name}] …`)).toBe(true);
  });

  it('reads the source and options of an /_image URL, and nothing else', () => {
    expect(astroEngine.readUrl?.('https://site.example/_image?href=%2F_astro%2Fa.jpg&w=400&f=avif')).toMatchObject({
      src: '/_astro/a.jpg',
      operations: { width: 400, format: 'avif' },
    });
    expect(astroEngine.readUrl?.('https://site.example/preview?href=/a.jpg')).toBeNull();
  });

  it.each([
    ['[RemoteImageNotAllowed] Remote image https://a.example/b.png is not allowed by your image configuration.', '/codes/astro/remote-image-not-allowed/'],
    ['Remote image https://a.example/b.png is not allowed by your image configuration.', '/codes/astro/remote-image-not-allowed/'],
    ['MissingSharp', '/codes/astro/missing-sharp/'],
    ['Cannot convert non-SVG source to SVG format', '/codes/astro/svg-conversion/'],
    ['astro 403', '/codes/astro/403/'],
  ])('sends %s to its page', (query, path) => {
    expect(resolveQuery(query, buildSearchMap())?.path).toBe(path);
  });
});
