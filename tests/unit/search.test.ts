import { describe, expect, it } from 'vitest';
import { nearestCodes } from '../../src/search/nearest.ts';
import { pagefindTerms, resolveQuery } from '../../src/search/query.ts';
import { buildSearchMap } from '../../src/search/search-map.ts';

const map = buildSearchMap();
const pathOf = (query: string) => resolveQuery(query, map)?.path ?? null;

describe('reading a search query', () => {
  it.each([
    ['9412', '/codes/cloudflare/9412/'],
    ['  9404 ', '/codes/cloudflare/9404/'],
    ['err=9403', '/codes/cloudflare/9403/'],
    ['Cf-Resized: err=9403', '/codes/cloudflare/9403/'],
    ['cf-resized:err=9401', '/codes/cloudflare/9401/'],
    ['ERROR 9412: Could not resize the image', '/codes/cloudflare/9412/'],
    ['cloudflare/9422', '/codes/cloudflare/9422/'],
    ['CF 9520', '/codes/cloudflare/9520/'],
    ['cloudinary 401', '/codes/cloudinary/401/'],
    ['401', '/codes/cloudinary/401/'],
    ['HTTP 404', '/codes/cloudinary/404/'],
    ['not-resized', '/codes/cloudflare/not-resized/'],
    ['x-cld-error: Resource not found - docs/nope-xyz', '/codes/cloudinary/404/'],
    ['X-Cld-Error: Invalid width in transformation: abc', '/codes/cloudinary/400/'],
    ['cf-resized: err=9599', '/codes/cloudflare/unknown-code/'],
    ['how to fix 9412', '/codes/cloudflare/9412/'],
    ['cloudflare 9404 error', '/codes/cloudflare/9404/'],
    ['err 9401 origin not allowed', '/codes/cloudflare/9401/'],
    ['cloudinary 404 not found', '/codes/cloudinary/404/'],
    ['Cloudinary returns 401 Unauthorized', '/codes/cloudinary/401/'],
  ])('reads %j as %s', (query, path) => {
    expect(pathOf(query)).toBe(path);
  });

  it.each(['', '   ', 'origin returned html', 'too many redirects', '94', '12345', 'x-cld-error:', 'err=abc', 'content-length: 9412', '9404 or 9412', '404 not found', 'cloudinary 200 vs 304'])(
    'leaves %j to full-text search',
    (query) => {
      expect(pathOf(query)).toBeNull();
    },
  );

  it('hands Pagefind the code alone, or the words without header punctuation', () => {
    expect(pagefindTerms('Cf-Resized: err=9403', map)).toBe('9403');
    expect(pagefindTerms('x-cld-error: Resource not found - "a/b"', map)).toBe('Resource not found - a/b');
    expect(pagefindTerms('origin returned html', map)).toBe('origin returned html');
  });
});

describe('the 404 page suggestions', () => {
  it('puts an exact code first, then its numeric neighbours', () => {
    const near = nearestCodes('/codes/cloudflare/9413x/', map);
    expect(near[0]).toBe('cloudflare/9413');
    expect(near).toContain('cloudflare/9412');
  });

  it('finds conditions by a word of their slug', () => {
    expect(nearestCodes('/not-resizd/resized', map)).toContain('cloudflare/not-resized');
  });

  it('suggests nothing for a path with nothing code-like, rather than guessing', () => {
    expect(nearestCodes('/about/', map)).toEqual([]);
  });
});
