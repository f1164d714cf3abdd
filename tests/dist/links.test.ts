/**
 * Every link in the built site lands somewhere: each internal URL an element names (links,
 * stylesheets, scripts, forms, short-link refreshes, canonical and Open Graph URLs, data-*
 * attributes that hold a site path) is a file in dist/, and each #fragment is an id on the page
 * it points into. External URLs are not fetched: tests run offline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST, SITE_ORIGIN, attribute, distFiles, fileForPath, loadPages, type Page } from './site.ts';

const pages = await loadPages();
const pagesByFile = new Map(pages.map((page) => [page.file, page]));

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'cite', 'data'];
const SITE_PATH = /^\/(?!\/)\S*$/;

interface Reference {
  /** How the reference appears in the page, for the failure message. */
  where: string;
  url: string;
  /** A base path for a script (Pagefind's bundle folder) rather than a page: a folder will do. */
  folderWillDo?: boolean;
}

function describeElement(element: HtmlElement, name: string, value: string): string {
  return `<${element.tagName} ${name}="${value}">`;
}

function referencesIn(page: Page): Reference[] {
  const found: Reference[] = [];
  for (const element of page.root.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = attribute(element, name);
      if (value !== undefined) found.push({ where: describeElement(element, name, value), url: value });
    }
    const srcset = attribute(element, 'srcset');
    for (const candidate of srcset?.split(',') ?? []) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push({ where: describeElement(element, 'srcset', srcset!), url });
    }
    for (const { key, value } of element.attributes) {
      if (key.startsWith('data-') && typeof value === 'string' && SITE_PATH.test(value)) {
        found.push({ where: describeElement(element, key, value), url: value, folderWillDo: true });
      }
    }
  }
  for (const meta of page.root.querySelectorAll('meta[http-equiv="refresh"]')) {
    const content = attribute(meta, 'content') ?? '';
    const target = /url\s*=\s*(\S+)/i.exec(content)?.[1];
    found.push({ where: `<meta http-equiv="refresh" content="${content}">`, url: target ?? '' });
  }
  for (const meta of page.root.querySelectorAll('meta[property="og:url"], meta[property="og:image"]')) {
    const content = attribute(meta, 'content') ?? '';
    found.push({ where: `<meta property="${attribute(meta, 'property')}" content="${content}">`, url: content });
  }
  return found;
}

function idsOf(page: Page): Set<string> {
  const ids = new Set<string>();
  for (const element of page.root.querySelectorAll('[id]')) if (element.id) ids.add(element.id);
  for (const anchor of page.root.querySelectorAll('a[name]')) ids.add(attribute(anchor, 'name')!);
  return ids;
}

/** What is wrong with one reference, or undefined when it resolves (or is not ours to check). */
function problemWith(page: Page, { where, url: raw, folderWillDo = false }: Reference): string | undefined {
  if (raw.trim() === '') return `${where} is empty`;
  if (raw === '#') return `${where} links to "#", which goes nowhere`;
  const url = new URL(raw, SITE_ORIGIN + page.path);
  if (url.protocol === 'javascript:') return `${where} runs script from a URL`;
  if (!/^https?:$/.test(url.protocol) || url.origin !== SITE_ORIGIN) return undefined;
  if (folderWillDo && url.pathname.endsWith('/') && existsSync(join(DIST, decodeURIComponent(url.pathname)))) return undefined;
  const file = fileForPath(url.pathname);
  if (!file) return `${where} points to ${url.pathname}, which is not in dist/`;
  if (url.hash.length <= 1 || url.hash.startsWith('#:~:')) return undefined;
  const target = pagesByFile.get(file);
  const id = decodeURIComponent(url.hash.slice(1));
  if (!target) return `${where} has a fragment, but ${url.pathname} is not an HTML page`;
  if (!idsOf(target).has(id)) return `${where} points to #${id}, but ${target.path} has no element with that id`;
  return undefined;
}

describe('every internal link and #fragment resolves', () => {
  test.for(pages)('on $path', (page) => {
    const problems = referencesIn(page)
      .map((reference) => problemWith(page, reference))
      .filter((problem) => problem !== undefined);
    expect(problems, `${page.path} (dist/${page.file}) has broken links`).toEqual([]);
  });
});

test('every file that a built stylesheet or script refers to exists', () => {
  const problems: string[] = [];
  for (const file of distFiles().filter((name) => /^_astro\/.+\.(?:css|js)$/.test(name))) {
    const text = readFileSync(join(DIST, file), 'utf8');
    const urls = file.endsWith('.css')
      ? [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1]!)
      : [...text.matchAll(/["'`]((?:\.{1,2}\/|\/_astro\/)[^"'`\s]+\.(?:js|css|wasm))["'`]/g)].map((match) => match[1]!);
    for (const url of urls) {
      if (url.startsWith('data:') || url.startsWith('#')) continue;
      const resolved = new URL(url, `${SITE_ORIGIN}/${file}`);
      if (resolved.origin === SITE_ORIGIN && !fileForPath(resolved.pathname)) {
        problems.push(`dist/${file} refers to ${url} (${resolved.pathname}), which is not in dist/`);
      }
    }
  }
  expect(problems).toEqual([]);
});
