import { describe, expect, it } from 'vitest';
import { fields, fixture, read, readError } from './helpers.ts';

describe('headers as JSON', () => {
  it("reads curl -w '%{header_json}': one field per array element", () => {
    const result = read(fixture('header-json.json'));
    expect(result.format).toBe('json-headers');
    expect(result.command).toBeNull();
    expect(result.exchanges).toHaveLength(1);
    const [exchange] = result.exchanges;
    expect(exchange).toMatchObject({ index: 0, method: null, url: null, status: null, reason: null, body: null });
    expect(fields(exchange?.headers ?? [])).toEqual([
      'date: Tue, 02 Sep 2025 13:10:00 GMT',
      'content-type: image/jpeg',
      'content-length: 91584',
      'cf-cache-status: HIT',
      'cache-control: public, max-age=31536000',
      'cf-resized: internal=ok/- q=0 n=175+245 c=96+146 v=2025.11.6 l=91584',
      'set-cookie: session=f3a9; Path=/; Secure; HttpOnly',
      'set-cookie: theme=dark; Path=/',
      'vary: Accept',
      'server: cloudflare',
    ]);
  });

  it('keeps the command that printed the JSON and takes its URL', () => {
    const text = `$ curl -s -o /dev/null -w '%{header_json}' https://example.com/cdn-cgi/image/width=300/a.jpg\n${fixture('header-json.json')}`;
    const result = read(text);
    expect(result.format).toBe('json-headers');
    expect(result.command).toBe("curl -s -o /dev/null -w '%{header_json}' https://example.com/cdn-cgi/image/width=300/a.jpg");
    expect(result.exchanges[0]?.url).toBe('https://example.com/cdn-cgi/image/width=300/a.jpg');
    expect(result.exchanges[0]?.headers).toHaveLength(10);
  });

  it('reads Object.fromEntries(response.headers) as JSON, stringifying values that are not strings', () => {
    const text = JSON.stringify({ 'content-type': 'text/plain', 'cf-resized': 'err=9401', 'content-length': 64, 'x-flag': true });
    expect(fields(read(text).exchanges[0]?.headers ?? [])).toEqual([
      'content-type: text/plain',
      'cf-resized: err=9401',
      'content-length: 64',
      'x-flag: true',
    ]);
  });

  it('reads the object a browser console prints', () => {
    const result = read("{cache-control: 'public, max-age=31536000', cf-resized: 'err=9404', content-type: 'text/plain'}");
    expect(result.format).toBe('json-headers');
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual([
      'cache-control: public, max-age=31536000',
      'cf-resized: err=9404',
      'content-type: text/plain',
    ]);
  });

  it('reads the object Node prints, with a constructor name, quoted keys and a trailing comma', () => {
    const text = [
      'Headers {',
      "  'content-type': 'image/gif',",
      "  'x-cld-error': 'Resource not found - docs/nope-xyz',",
      "  'server-timing': 'cld-fastly;dur=2;cpu=1,' +",
      "    'rtt;dur=31',",
      '}',
    ].join('\n');
    expect(fields(read(text).exchanges[0]?.headers ?? [])).toEqual([
      'content-type: image/gif',
      'x-cld-error: Resource not found - docs/nope-xyz',
      'server-timing: cld-fastly;dur=2;cpu=1,rtt;dur=31',
    ]);
  });

  it('reads a list of [name, value] pairs', () => {
    const text = JSON.stringify([
      ['cf-resized', 'err=9404'],
      ['vary', 'Accept'],
    ]);
    expect(fields(read(text).exchanges[0]?.headers ?? [])).toEqual(['cf-resized: err=9404', 'vary: Accept']);
  });

  it('reads a response-like object with status, url and headers', () => {
    const text = JSON.stringify({
      url: 'https://example.com/cdn-cgi/image/width=300/a.jpg',
      status: 415,
      statusText: 'Unsupported Media Type',
      headers: { 'cf-resized': 'err=9520' },
    });
    expect(read(text).exchanges[0]).toMatchObject({
      url: 'https://example.com/cdn-cgi/image/width=300/a.jpg',
      status: 415,
      reason: 'Unsupported Media Type',
      headers: [{ name: 'cf-resized', value: 'err=9520' }],
    });
  });

  it("reads Firefox's Copy All of its header panels", () => {
    const text = JSON.stringify({
      'Response Headers (212 B)': { headers: [{ name: 'x-cld-error', value: 'ACL deny' }] },
      'Request Headers (350 B)': { headers: [{ name: 'Host', value: 'res.cloudinary.com' }] },
    });
    const [exchange] = read(text).exchanges;
    expect(exchange?.headers).toEqual([{ name: 'x-cld-error', value: 'ACL deny' }]);
    expect(exchange?.requestHeaders).toEqual([{ name: 'Host', value: 'res.cloudinary.com' }]);
  });

  it('takes :status from the JSON and drops keys that are not header names', () => {
    const text = JSON.stringify({ ':status': '404', 'not a header': 'x', 'cf-resized': 'err=9404' });
    const [exchange] = read(text).exchanges;
    expect(exchange?.status).toBe(404);
    expect(exchange?.headers).toEqual([{ name: 'cf-resized', value: 'err=9404' }]);
  });

  it('says what was expected when the JSON holds no headers', () => {
    const error = readError('{"list of items": [1, 2, 3], "note with spaces": "x"}');
    expect(error.code).toBe('no-headers');
    expect(error.message).toMatch(/expected an object of header names to values/);
  });
});
