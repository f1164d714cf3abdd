/**
 * What search engines and link previews read: robots.txt and the sitemap agree with the pages,
 * and every page that may be indexed has its title, description, canonical URL and Open Graph
 * tags, all naming the page itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, SITE_ORIGIN, attribute, fileForPath, loadPages, sitemapUrls, type Page } from './site.ts';

const pages = await loadPages();
const indexable = pages.filter((page) => page.indexable);
const sitemap = sitemapUrls();

function metaContent(page: Page, selector: string): string | undefined {
  const element = page.root.querySelector(selector);
  return element ? attribute(element, 'content')?.trim() : undefined;
}

test('robots.txt names the sitemap index, which is built', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  const sitemaps = [...robots.matchAll(/^sitemap:\s*(\S+)/gim)].map((match) => match[1]!);
  expect(sitemaps, 'robots.txt has no Sitemap: line').not.toEqual([]);
  for (const url of sitemaps) {
    expect(new URL(url).origin, `robots.txt: ${url} is not on ${SITE_ORIGIN}`).toBe(SITE_ORIGIN);
    expect(fileForPath(new URL(url).pathname), `robots.txt names ${url}, which is not in dist/`).toBeDefined();
  }
});

test('the sitemap lists exactly the indexable pages', () => {
  const listed = new Set(sitemap.map((url) => new URL(url).pathname));
  const problems: string[] = [];
  for (const url of sitemap) {
    const file = fileForPath(new URL(url).pathname);
    const page = pages.find((candidate) => candidate.file === file);
    if (!url.startsWith(`${SITE_ORIGIN}/`)) problems.push(`the sitemap lists ${url}, which is not on ${SITE_ORIGIN}`);
    else if (!page) problems.push(`the sitemap lists ${url}, but dist/ has no page there`);
    else if (!page.indexable) problems.push(`the sitemap lists ${url}, but ${page.file} says noindex`);
  }
  for (const page of indexable) {
    if (!listed.has(page.path)) problems.push(`${page.path} may be indexed but the sitemap leaves it out`);
  }
  expect(problems).toEqual([]);
});

describe('every indexable page describes itself to search engines and link previews', () => {
  test.for(indexable)('$path', (page) => {
    const self = SITE_ORIGIN + page.path;
    const canonical = page.root.querySelectorAll('link[rel="canonical"]').map((link) => attribute(link, 'href'));
    const problems: string[] = [];
    if (!page.root.querySelector('title')?.textContent.trim()) problems.push('no <title>');
    if (!attribute(page.root.querySelector('html')!, 'lang')) problems.push('<html> has no lang');
    const checks: [string, string | undefined][] = [
      ['meta name="description"', metaContent(page, 'meta[name="description"]')],
      ['meta property="og:title"', metaContent(page, 'meta[property="og:title"]')],
      ['meta property="og:description"', metaContent(page, 'meta[property="og:description"]')],
    ];
    for (const [what, value] of checks) if (!value) problems.push(`no <${what}> with content`);
    if (canonical.length !== 1) problems.push(`${canonical.length} <link rel="canonical"> elements, expected 1`);
    else if (canonical[0] !== self) problems.push(`canonical URL is ${canonical[0]}, expected ${self}`);
    const ogUrl = metaContent(page, 'meta[property="og:url"]');
    if (ogUrl !== undefined && ogUrl !== self) problems.push(`og:url is ${ogUrl}, expected ${self}`);
    expect(problems, `${page.path} (dist/${page.file})`).toEqual([]);
  });
});
