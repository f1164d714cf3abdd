import { describe, expect, it } from 'vitest';
import { breakPoints } from '../../src/diagnose/format/break-points.ts';

describe('where long code may wrap', () => {
  it('cuts a URL after its separators, never inside a word', () => {
    expect(breakPoints('/cdn-cgi/image/width=600,fit=cover/a.jpg')).toEqual(['/', 'cdn-cgi/', 'image/', 'width=600,', 'fit=cover/', 'a.jpg']);
  });

  it('keeps short tokens whole, and a scheme with its slashes', () => {
    expect(breakPoints('err=9412')).toEqual(['err=9412']);
    expect(breakPoints('https://example.com/a?b=1&c=2')).toEqual(['https://', 'example.com/', 'a?', 'b=1&', 'c=2']);
  });

  it('sees no separator in a protocol version', () => {
    expect(breakPoints('Response: HTTP/2 404, status')).toEqual(['Response: HTTP/2 404, status']);
  });

  it('gives back the text unchanged when joined', () => {
    const text = 'cf-resized: internal=ok/m q=0 n=317+85 c=17+38';
    expect(breakPoints(text).join('')).toBe(text);
  });
});
