import { describe, expect, it } from 'vitest';
import { fields, fixture, read } from './helpers.ts';

describe('status line plus headers (curl -i, -I, -D -)', () => {
  it('reads curl -si output with its body after the blank line', () => {
    const result = read(fixture('curl-include-body.txt'));
    expect(result.format).toBe('http-message');
    expect(result.command).toBe(
      'curl -si "https://example.com/cdn-cgi/image/width=300/https://images.example.net/photo.jpg"',
    );
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange).toEqual({
      index: 0,
      method: null,
      url: 'https://example.com/cdn-cgi/image/width=300/https://images.example.net/photo.jpg',
      requestHeaders: [],
      httpVersion: 'HTTP/2',
      status: 403,
      reason: null,
      headers: [
        { name: 'date', value: 'Tue, 02 Sep 2025 11:02:31 GMT' },
        { name: 'content-length', value: '64' },
        { name: 'cf-resized', value: 'err=9401' },
        { name: 'server', value: 'cloudflare' },
        { name: 'cf-ray', value: '8b7c5a1b2c3d4e5f-LHR' },
      ],
      body: 'ERROR 9401: Transformation origin is not in allowed origins list',
    });
  });

  it('takes a header written after the status on the same line for no reason phrase', () => {
    // A code comment's one-line summary of a response, as people write them above a fallback.
    const result = read(' *     GET /cdn-cgi/image/width=360,.../weeb/<id>\n *     HTTP/2 429   cf-resized: err=9422\n *     ERROR 9422: Free unique transformations by account has been exhausted\n');
    const [exchange] = result.exchanges;
    expect(exchange?.status).toBe(429);
    expect(exchange?.reason).toBeNull();
    expect(fields(exchange?.headers ?? [])).toContain('cf-resized: err=9422');
    expect(read('HTTP/1.1 404 Not Found\n').exchanges[0]?.reason).toBe('Not Found');
  });

  it('skips the 100 Continue interim response and keeps the final one', () => {
    const result = read(fixture('curl-100-continue.txt'));
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.status).toBe(201);
    expect(exchange?.reason).toBe('Created');
    expect(exchange?.httpVersion).toBe('HTTP/1.1');
    expect(exchange?.url).toBe('https://uploads.example.com/photos/cat.jpg');
    expect(fields(exchange?.headers ?? [])).toEqual([
      'Date: Tue, 02 Sep 2025 12:30:00 GMT',
      'Content-Type: application/json',
      'Content-Length: 47',
      'Location: /photos/cat.jpg',
      'Server: nginx',
    ]);
    expect(exchange?.body).toBe('{"id":"cat.jpg","size":48211,"status":"stored"}');
  });

  it('reads a curl -sIL redirect chain, each URL from the previous Location', () => {
    const result = read(fixture('curl-head-redirects.txt'));
    expect(result.format).toBe('http-message');
    expect(result.command).toBe('curl -sIL http://example.com/cdn-cgi/image/width=300/photos/cat.jpg');
    expect(result.exchanges.map((exchange) => [exchange.index, exchange.status, exchange.url])).toEqual([
      [0, 301, 'http://example.com/cdn-cgi/image/width=300/photos/cat.jpg'],
      [1, 302, 'https://example.com/cdn-cgi/image/width=300/photos/cat.jpg'],
      [2, 200, 'https://example.com/cdn-cgi/image/width=300/photos/cat-2025.jpg'],
    ]);
    expect(result.exchanges.map((exchange) => exchange.httpVersion)).toEqual(['HTTP/1.1', 'HTTP/2', 'HTTP/2']);
    expect(result.exchanges[0]?.reason).toBe('Moved Permanently');
    expect(result.exchanges[2]?.headers).toContainEqual({
      name: 'cf-resized',
      value: 'internal=ok/- q=0 n=175+245 c=96+146 v=2025.11.6 l=91584',
    });
    expect(result.exchanges.every((exchange) => exchange.body === null)).toBe(true);
  });

  it('reads CRLF line endings', () => {
    const text = fixture('crlf-http1.txt');
    expect(text).toContain('\r\n');
    const result = read(text);
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.status).toBe(404);
    expect(exchange?.reason).toBe('Not Found');
    expect(exchange?.headers).toHaveLength(9);
    expect(exchange?.headers[6]).toEqual({ name: 'X-Cld-Error', value: 'Resource not found - docs/nope-xyz' });
    expect(exchange?.headers.every((field) => !field.value.includes('\r'))).toBe(true);
    expect(exchange?.body).toBeNull();
  });

  it('reads lone CR line endings', () => {
    const result = read('HTTP/1.1 404 Not Found\rServer: Cloudinary\rX-Cld-Error: Resource not found\r');
    expect(result.exchanges[0]?.status).toBe(404);
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual([
      'Server: Cloudinary',
      'X-Cld-Error: Resource not found',
    ]);
  });

  it('joins folded header lines with a single space', () => {
    const result = read(fixture('folded-lines.txt'));
    const [exchange] = result.exchanges;
    expect(fields(exchange?.headers ?? [])).toEqual([
      'Date: Tue, 02 Sep 2025 13:00:00 GMT',
      'Content-Type: image/webp',
      'Content-Length: 6562',
      'Cache-Control: public, max-age=31536000, immutable',
      "Content-Security-Policy: default-src 'none'; img-src data:; style-src 'unsafe-inline';",
      'X-Content-Type-Options: nosniff',
      'Server: cloudflare',
    ]);
  });

  it.each([
    ['HTTP/2 404', 'HTTP/2', 404, null],
    ['HTTP/2.0 404', 'HTTP/2.0', 404, null],
    ['HTTP/3 200', 'HTTP/3', 200, null],
    ['HTTP/1.0 200 OK', 'HTTP/1.0', 200, 'OK'],
    ['HTTP/1.1 404 Not Found   ', 'HTTP/1.1', 404, 'Not Found'],
    ['HTTP/2 403 \t', 'HTTP/2', 403, null],
  ])('reads the status line %j', (line, version, status, reason) => {
    const result = read(`${line}\ncontent-type: text/plain\n`);
    expect(result.format).toBe('http-message');
    expect(result.exchanges[0]).toMatchObject({ httpVersion: version, status, reason });
  });

  it("reads CLD-3: aligned columns, indentation and the author's » marks", () => {
    const text = [
      '```bash',
      '$ curl -I https://res.cloudinary.com/[client]/image/upload/[path]/[params]',
      '',
      '  HTTP/2 200',
      '  content-type:                  image/jpeg',
      '» etag:                          "e84b0695cd46714fdf658419b4faeb0d"',
      '» last-modified:                 Sat, 02 Jul 2022 02:34:08 GMT',
      '  date:                          Tue, 01 Aug 2023 12:19:06 GMT',
      '  vary:                          Accept,User-Agent',
      '» cache-control:                 private, no-transform, immutable, max-age=2592000',
      '  server:                        Cloudinary',
      '  timing-allow-origin:           *',
      '  content-length:                11666',
      '```',
    ].join('\n');
    const result = read(text);
    expect(result.command).toBe('curl -I https://res.cloudinary.com/[client]/image/upload/[path]/[params]');
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.url).toBe('https://res.cloudinary.com/[client]/image/upload/[path]/[params]');
    expect(exchange?.status).toBe(200);
    expect(fields(exchange?.headers ?? [])).toEqual([
      'content-type: image/jpeg',
      'etag: "e84b0695cd46714fdf658419b4faeb0d"',
      'last-modified: Sat, 02 Jul 2022 02:34:08 GMT',
      'date: Tue, 01 Aug 2023 12:19:06 GMT',
      'vary: Accept,User-Agent',
      'cache-control: private, no-transform, immutable, max-age=2592000',
      'server: Cloudinary',
      'timing-allow-origin: *',
      'content-length: 11666',
    ]);
    expect(exchange?.body).toBeNull();
  });

  it('reads CF-2: drops the trailing annotation after the arrow', () => {
    const result = read(fixture('markdown-issue-paste.md'));
    expect(result.command).toBe(
      'curl -sI "https://animalsvidadigna.org/cdn-cgi/image/width=320,format=auto/images/logo.webp"',
    );
    expect(result.exchanges).toEqual([
      {
        index: 0,
        method: null,
        url: 'https://animalsvidadigna.org/cdn-cgi/image/width=320,format=auto/images/logo.webp',
        requestHeaders: [],
        httpVersion: 'HTTP/2',
        status: 403,
        reason: null,
        headers: [{ name: 'cf-resized', value: 'err=9401' }],
        body: null,
      },
    ]);
  });

  it.each([
    ['<- note', 'cf-resized: err=9401  <- origin not allowed'],
    ['# comment', 'cf-resized: err=9401    # origin not allowed'],
    ['tab before the arrow', 'cf-resized: err=9401\t\t← origin not allowed'],
  ])('drops an annotation written as %s', (_label, line) => {
    const result = read(`HTTP/2 403\n${line}\n`);
    expect(result.exchanges[0]?.headers).toEqual([{ name: 'cf-resized', value: 'err=9401' }]);
  });

  it('keeps a # or arrow that is part of the value', () => {
    const result = read('HTTP/2 200\nx-note: a #b\nlink: <https://example.com/a.css>; rel=preload\nx-aligned:    # kept\n');
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual([
      'x-note: a #b',
      'link: <https://example.com/a.css>; rel=preload',
      'x-aligned: # kept',
    ]);
  });

  it('reads CF-1: a command continued over two lines, with a quoted URL', () => {
    const text = [
      "$ curl -sI -H 'Accept: image/avif,image/webp' \\",
      '  "https://images.animalsvidadigna.org/cdn-cgi/image/width=320,fit=cover,quality=80,format=auto,onerror=redirect/cats/spike/test.webp"',
      'HTTP/2 200',
      'content-type: image/avif',
      'content-length: 1463',
      'cf-cache-status: MISS',
      'cache-control: public, max-age=31536000, immutable',
      'vary: accept',
      'cf-resized: internal=ok/m q=0 n=317+85 c=17+38 v=2026.9.0 l=1463 f=true c2=0 wv=2026.8.0',
      'warning: cf-images 299 "cover fit mode needs both width and height"',
      "content-security-policy: default-src 'none'; navigate-to 'none'; form-action 'none'; img-src data:; style-src 'unsafe-inline';",
      'x-content-type-options: nosniff',
    ].join('\n');
    const result = read(text);
    expect(result.command).toBe(
      "curl -sI -H 'Accept: image/avif,image/webp' \"https://images.animalsvidadigna.org/cdn-cgi/image/width=320,fit=cover,quality=80,format=auto,onerror=redirect/cats/spike/test.webp\"",
    );
    const [exchange] = result.exchanges;
    expect(exchange?.url).toBe(
      'https://images.animalsvidadigna.org/cdn-cgi/image/width=320,fit=cover,quality=80,format=auto,onerror=redirect/cats/spike/test.webp',
    );
    expect(exchange?.headers).toHaveLength(9);
    expect(exchange?.headers[6]).toEqual({
      name: 'warning',
      value: 'cf-images 299 "cover fit mode needs both width and height"',
    });
  });

  it('gives each pasted command its own URL (CF-2 and CF-3 one after the other)', () => {
    const text = [
      '$ curl -sI "https://animalsvidadigna.org/cdn-cgi/image/width=320,format=auto/images/logo.webp"',
      'HTTP/2 403',
      'cf-resized: err=9401          ← origin not allowed',
      '',
      '$ curl -sI https://images.animalsvidadigna.org/cats/spike/test.webp',
      'HTTP/2 200',
      'content-type: image/webp',
      'content-length: 6562',
      'server: cloudflare',
      'cf-cache-status: HIT',
    ].join('\n');
    const result = read(text);
    expect(result.command).toBe(
      'curl -sI "https://animalsvidadigna.org/cdn-cgi/image/width=320,format=auto/images/logo.webp"',
    );
    expect(result.exchanges.map((exchange) => [exchange.status, exchange.url, exchange.headers.length])).toEqual([
      [403, 'https://animalsvidadigna.org/cdn-cgi/image/width=320,format=auto/images/logo.webp', 1],
      [200, 'https://images.animalsvidadigna.org/cats/spike/test.webp', 4],
    ]);
  });

  it.each([
    ['user@host:~$ curl -I https://example.com/a.jpg'],
    ['[user@host site]$ curl -I https://example.com/a.jpg'],
    ['% curl -I https://example.com/a.jpg'],
    ['PS> curl.exe -I https://example.com/a.jpg'],
    ['PS C:\\Users\\me> curl.exe -I https://example.com/a.jpg'],
    ['curl -I https://example.com/a.jpg'],
    ['$ curl -I "https://example.com/a.jpg"'],
    ["$ curl -I 'https://example.com/a.jpg'"],
    ['$ curl -o /dev/null -D - -e https://referrer.example/ https://example.com/a.jpg'],
    ['$ curl -sI --url https://example.com/a.jpg'],
    ['$ curl -sI example.com/a.jpg'],
  ])('takes the URL from the command line %s', (command) => {
    const result = read(`${command}\nHTTP/2 404\ncf-resized: err=9404\n`);
    expect(result.exchanges[0]?.url).toMatch(/^https?:\/\/example\.com\/a\.jpg$/);
    expect(result.command?.startsWith('curl')).toBe(true);
  });

  it('reads a request block and the response that follows it, as a server log prints them', () => {
    const result = read(fixture('server-log-request-response.txt'));
    expect(result.format).toBe('http-message');
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.method).toBe('GET');
    expect(exchange?.url).toBe('https://images.example.com/photos/cat.jpg');
    expect(fields(exchange?.requestHeaders ?? [])).toEqual([
      'Host: images.example.com',
      'Accept: image/avif,image/webp,*/*',
      'Accept-Encoding: gzip',
      'Via: 1.1 image-resizing-proxy',
      'CDN-Loop: cloudflare',
    ]);
    expect(exchange?.status).toBe(200);
    expect(exchange?.headers).toHaveLength(4);
    expect(exchange?.headers[3]).toEqual({ name: 'ETag', value: '"5f2c-9a1b"' });
  });

  it('reads a request block alone: method, request headers, URL from Host, no status', () => {
    const result = read('GET /photos/cat.jpg?v=2 HTTP/1.1\nHost: images.example.com\nVia: 1.1 image-resizing-proxy\n');
    expect(result.exchanges).toEqual([
      {
        index: 0,
        method: 'GET',
        url: 'https://images.example.com/photos/cat.jpg?v=2',
        requestHeaders: [
          { name: 'Host', value: 'images.example.com' },
          { name: 'Via', value: '1.1 image-resizing-proxy' },
        ],
        httpVersion: 'HTTP/1.1',
        status: null,
        reason: null,
        headers: [],
        body: null,
      },
    ]);
  });

  it('keeps repeated headers as separate fields', () => {
    const result = read('HTTP/1.1 200 OK\nSet-Cookie: a=1; Path=/\nSet-Cookie: b=2; Path=/\nVary: Accept\nVary: Origin\n');
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual([
      'Set-Cookie: a=1; Path=/',
      'Set-Cookie: b=2; Path=/',
      'Vary: Accept',
      'Vary: Origin',
    ]);
  });

  it('skips prose, fences and curl noise around the output', () => {
    const text = [
      'Here is what curl prints:',
      '',
      '```',
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
      '                                 Dload  Upload   Total   Spent    Left  Speed',
      '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0',
      'HTTP/2 404',
      'cf-resized: err=9404',
      '```',
      '',
      'The origin has the file, I checked twice.',
    ].join('\n');
    const result = read(text);
    expect(result.exchanges).toHaveLength(1);
    expect(result.exchanges[0]).toMatchObject({ status: 404, body: null });
    expect(result.exchanges[0]?.headers).toEqual([{ name: 'cf-resized', value: 'err=9404' }]);
  });

  it('ends a body at the next status line, without trailing blank lines', () => {
    const text = 'HTTP/1.1 404 Not Found\nContent-Type: text/plain\n\nnot here\n\n\nHTTP/1.1 200 OK\nContent-Type: image/png\n';
    const result = read(text);
    expect(result.exchanges.map((exchange) => [exchange.status, exchange.body])).toEqual([
      [404, 'not here'],
      [200, null],
    ]);
  });

  it('treats a proxy CONNECT answer as interim', () => {
    const text = 'HTTP/1.1 200 Connection established\n\nHTTP/2 404\ncf-resized: err=9404\n';
    const result = read(text);
    expect(result.exchanges).toHaveLength(1);
    expect(result.exchanges[0]?.status).toBe(404);
  });

  it('takes a URL pasted on its own line above the output', () => {
    const result = read('https://example.com/cdn-cgi/image/width=300/a.jpg\nHTTP/2 404\ncf-resized: err=9404\n');
    expect(result.exchanges[0]?.url).toBe('https://example.com/cdn-cgi/image/width=300/a.jpg');
    expect(result.exchanges[0]?.headers).toEqual([{ name: 'cf-resized', value: 'err=9404' }]);
  });

  it('reads a URL line inside a header block as the image URL, not as a header', () => {
    const result = read('HTTP/2 404\ncf-resized: err=9404\nhttps://example.com/a.jpg\nserver: cloudflare\n');
    expect(result.exchanges).toHaveLength(1);
    expect(result.exchanges[0]?.url).toBe('https://example.com/a.jpg');
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual(['cf-resized: err=9404', 'server: cloudflare']);
  });

  it('keeps a Status header that disagrees with the status line, and drops one that repeats it', () => {
    expect(fields(read('HTTP/1.1 200 OK\nStatus: 200 OK\nvary: Accept\n').exchanges[0]?.headers ?? [])).toEqual([
      'vary: Accept',
    ]);
    expect(fields(read('HTTP/1.1 200 OK\nStatus: 404\n').exchanges[0]?.headers ?? [])).toEqual(['Status: 404']);
  });
});
