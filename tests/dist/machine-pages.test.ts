/**
 * The pages for programs: every code page and guide names its Markdown twin, which exists and
 * whose links all land on files of the site; /llms.txt lists every twin, /llms-full.txt holds
 * them all; /catalog.json is valid against /catalog.schema.json; the OpenSearch description
 * searches through /search/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { DIST, SITE_ORIGIN, attribute, fileForPath, loadPages } from './site.ts';

const pages = await loadPages();
const TWINNED = /^\/(?:codes\/[^/]+\/[^/]+|guides\/[^/]+)\/$/;
const twinned = pages.filter((page) => TWINNED.test(page.path));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** A Markdown text without its code blocks and code spans. */
function prose(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
}

/** Every link target in a Markdown text (its inline links), code aside. */
function markdownLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

/** Why a link does not land on a file of the site, or null when it does (or leaves the site). */
function brokenLink(url: string): string | null {
  const resolved = new URL(url, `${SITE_ORIGIN}/`);
  if (resolved.origin !== SITE_ORIGIN) return null;
  return fileForPath(resolved.pathname) ? null : `${url} is not a file in dist/`;
}

describe('Markdown twins', () => {
  test('there is a page of each kind to check', () => {
    expect(twinned.some((page) => page.path.startsWith('/codes/'))).toBe(true);
    expect(twinned.some((page) => page.path.startsWith('/guides/'))).toBe(true);
  });

  test.for(twinned)('$path names its Markdown twin, which exists, starts with its title and has no broken link', (page) => {
    const link = page.root.querySelector('link[rel="alternate"][type="text/markdown"]');
    const href = link ? attribute(link, 'href') : undefined;
    expect(href, `${page.path} has no <link rel="alternate" type="text/markdown">`).toBeDefined();
    const file = fileForPath(new URL(href!, SITE_ORIGIN + page.path).pathname);
    expect(file, `${page.path}: its twin ${href} is not in dist/`).toBeDefined();
    const markdown = read(file!);
    // html-validate's textContent keeps character references as written (`&amp;`).
    const h1 = (page.root.querySelector('h1')?.textContent ?? '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
    expect(markdown.split('\n')[0], `${href} starts with the page's title`).toContain(h1.replace(/^\S+ /, ''));
    expect(prose(markdown), `${href} holds no HTML outside code`).not.toMatch(/<(?:script|style|div|span)\b/i);
    const broken = markdownLinks(markdown).map(brokenLink).filter((problem) => problem !== null);
    expect(broken, `${href}: links that land nowhere`).toEqual([]);
  });
});

describe('/llms.txt and /llms-full.txt', () => {
  const index = read('llms.txt');
  const full = read('llms-full.txt');

  test('llms.txt starts with the site name and a summary, and lists every twin on a line of its own', () => {
    expect(index).toMatch(/^# imgdiag\n\n> \S/);
    const listed = markdownLinks(index).map((url) => new URL(url).pathname);
    for (const page of twinned) expect(listed, `llms.txt lists ${page.path}`).toContain(`${page.path.replace(/\/$/, '')}.md`);
    for (const line of index.split('\n').filter((text) => text.startsWith('- '))) expect(line).toMatch(/^- \[[^\]]+\]\([^)]+\)(?::\s\S.*)?$/);
  });

  test('every link in llms.txt and llms-full.txt lands on a file of the site', () => {
    const broken = [...markdownLinks(index), ...markdownLinks(full)].map(brokenLink).filter((problem) => problem !== null);
    expect(broken).toEqual([]);
  });

  test('llms-full.txt holds every twin in full', () => {
    for (const page of twinned) {
      const twin = read(fileForPath(`${page.path.replace(/\/$/, '')}.md`)!);
      expect(full.includes(twin.trim()), `llms-full.txt holds ${page.path}'s twin`).toBe(true);
    }
  });
});

describe('/catalog.schema.json', () => {
  test('/catalog.json is valid against it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read('catalog.schema.json')) as object);
    const valid = validate(JSON.parse(read('catalog.json')));
    expect(validate.errors ?? [], 'catalog.json against catalog.schema.json').toEqual([]);
    expect(valid).toBe(true);
  });

  test('rejects a catalog with an entry missing its fixes or naming an unknown provider', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read('catalog.schema.json')) as object);
    const catalog = JSON.parse(read('catalog.json')) as { entries: Record<string, unknown>[] };
    const [first, ...rest] = catalog.entries;
    const { fixes: _fixes, ...withoutFixes } = first!;
    expect(validate({ ...catalog, entries: [withoutFixes, ...rest] })).toBe(false);
    expect(validate({ ...catalog, entries: [{ ...first, provider: 'nobody' }, ...rest] })).toBe(false);
  });
});

describe('the OpenSearch description', () => {
  test('every page names it, and it searches through /search/', () => {
    const description = read('opensearch.xml');
    expect(description).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<OpenSearchDescription xmlns="http:\/\/a9\.com\/-\/spec\/opensearch\/1\.1\/">/);
    expect(description).toMatch(/<Url type="text\/html" method="get" template="[^"]+\/search\/\?q=\{searchTerms\}" \/>/);
    const without = pages.filter((page) => page.root.querySelector('link[rel="search"][type="application/opensearchdescription+xml"]') === null);
    expect(without.map((page) => page.path)).toEqual([]);
  });
});
