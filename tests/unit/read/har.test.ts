import { describe, expect, it } from 'vitest';
import { fields, fixture, read, readError } from './helpers.ts';

function har(entries: unknown): string {
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries } });
}

describe('HAR files', () => {
  it('reads every entry of a Chrome export', () => {
    const result = read(fixture('har-chrome-export.har'));
    expect(result.format).toBe('har');
    expect(result.command).toBeNull();
    expect(result.exchanges.map((exchange) => [exchange.index, exchange.method, exchange.url, exchange.status])).toEqual([
      [0, 'GET', 'https://example.com/gallery/', 200],
      [1, 'GET', 'https://example.com/cdn-cgi/image/width=300/photos/cat.jpg', 200],
      [2, 'GET', 'https://example.com/cdn-cgi/image/width=300/photos/missing.jpg', 404],
      [3, 'GET', 'https://ads.example.net/tag.js', null],
    ]);
  });

  it('keeps headers, drops pseudo-headers, and reads text bodies but not base64 ones', () => {
    const [page, image, missing, blocked] = read(fixture('har-chrome-export.har')).exchanges;
    expect(page?.httpVersion).toBe('http/2.0');
    expect(page?.reason).toBeNull();
    expect(fields(page?.requestHeaders ?? [])).toEqual([
      'accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
    ]);
    expect(page?.body).toBe(
      '<!doctype html>\n<title>Gallery</title>\n<img src="/cdn-cgi/image/width=300/photos/cat.jpg" alt="">\n',
    );
    expect(image?.headers).toContainEqual({
      name: 'cf-resized',
      value: 'internal=ok/m q=0 n=317+85 c=17+38 v=2026.9.0 l=1463 f=true c2=0 wv=2026.8.0',
    });
    expect(image?.body).toBeNull();
    expect(fields(missing?.headers ?? [])).toEqual([
      'content-length: 115',
      'cf-cache-status: MISS',
      'cf-resized: err=9404',
      'server: cloudflare',
    ]);
    expect(missing?.body).toBe('ERROR 9404: Could not fetch the image — the server returned HTTP error 404 Not Found');
    expect(blocked).toMatchObject({ status: null, reason: null, httpVersion: null, headers: [], body: null });
    expect(blocked?.requestHeaders).toEqual([{ name: 'Referer', value: 'https://example.com/' }]);
  });

  it('takes the status from a :status pseudo-header when the entry has none', () => {
    const text = har([
      {
        request: { method: 'GET', url: 'https://example.com/a.jpg', headers: [] },
        response: {
          status: 0,
          statusText: '',
          headers: [
            { name: ':status', value: '404' },
            { name: 'cf-resized', value: 'err=9404' },
          ],
          content: { size: 0, mimeType: 'text/plain' },
        },
      },
    ]);
    const [exchange] = read(text).exchanges;
    expect(exchange?.status).toBe(404);
    expect(exchange?.headers).toEqual([{ name: 'cf-resized', value: 'err=9404' }]);
  });

  it('uses statusText as the reason and stringifies values that are not strings', () => {
    const text = har([
      {
        request: { method: 'GET', url: 'http://example.com/a.jpg', httpVersion: 'HTTP/1.1', headers: [] },
        response: {
          status: 401,
          statusText: 'Unauthorized',
          httpVersion: 'HTTP/1.1',
          headers: [
            { name: 'x-cld-error', value: 'ACL deny' },
            { name: 'content-length', value: 0 },
          ],
          content: { size: 0, mimeType: 'image/gif', text: '' },
        },
      },
    ]);
    const [exchange] = read(text).exchanges;
    expect(exchange).toMatchObject({ status: 401, reason: 'Unauthorized', httpVersion: 'HTTP/1.1', body: '' });
    expect(fields(exchange?.headers ?? [])).toEqual(['x-cld-error: ACL deny', 'content-length: 0']);
  });

  it('reads a HAR file that starts with a byte order mark and pretty-printing', () => {
    const text = `\ufeff${JSON.stringify(
      { log: { entries: [{ request: { method: 'GET', url: 'https://example.com/' }, response: { status: 200 } }] } },
      null,
      2,
    )}`;
    expect(read(text).exchanges[0]).toMatchObject({ url: 'https://example.com/', status: 200 });
  });

  it.each([
    ['log is not an object', '{"log": "nope"}', /"log" is not an object/],
    ['no entries', '{"log": {"version": "1.2"}}', /no log\.entries list/],
    ['entries not a list', '{"log": {"entries": {}}}', /no log\.entries list/],
    ['an entry that is not an object', har([{ request: {}, response: {} }, 42]), /Entry 2 of log\.entries is not an object/],
  ])('rejects an invalid HAR file: %s', (_label, text, message) => {
    const error = readError(text);
    expect(error.code).toBe('invalid-har');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/expected a HAR 1\.2 export/);
  });

  it('says so when the HAR file holds no requests', () => {
    const error = readError(har([]));
    expect(error.code).toBe('no-headers');
    expect(error.message).toMatch(/no requests/);
  });
});
