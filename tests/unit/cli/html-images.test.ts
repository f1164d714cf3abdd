import { describe, expect, it } from 'vitest';
import { imageUrls, sitemapEntries, srcsetUrls } from '../../../src/cli/html-images.ts';

const PAGE = 'https://shop.example.com/outdoor/index.html';

describe('srcsetUrls', () => {
  it('splits candidates on the comma after descriptors, keeping commas inside URLs', () => {
    expect(srcsetUrls('a.jpg 1x, b.jpg 2x')).toEqual(['a.jpg', 'b.jpg']);
    expect(srcsetUrls('https://res.cloudinary.com/demo/image/upload/c_fill,w_300/s.jpg 300w,https://res.cloudinary.com/demo/image/upload/c_fill,w_600/s.jpg 600w')).toEqual([
      'https://res.cloudinary.com/demo/image/upload/c_fill,w_300/s.jpg',
      'https://res.cloudinary.com/demo/image/upload/c_fill,w_600/s.jpg',
    ]);
    // As the spec reads it: a URL runs to whitespace, so an unspaced comma belongs to it.
    expect(srcsetUrls('one.jpg,two.jpg 2x,\n  three.jpg')).toEqual(['one.jpg,two.jpg', 'three.jpg']);
    expect(srcsetUrls('  ,, ')).toEqual([]);
  });
});

describe('imageUrls', () => {
  it('resolves against <base href>, decodes &amp;, drops data: URLs and fragments, dedupes', () => {
    const html = `<base href="https://cdn.example.com/assets/"><IMG SRC='a.jpg?w=1&amp;h=2#top'><img src=a.jpg?w=1&h=2><img src="data:image/gif;base64,AAAA"><img src="  ">`;
    expect(imageUrls(html, PAGE)).toEqual(['https://cdn.example.com/assets/a.jpg?w=1&h=2']);
  });

  it('ignores tags written in comments, scripts, styles and templates', () => {
    const html = '<!-- <img src="/x.jpg"> --><script>"<img src=/y.jpg>"</script><template><img src="/z.jpg"></template><img src="/real.jpg">';
    expect(imageUrls(html, PAGE)).toEqual(['https://shop.example.com/real.jpg']);
  });

  it('reads a tag whole past a > in a quoted value, meta images by property or name, a video source never', () => {
    const html = '<img alt="5 > 4" src="/after-gt.jpg"><meta property="og:image:secure_url" content="/og.jpg"><meta name="description" content="/no.jpg"><video><source src="/clip.mp4"></video><link rel="preload" href="/font.woff2" as="font">';
    expect(imageUrls(html, PAGE)).toEqual(['https://shop.example.com/after-gt.jpg', 'https://shop.example.com/og.jpg']);
  });
});

describe('sitemapEntries', () => {
  it('tells a sitemap from a sitemap index and from anything else', () => {
    expect(sitemapEntries('<?xml version="1.0"?><urlset><url><loc> https://a.example/?x=1&amp;y=2 </loc></url></urlset>')).toEqual({ kind: 'pages', urls: ['https://a.example/?x=1&y=2'] });
    expect(sitemapEntries('<sitemapindex><sitemap><loc>https://a.example/s1.xml</loc></sitemap></sitemapindex>')).toEqual({ kind: 'sitemaps', urls: ['https://a.example/s1.xml'] });
    expect(sitemapEntries('<!doctype html><html><body>urlset</body></html>')).toBeNull();
  });
});
