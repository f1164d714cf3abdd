import { describe, expect, it } from 'vitest';
import { fields, fixture, read } from './helpers.ts';

describe('browser devtools copies', () => {
  it('reads the current Chrome copy with names and values on separate lines', () => {
    const result = read(fixture('chrome-devtools-two-line.txt'));
    expect(result.format).toBe('devtools-two-line');
    expect(result.command).toBeNull();
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.method).toBe('GET');
    expect(exchange?.url).toBe('https://example.com/cdn-cgi/image/width=640,quality=75/uploads/hero.jpg');
    expect(exchange?.status).toBe(404);
    expect(exchange?.reason).toBe('Not Found');
    expect(exchange?.httpVersion).toBeNull();
    expect(fields(exchange?.headers ?? [])).toEqual([
      'cf-cache-status: MISS',
      'cf-ray: 8b7c2d3e4f5a6b7c-FRA',
      'cf-resized: err=9404',
      'content-length: 115',
      'date: Tue, 02 Sep 2025 10:20:11 GMT',
      'server: cloudflare',
      'vary: Accept',
    ]);
    expect(exchange?.requestHeaders).toHaveLength(8);
    expect(exchange?.requestHeaders[0]).toEqual({
      name: 'accept',
      value: 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8',
    });
    expect(exchange?.requestHeaders.some((field) => field.name.startsWith(':'))).toBe(false);
    expect(exchange?.body).toBeNull();
  });

  it('reads a two-line copy without section titles (cf-resized, then err=9404)', () => {
    const result = read('cf-resized\nerr=9404\n');
    expect(result.format).toBe('devtools-two-line');
    expect(result.exchanges[0]?.headers).toEqual([{ name: 'cf-resized', value: 'err=9404' }]);
  });

  it('reads names that end with a colon above their values', () => {
    const result = read('cache-control:\nno-cache, no-store, max-age=0\nx-cld-error:\nResource not found\nlocation:\nhttps://example.com/a.jpg\n');
    expect(result.format).toBe('devtools-two-line');
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual([
      'cache-control: no-cache, no-store, max-age=0',
      'x-cld-error: Resource not found',
      'location: https://example.com/a.jpg',
    ]);
  });

  it('reads the older Chrome copy: Name:value, summary lines, view source toggles', () => {
    const result = read(fixture('chrome-devtools-legacy.txt'));
    expect(result.format).toBe('devtools-legacy');
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.url).toBe('https://res.cloudinary.com/demo/image/upload/w_abc/sample.jpg');
    expect(exchange?.method).toBe('GET');
    expect(exchange?.status).toBe(400);
    expect(exchange?.reason).toBe('Bad Request');
    expect(fields(exchange?.headers ?? [])).toEqual([
      'access-control-allow-origin: *',
      'access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary',
      'cache-control: private, no-transform, max-age=0, no-cache',
      'content-length: 0',
      'content-type: image/gif',
      'date: Tue, 12 Mar 2019 09:41:18 GMT',
      'server: Cloudinary',
      'timing-allow-origin: *',
      'x-cld-error: Invalid width in transformation: abc',
    ]);
    expect(fields(exchange?.requestHeaders ?? [])).toEqual([
      'Accept: image/webp,image/apng,image/*,*/*;q=0.8',
      'Referer: https://www.example.com/',
      'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/72.0.3626.121 Safari/537.36',
    ]);
  });

  it('reads CLD-1: a Status:401 line gives the status and is not kept as a header', () => {
    const text = [
      'Server:cloudinary',
      'Status:401 Unauthorized',
      'Vary:DPR,Width',
      'X-Cld-Error:Transformation c_scale,dpr_2.0,f_webp,fl_awebp,q_auto,t_sc_thumb,w_400/ is not allowed',
      'X-Request-Id:fd14846a063af96a',
      'X-UA-Compatible:IE=Edge,chrome=1',
    ].join('\n');
    const result = read(text);
    expect(result.format).toBe('devtools-legacy');
    expect(result.exchanges).toEqual([
      {
        index: 0,
        method: null,
        url: null,
        requestHeaders: [],
        httpVersion: null,
        status: 401,
        reason: 'Unauthorized',
        headers: [
          { name: 'Server', value: 'cloudinary' },
          { name: 'Vary', value: 'DPR,Width' },
          {
            name: 'X-Cld-Error',
            value: 'Transformation c_scale,dpr_2.0,f_webp,fl_awebp,q_auto,t_sc_thumb,w_400/ is not allowed',
          },
          { name: 'X-Request-Id', value: 'fd14846a063af96a' },
          { name: 'X-UA-Compatible', value: 'IE=Edge,chrome=1' },
        ],
        body: null,
      },
    ]);
  });

  it('reads Firefox raw headers: the response, then the request that produced it', () => {
    const result = read(fixture('firefox-devtools-raw.txt'));
    expect(result.format).toBe('http-message');
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.method).toBe('GET');
    expect(exchange?.url).toBe('https://res.cloudinary.com/demo/image/upload/docs/nope-xyz.jpg');
    expect(exchange?.httpVersion).toBe('HTTP/2');
    expect(exchange?.status).toBe(404);
    expect(exchange?.headers).toHaveLength(10);
    expect(exchange?.headers[4]).toEqual({ name: 'x-cld-error', value: 'Resource not found - docs/nope-xyz' });
    expect(exchange?.requestHeaders).toHaveLength(9);
    expect(exchange?.requestHeaders[0]).toEqual({ name: 'Host', value: 'res.cloudinary.com' });
    expect(exchange?.body).toBeNull();
  });

  it('reads the Firefox copy with section titles into response and request headers', () => {
    const result = read(fixture('firefox-devtools-copy.txt'));
    expect(result.format).toBe('header-block');
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.status).toBeNull();
    expect(exchange?.url).toBeNull();
    expect(exchange?.headers).toHaveLength(8);
    expect(exchange?.headers).toContainEqual({ name: 'x-cld-error', value: 'ACL deny' });
    expect(exchange?.requestHeaders).toHaveLength(6);
    expect(exchange?.requestHeaders[3]).toEqual({ name: 'Host', value: 'res.cloudinary.com' });
  });

  it('reads the Safari copy: summary fields, then request and response headers', () => {
    const result = read(fixture('safari-devtools.txt'));
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.url).toBe('https://example.com/cdn-cgi/image/width=300/photos/missing.jpg');
    expect(exchange?.status).toBe(404);
    expect(exchange?.reason).toBe('Not Found');
    expect(fields(exchange?.headers ?? [])).toEqual([
      'cf-cache-status: MISS',
      'cf-ray: 8b7c3f4a5b6c7d8e-CDG',
      'cf-resized: err=9404',
      'Content-Length: 115',
      'Date: Tue, 02 Sep 2025 12:11:37 GMT',
      'Server: cloudflare',
    ]);
    expect(exchange?.requestHeaders.map((field) => field.name)).toEqual([
      'Accept',
      'Accept-Encoding',
      'Accept-Language',
      'Referer',
      'User-Agent',
    ]);
  });

  it('reads Chrome summary lines written as Name: value, with the cache note after the status', () => {
    const text = [
      'Request URL: https://example.com/cdn-cgi/image/width=300/a.jpg',
      'Request Method: GET',
      'Status Code: 200 OK (from disk cache)',
      'Remote Address: 104.21.48.7:443',
      'Referrer Policy: strict-origin-when-cross-origin',
      'cf-resized: internal=ok/m',
      'content-type: image/webp',
    ].join('\n');
    const result = read(text);
    expect(result.format).toBe('devtools-legacy');
    expect(result.exchanges[0]).toMatchObject({
      url: 'https://example.com/cdn-cgi/image/width=300/a.jpg',
      method: 'GET',
      status: 200,
      reason: 'OK',
    });
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual(['cf-resized: internal=ok/m', 'content-type: image/webp']);
  });

  it('reads two requests copied one after the other as two exchanges', () => {
    const text = [
      'Request URL:https://example.com/cdn-cgi/image/width=300/a.jpg',
      'Status Code:404 Not Found',
      'Response Headers',
      'cf-resized:err=9404',
      'Request URL:https://example.com/cdn-cgi/image/width=300/b.jpg',
      'Status Code:200 OK',
      'Response Headers',
      'cf-resized:internal=ok/m',
    ].join('\n');
    const result = read(text);
    expect(result.exchanges.map((exchange) => [exchange.url, exchange.status, fields(exchange.headers)])).toEqual([
      ['https://example.com/cdn-cgi/image/width=300/a.jpg', 404, ['cf-resized: err=9404']],
      ['https://example.com/cdn-cgi/image/width=300/b.jpg', 200, ['cf-resized: internal=ok/m']],
    ]);
  });
});
