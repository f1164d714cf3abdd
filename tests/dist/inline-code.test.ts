/**
 * No word is glued to inline code or a link: "with<code>err=</code>" reads as one word. Astro
 * drops a line break that stands between text and an element, so a source that wraps just
 * before or after a `<code>` or `<a>` glues them; this checks every built page, code blocks aside.
 */
import { describe, expect, test } from 'vitest';
import { loadPages } from './site.ts';

const pages = await loadPages();
const INLINE = '(?:code|a|strong|em|kbd)';
const GLUED = new RegExp(`[\\p{L}\\p{N}]<${INLINE}\\b[^>]*>[^<]{0,40}|[^>]{0,40}</${INLINE}>[\\p{L}\\p{N}]`, 'gu');

describe('inline code and links', () => {
  test.for(pages)('$path has no word glued to inline code or a link', (page) => {
    const prose = page.html.replace(/<pre\b[\s\S]*?<\/pre>/g, '');
    expect([...prose.matchAll(GLUED)].map((match) => match[0])).toEqual([]);
  });
});
