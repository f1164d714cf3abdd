/** IPX: reading its error in each version's shape, and its URL reader. */
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../../src/diagnose/read/types.ts';
import { ipxCatalog } from '../../../src/providers/ipx/catalog.ts';
import { ipxEngine } from '../../../src/providers/ipx/engine.ts';
import { readIpxError } from '../../../src/providers/ipx/read.ts';
import { resolveQuery } from '../../../src/search/query.ts';
import { buildSearchMap } from '../../../src/search/search-map.ts';

function exchange(status: number, reason: string | null, body: string | null): Exchange {
  return { index: 0, method: null, url: null, requestHeaders: [], httpVersion: 'HTTP/1.1', status, reason, headers: [], body };
}

describe('readIpxError', () => {
  it.each([
    ['IPX 4 JSON', exchange(400, null, '{"status":400,"statusText":"IPX_MISSING_ID","message":"Resource id is missing: /test"}'), 'IPX_MISSING_ID', 'Resource id is missing: /test', 'ipx4'],
    ['IPX 2/3 JSON', exchange(403, null, '{"error":{"message":"[403] [IPX_FORBIDDEN_HOST] Forbidden host: a.example"}}'), 'IPX_FORBIDDEN_HOST', 'Forbidden host: a.example', 'ipx2'],
    ['IPX 0.x text', exchange(404, 'IPX: File not found', 'IPX Error: Error: File not found (/srv/public/a.jpg)'), null, 'File not found (/srv/public/a.jpg)', 'ipx0'],
    ['a reason phrase alone', exchange(403, 'IPX_FORBIDDEN_HOST', null), 'IPX_FORBIDDEN_HOST', '', 'reason'],
  ] as const)('reads %s', (_label, response, code, message, shape) => {
    expect(readIpxError(response, false)).toMatchObject({ code, message, shape });
  });

  it('keeps the upstream reason of a passed-through fetch error out of the code', () => {
    const body = '{"error":{"message":"[403] [Forbidden] [GET] \\"https://a.example/x.png\\": 403 Forbidden"}}';
    expect(readIpxError(exchange(403, 'Forbidden', body), true)).toMatchObject({ code: null, status: 403, shape: 'ipx2' });
  });

  it('takes an h3 error without an IPX code as IPX\'s only on an /_ipx/ URL', () => {
    const body = '{"status":404,"statusText":"Not Found","message":"Failed to fetch https://a.example/x.png: 404 Not Found"}';
    expect(readIpxError(exchange(404, null, body), false)).toBeNull();
    expect(readIpxError(exchange(404, null, body), true)?.shape).toBe('ipx4');
  });

  it('reads the message inside a sentence or inline code only in text, not in a response body', () => {
    const text = (status: number | null, body: string): Exchange => ({ ...exchange(0, null, body), httpVersion: null, status });
    const comment = 'when I try to get images from my server it returns \n\n`IPX: Forbidden host: localhost`\n\nPlease help me';
    expect(readIpxError(text(null, comment), false)).toMatchObject({ code: null, message: 'Forbidden host: localhost', shape: 'quoted' });
    const printed = 'the response i get back\n```\n{\n  "error": {\n    "message": "[403] [IPX_FORBIDDEN_HOST] Forbidden host: a.example"\n  }\n}\n```';
    expect(readIpxError(text(null, printed), false)).toMatchObject({ code: 'IPX_FORBIDDEN_HOST', status: 403, shape: 'ipx2' });
    expect(readIpxError(exchange(403, 'Forbidden', `<p>${comment}</p>`), false)).toBeNull();
  });

  it('ignores other services\' JSON and HTML', () => {
    expect(readIpxError(exchange(400, null, '{"code":400,"msg":"must provide the url param"}'), false)).toBeNull();
    expect(readIpxError(exchange(404, 'Not Found', '<!doctype html><title>404</title>'), false)).toBeNull();
  });
});

describe('the IPX URL reader and search forms', () => {
  it('reads the modifiers and source of an /_ipx/ URL, and nothing else', () => {
    expect(ipxEngine.readUrl?.('https://a.example/_ipx/w_640&f_webp/images/hero.jpg')).toMatchObject({
      src: '/images/hero.jpg',
      operations: { width: 640, format: 'webp' },
    });
    expect(ipxEngine.readUrl?.('https://a.example/images/w_640/hero.jpg')).toBeNull();
  });

  const codeForms = ipxCatalog.searchForms.filter((form) => form.pattern.startsWith('\\bIPX_'));

  it.each(codeForms.map((form) => [form.pattern.replaceAll('\\b', ''), form.entry] as const))(
    'sends %s to its page',
    (code, entry) => {
      expect(resolveQuery(`[403] [${code}] Forbidden host: a.example`, buildSearchMap())?.path).toBe(`/codes/${entry}/`);
    },
  );

  it.each([
    ['IPX Error: Error: File not found (/srv/app/static/img/hero.webp)', '/codes/ipx/file-not-found/'],
    ['IPX: Forbidden host', '/codes/ipx/forbidden-host/'],
    ['IPX Error: Error: Fetch error (Forbidden)', '/codes/ipx/fetch-failed/'],
  ])('sends the IPX 0.x text %s to its page', (query, path) => {
    expect(resolveQuery(query, buildSearchMap())?.path).toBe(path);
  });
});
