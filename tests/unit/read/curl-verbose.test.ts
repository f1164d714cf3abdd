import { describe, expect, it } from 'vitest';
import { fields, fixture, read } from './helpers.ts';

describe('curl -v output', () => {
  it('reads a -L chain over HTTP/2: one exchange per hop, noise and info lines left out', () => {
    const result = read(fixture('curl-verbose-redirects.txt'));
    expect(result.format).toBe('curl-verbose');
    expect(result.command).toBe(
      'curl -svL -o /dev/null "https://example.com/cdn-cgi/image/width=300,onerror=redirect/images/missing.jpg"',
    );
    expect(result.exchanges).toHaveLength(2);
    const [first, second] = result.exchanges;
    expect(first).toEqual({
      index: 0,
      method: 'GET',
      url: 'https://example.com/cdn-cgi/image/width=300,onerror=redirect/images/missing.jpg',
      requestHeaders: [
        { name: 'Host', value: 'example.com' },
        { name: 'User-Agent', value: 'curl/8.5.0' },
        { name: 'Accept', value: '*/*' },
      ],
      httpVersion: 'HTTP/2',
      status: 307,
      reason: null,
      headers: [
        { name: 'date', value: 'Tue, 02 Sep 2025 10:14:07 GMT' },
        { name: 'location', value: 'https://example.com/images/missing.jpg' },
        { name: 'server', value: 'cloudflare' },
        { name: 'cf-ray', value: '8b7c1e2f3a4d5e6f-AMS' },
      ],
      body: null,
    });
    expect(second?.index).toBe(1);
    expect(second?.method).toBe('GET');
    expect(second?.url).toBe('https://example.com/images/missing.jpg');
    expect(second?.status).toBe(404);
    expect(fields(second?.headers ?? [])).toEqual([
      'date: Tue, 02 Sep 2025 10:14:07 GMT',
      'content-type: text/html',
      'content-length: 146',
      'cf-cache-status: MISS',
      'server: cloudflare',
      'cf-ray: 8b7c1e2f4b5c6d7e-AMS',
    ]);
    expect(second?.body).toBeNull();
  });

  it('reads an HTTP/1.1 exchange whose body curl printed after its info line', () => {
    const result = read(fixture('curl-verbose-http1.txt'));
    expect(result.format).toBe('curl-verbose');
    expect(result.command).toBe(
      'curl -v --http1.1 https://example.com/cdn-cgi/image/width=300/https://images.example.net/photo.jpg',
    );
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.url).toBe('https://example.com/cdn-cgi/image/width=300/https://images.example.net/photo.jpg');
    expect(exchange?.httpVersion).toBe('HTTP/1.1');
    expect(exchange?.status).toBe(403);
    expect(exchange?.reason).toBe('Forbidden');
    expect(exchange?.headers).toContainEqual({ name: 'cf-resized', value: 'err=9401' });
    expect(exchange?.headers).toHaveLength(6);
    expect(exchange?.body).toBe('ERROR 9401: Transformation origin is not in allowed origins list');
  });

  it('builds the URL from Host and the connection when no command was pasted', () => {
    const result = read(fixture('curl-verbose-local-http.txt'));
    expect(result.command).toBeNull();
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange?.url).toBe('http://localhost:8787/cdn-cgi/image/width=100/photos/cat.jpg');
    expect(exchange?.status).toBe(200);
    expect(exchange?.reason).toBe('OK');
    expect(fields(exchange?.headers ?? [])).toEqual([
      'Content-Type: image/jpeg',
      'Content-Length: 2213',
      'cf-resized: internal=ok/m',
    ]);
    expect(exchange?.body).toBeNull();
  });

  it('takes the URL from "Connected to" only when nothing better shows it', () => {
    const text = [
      '* Connected to example.com (93.184.215.14) port 443',
      '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384',
      '> GET /cdn-cgi/image/width=300/a.jpg HTTP/2',
      '> ',
      '< HTTP/2 404 ',
      '< cf-resized: err=9404',
      '< ',
    ].join('\n');
    expect(read(text).exchanges[0]?.url).toBe('https://example.com/cdn-cgi/image/width=300/a.jpg');
  });

  it('skips an interim response inside the verbose output', () => {
    const text = [
      '> PUT /upload HTTP/1.1',
      '> Host: uploads.example.com',
      '> Expect: 100-continue',
      '> ',
      '< HTTP/1.1 100 Continue',
      '< ',
      '< HTTP/1.1 201 Created',
      '< Location: /photos/cat.jpg',
      '< Content-Length: 0',
      '< ',
    ].join('\n');
    const result = read(text);
    expect(result.exchanges).toHaveLength(1);
    expect(result.exchanges[0]).toMatchObject({
      method: 'PUT',
      url: 'https://uploads.example.com/upload',
      status: 201,
      reason: 'Created',
    });
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual(['Location: /photos/cat.jpg', 'Content-Length: 0']);
  });

  it('reads response lines without a request part', () => {
    const result = read('< HTTP/2 403 \n< cf-resized: err=9401\n< server: cloudflare\n');
    expect(result.format).toBe('curl-verbose');
    expect(result.exchanges[0]).toMatchObject({ method: null, url: null, status: 403 });
    expect(result.exchanges[0]?.headers).toHaveLength(2);
  });

  it('leaves out a proxy CONNECT exchange', () => {
    const text = [
      '* Connected to proxy.internal (10.0.0.8) port 3128',
      '> CONNECT example.com:443 HTTP/1.1',
      '> Host: example.com:443',
      '> ',
      '< HTTP/1.1 200 Connection established',
      '< ',
      '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384',
      '> GET /a.jpg HTTP/2',
      '> Host: example.com',
      '> ',
      '< HTTP/2 200 ',
      '< content-type: image/jpeg',
      '< ',
    ].join('\n');
    const result = read(text);
    expect(result.exchanges).toHaveLength(1);
    expect(result.exchanges[0]).toMatchObject({ index: 0, method: 'GET', url: 'https://example.com/a.jpg', status: 200 });
  });

  it('keeps the body lines of a response, indentation included', () => {
    const text = [
      '$ curl -v https://images.example.com/photos/missing.jpg',
      '> GET /photos/missing.jpg HTTP/1.1',
      '> Host: images.example.com',
      '> ',
      '< HTTP/1.1 404 Not Found',
      '< Server: nginx',
      '< Content-Type: text/html',
      '< ',
      '{ [146 bytes data]',
      '<html>',
      '<head><title>404 Not Found</title></head>',
      '<body>',
      '  <h1>404 Not Found</h1>',
      '</body>',
      '</html>',
      '* Connection #0 to host images.example.com left intact',
    ].join('\n');
    const result = read(text);
    expect(result.exchanges[0]?.url).toBe('https://images.example.com/photos/missing.jpg');
    expect(result.exchanges[0]?.body).toBe(
      '<html>\n<head><title>404 Not Found</title></head>\n<body>\n  <h1>404 Not Found</h1>\n</body>\n</html>',
    );
  });
});
