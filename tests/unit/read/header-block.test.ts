import { describe, expect, it } from 'vitest';
import { fields, fixture, read, readError } from './helpers.ts';

describe('bare header blocks', () => {
  it('reads name: value lines as one response without status or URL', () => {
    const text = [
      'cache-control: public, max-age=31536000',
      'cf-resized: internal=ok/- q=0 n=175+245 c=96+146 v=2025.11.6 l=91584',
      'content-type: image/jpeg',
    ].join('\n');
    const result = read(text);
    expect(result).toEqual({
      format: 'header-block',
      command: null,
      exchanges: [
        {
          index: 0,
          method: null,
          url: null,
          requestHeaders: [],
          httpVersion: null,
          status: null,
          reason: null,
          headers: [
            { name: 'cache-control', value: 'public, max-age=31536000' },
            { name: 'cf-resized', value: 'internal=ok/- q=0 n=175+245 c=96+146 v=2025.11.6 l=91584' },
            { name: 'content-type', value: 'image/jpeg' },
          ],
          body: null,
        },
      ],
      report: { used: [], setAside: [] },
    });
  });

  it('reads a single header line', () => {
    expect(read('x-cld-error: Resource not found').exchanges[0]?.headers).toEqual([
      { name: 'x-cld-error', value: 'Resource not found' },
    ]);
  });

  it('takes the status and URL from HTTP/2 pseudo-headers and drops them from the lists', () => {
    const result = read(fixture('pseudo-headers.txt'));
    expect(result.format).toBe('header-block');
    expect(result.exchanges).toEqual([
      {
        index: 0,
        method: 'GET',
        url: 'https://example.com/cdn-cgi/image/width=300/photos/missing.jpg',
        requestHeaders: [{ name: 'accept', value: 'image/avif,image/webp,*/*' }],
        httpVersion: null,
        status: 404,
        reason: null,
        headers: [
          { name: 'content-length', value: '115' },
          { name: 'cf-resized', value: 'err=9404' },
          { name: 'cf-cache-status', value: 'MISS' },
          { name: 'server', value: 'cloudflare' },
        ],
        body: null,
      },
    ]);
  });

  it('splits two pasted blocks that repeat header names into two responses (CF-6)', () => {
    const text = [
      'From Main Endpoint (after transformation):',
      'cache-control: public, max-age=31536000',
      'cf-resized: internal=ok/- q=0 n=175+245 c=96+146 v=2025.11.6 l=91584',
      'content-type: image/jpeg',
      '',
      'From Internal Endpoint:',
      'etag: "cfoZnJPPGjKc34ccFLyhKpZibvO4HGDZdkdN2cmOGeDQ:16c657e7e7aa442694380c78234d864b"',
      'cache-control: public, max-age=31536000, immutable',
      'content-type: image/jpeg',
    ].join('\n');
    const result = read(text);
    expect(result.exchanges.map((exchange) => fields(exchange.headers))).toEqual([
      [
        'cache-control: public, max-age=31536000',
        'cf-resized: internal=ok/- q=0 n=175+245 c=96+146 v=2025.11.6 l=91584',
        'content-type: image/jpeg',
      ],
      [
        'etag: "cfoZnJPPGjKc34ccFLyhKpZibvO4HGDZdkdN2cmOGeDQ:16c657e7e7aa442694380c78234d864b"',
        'cache-control: public, max-age=31536000, immutable',
        'content-type: image/jpeg',
      ],
    ]);
    expect(result.exchanges.map((exchange) => exchange.index)).toEqual([0, 1]);
  });

  it('keeps a block split by a blank line together when no name repeats', () => {
    const result = read('cf-resized: err=9404\ncf-cache-status: MISS\n\nserver: cloudflare\n');
    expect(result.exchanges).toHaveLength(1);
    expect(result.exchanges[0]?.headers).toHaveLength(3);
  });

  it('skips prose, Markdown fences and lines that are not headers', () => {
    const text = [
      '## What I see',
      '',
      'The image shows a broken icon and the console says nothing useful.',
      '```',
      'x-cld-error: Invalid width in transformation: abc',
      'server: Cloudinary',
      '```',
      '- tried w_300 instead',
    ].join('\n');
    const result = read(text);
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual([
      'x-cld-error: Invalid width in transformation: abc',
      'server: Cloudinary',
    ]);
  });

  it('does not read the properties of an object literal in code as headers', () => {
    const text = ['```js', 'app.use(cors({', '  origin: /.*/,', '  credentials: true,', "  methods: ['GET', 'POST'],", '}));', '```'].join('\n');
    expect(readError(text).code).toBe('no-headers');
    // Next to a real header, the code is still not read as one.
    const headers = read(`${text}\nx-cld-error: Resource not found - sample.jpg\n`).exchanges.flatMap((exchange) => exchange.headers);
    expect(fields(headers)).toEqual(['x-cld-error: Resource not found - sample.jpg']);
  });

  it('reads lines indented with tabs or spaces, and a header with an empty value', () => {
    const result = read('\tcf-resized: err=9404\n    server: cloudflare\n  x-empty:\n');
    expect(fields(result.exchanges[0]?.headers ?? [])).toEqual(['cf-resized: err=9404', 'server: cloudflare', 'x-empty: ']);
  });

  it('does not read a URL line as a header named https', () => {
    const result = read('https://res.cloudinary.com/demo/image/upload/w_abc/sample.jpg\nx-cld-error: Invalid width in transformation: abc\n');
    expect(result.exchanges[0]?.url).toBe('https://res.cloudinary.com/demo/image/upload/w_abc/sample.jpg');
    expect(result.exchanges[0]?.headers.map((field) => field.name)).toEqual(['x-cld-error']);
  });
});
