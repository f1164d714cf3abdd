import { describe, expect, it } from 'vitest';
import { excerptRuns } from '../../src/search/excerpt.ts';

describe("Pagefind's excerpts read as text", () => {
  it('marks the matched words and keeps the rest as plain runs', () => {
    expect(excerptRuns('The <mark>origin</mark> returned <mark>HTML</mark>.')).toEqual([
      { text: 'The ', mark: false },
      { text: 'origin', mark: true },
      { text: ' returned ', mark: false },
      { text: 'HTML', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('decodes entities once, so escaped markup from a page stays text', () => {
    expect(excerptRuns('&lt;img src=x onerror=alert(1)&gt; &amp;amp; &#39;q&#39; &#x2014;')).toEqual([
      { text: "<img src=x onerror=alert(1)> &amp; 'q' —", mark: false },
    ]);
  });

  it('drops any tag other than mark, and leaves an unknown entity as it is', () => {
    expect(excerptRuns('<b>bold</b> &bogus; <MARK>x</MARK>')).toEqual([
      { text: 'bold &bogus; ', mark: false },
      { text: 'x', mark: true },
    ]);
  });
});
