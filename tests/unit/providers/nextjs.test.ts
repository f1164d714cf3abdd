import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { nextjsMessages } from '../../../src/providers/nextjs/data/messages.ts';
import { nextjsEngine } from '../../../src/providers/nextjs/engine.ts';
import { resolveQuery } from '../../../src/search/query.ts';
import { buildSearchMap } from '../../../src/search/search-map.ts';

const map = buildSearchMap();

function findingIds(paste: string): string[] {
  const outcome = diagnose(paste);
  return outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id)) : [];
}

describe('the Next.js optimizer messages', () => {
  it.each(nextjsMessages.flatMap((message) => message.examples.map((example) => [message.entry, example] as const)))(
    '%s is the first family to match %j',
    (entry, example) => {
      expect(nextjsMessages.find((candidate) => new RegExp(candidate.pattern, 'i').test(example))?.entry).toBe(entry);
    },
  );

  it.each([
    ['"url" parameter is not allowed', '/codes/nextjs/url-not-allowed/'],
    ['url parameter is not allowed', '/codes/nextjs/url-not-allowed/'],
    ['"w" parameter (width) of 3000 is not allowed', '/codes/nextjs/width-not-allowed/'],
    ['"q" parameter (quality) of 90 is not allowed', '/codes/nextjs/quality-not-allowed/'],
    ["The requested resource isn't a valid image.", '/codes/nextjs/not-a-valid-image/'],
    ['"url" parameter is valid but upstream response is invalid', '/codes/nextjs/upstream-invalid/'],
    ['x-nextjs-cache: STALE', '/codes/nextjs/optimized/'],
    ['next image 400', '/codes/nextjs/400/'],
    ['next/image 504', '/codes/nextjs/504/'],
    ['Error: Invalid src prop (https://res.cloudinary.com/demo/a.jpg) on `next/image`, hostname "res.cloudinary.com" is not configured under images in your `next.config.js`', '/codes/nextjs/url-not-allowed/'],
    ['hostname not configured under images', '/codes/nextjs/url-not-allowed/'],
    ['Invalid src prop (a.jpg) on `next/image`, if using relative image it must start with a leading slash "/" or be an absolute URL (http:// or https://)', '/codes/nextjs/invalid-url/'],
  ])('search opens %j at %s', (query, path) => {
    expect(resolveQuery(query, map)?.path).toBe(path);
  });
});

describe('a Next.js message quoted in text', () => {
  it('is read wherever it stands, with no status or header in the paste', () => {
    const comment = [
      '// Next 16 rejects upstream images that resolve to private IPs with',
      '// \'"url" parameter is not allowed\', which points at remotePatterns',
      '// and sends you hunting the wrong bug.',
    ].join('\n');
    expect(findingIds(comment)).toEqual(['nextjs/url-not-allowed']);
    const outcome = diagnose(comment);
    expect(outcome.ok && outcome.diagnosis.input.read).toEqual(['the paste read as a response body: it shows no status, header or service URL']);
  });

  it.each([
    ['the server log line', ' ⨯ upstream image response failed for https://images.example.org/a/photo.jpg 403', 'nextjs/upstream-invalid'],
    ['the component’s development error', 'Error: Invalid src prop (https://images.example.org/a.jpg) on `next/image`, hostname "images.example.org" is not configured under images in your `next.config.js`', 'nextjs/url-not-allowed'],
  ])('reads %s, which no response body says', (_label, paste, id) => {
    expect(findingIds(paste)).toEqual([id]);
    expect(findingIds(`HTTP/1.1 200 OK\ncontent-type: text/plain\n\n${paste}`)).not.toContain(id);
  });

  it('leaves prose that quotes no service message to the reader’s own answer', () => {
    const outcome = diagnose('Images stopped loading after the upgrade.\nNothing changed in next.config.js.');
    expect(outcome.ok ? 'diagnosed' : outcome.error.code).toBe('no-headers');
  });

  it('is read from the top of a response body only', () => {
    const page = ['HTTP/1.1 200 OK', 'content-type: text/html', '', '<html>', '<body>', '<h1>Docs</h1>', '<p>Errors you may see:</p>', '<pre>"url" parameter is not allowed</pre>'].join('\n');
    expect(findingIds(page)).not.toContain('nextjs/url-not-allowed');
  });
});

describe('the Next.js rules', () => {
  const headers = 'Date: Tue, 01 Dec 2026 09:00:00 GMT\nConnection: keep-alive\nContent-Length: 57\n';

  it('reads the status that passes the source’s own answer on', () => {
    const paste = `$ curl -i "http://localhost:3000/_next/image?url=https%3A%2F%2Fa.example%2Fx.jpg&w=640&q=75"\nHTTP/1.1 502 Bad Gateway\n${headers}\n"url" parameter is valid but upstream response is invalid\n`;
    const outcome = diagnose(paste);
    const finding = outcome.ok ? outcome.diagnosis.responses[0]?.findings[0] : undefined;
    expect(finding?.id).toBe('nextjs/upstream-invalid');
    expect(finding?.notes.join(' ')).toContain('the source image answered 502');
  });

  it('shows the body’s own line as the variant, value included', () => {
    const paste = `$ curl -i "http://localhost:3000/_next/image?url=%2Fa.jpg&w=640&q=80"\nHTTP/1.1 400 Bad Request\nContent-Length: 44\n\n"q" parameter (quality) of 80 is not allowed\n`;
    const outcome = diagnose(paste);
    expect(outcome.ok ? outcome.diagnosis.responses[0]?.findings[0]?.variant?.message : null).toBe('"q" parameter (quality) of 80 is not allowed');
  });

  it('says a proxy may have answered when a status-only reading carries a Server header', () => {
    const paste = `$ curl -sI "https://a.example/_next/image?url=%2Fa.jpg&w=640&q=75"\nHTTP/1.1 502 Bad Gateway\nServer: nginx/1.27.0\n`;
    const outcome = diagnose(paste);
    const finding = outcome.ok ? outcome.diagnosis.responses[0]?.findings[0] : undefined;
    expect(finding?.id).toBe('nextjs/upstream-invalid');
    expect(finding?.notes.join(' ')).toContain('Next.js sends no Server header');
  });

  it('names the message whose length the Content-Length of a bodiless 400 matches', () => {
    const outcome = diagnose('$ curl -sI "https://a.example/_next/image?url=https%3A%2F%2Fb.example%2Fa.jpg&w=640&q=75"\nHTTP/1.1 400 Bad Request\nContent-Length: 30\n');
    const notes = outcome.ok ? (outcome.diagnosis.responses[0]?.findings[0]?.notes ?? []) : [];
    expect(notes.join(' ')).toContain('Content-Length 30 is exactly the length of “"url" parameter is not allowed”');
  });

  it('stays silent where Vercel answered the same URL', () => {
    const paste = `HTTP/2 400\nserver: Vercel\nx-vercel-id: fra1::abcde-1700000000000-0123456789ab\n\n"url" parameter is not allowed\n`;
    expect(findingIds(paste).filter((id) => id.startsWith('nextjs/'))).toEqual([]);
  });

  it('leaves x-nextjs-cache on a cached page alone', () => {
    expect(findingIds('$ curl -sI "https://a.example/blog/post"\nHTTP/1.1 200 OK\nx-nextjs-cache: HIT\n')).not.toContain('nextjs/optimized');
    expect(findingIds('HTTP/1.1 200 OK\ncontent-type: text/html; charset=utf-8\nx-nextjs-cache: HIT\n')).not.toContain('nextjs/optimized');
  });

  it('reads nothing into an error on another path', () => {
    expect(findingIds('$ curl -sI "http://localhost:3000/api/items"\nHTTP/1.1 400 Bad Request\nContent-Length: 11\n')).not.toContain('nextjs/400');
  });

  it('reads the source, width and quality from an /_next/image URL', () => {
    expect(nextjsEngine.readUrl?.('https://a.example/_next/image?url=%2Fhero.jpg&w=640&q=90')).toEqual({ source: '/hero.jpg', width: 640, quality: 90 });
    expect(nextjsEngine.readUrl?.('https://a.example/hero.jpg')).toBeNull();
  });
});
