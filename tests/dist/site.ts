/**
 * The built site as the dist tests see it: every HTML page parsed once (with html-validate's
 * parser, the one that also checks validity), paths resolved the way a static host resolves them,
 * and the sitemap. Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { SITE_URL } from '../../src/site.ts';

export const DIST = resolve('dist');
export const SITE_ORIGIN = new URL(SITE_URL).origin;

export interface Page {
  /** File under dist/, e.g. `codes/cloudflare/9412/index.html`. */
  file: string;
  /** The URL path a reader opens, e.g. `/codes/cloudflare/9412/` or `/404.html`. */
  path: string;
  html: string;
  root: HtmlElement;
  /** False for pages that ask search engines to stay away (short links, search, 404). */
  indexable: boolean;
}

function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST} has no index.html: run \`npm run build\` first.`);
  }
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = join(directory, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every file in dist/, relative and with forward slashes. */
export function distFiles(): string[] {
  assertBuilt();
  return walk(DIST).map((file) => relative(DIST, file).split(sep).join('/'));
}

function pathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.getAttributeValue(name) ?? undefined;
}

let cachedPages: Page[] | undefined;

/** Every HTML page in dist/, sorted by path. Pagefind's folder holds no pages. */
export async function loadPages(): Promise<Page[]> {
  if (cachedPages) return cachedPages;
  const parser = new Parser(await new StaticConfigLoader().getConfigFor('page.html'));
  cachedPages = distFiles()
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const root = parser.parseHtml(html);
      const robots = root.querySelector('meta[name="robots"]');
      const indexable = !/noindex/i.test(robots ? (attribute(robots, 'content') ?? '') : '');
      return { file, path: pathOf(file), html, root, indexable };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return cachedPages;
}

/**
 * The file a static host would answer a site path with (a file, or a folder's index.html, with or
 * without the trailing slash), or undefined where it would answer 404.
 */
export function fileForPath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = resolve(join(DIST, decoded));
  if (candidate !== DIST && !candidate.startsWith(DIST + sep)) return undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isFile()) return relative(DIST, candidate).split(sep).join('/');
  const index = join(candidate, 'index.html');
  return existsSync(index) ? relative(DIST, index).split(sep).join('/') : undefined;
}

/** The paths the sitemap lists, from sitemap-index.xml through each sitemap it names. */
export function sitemapUrls(): string[] {
  assertBuilt();
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.trim());
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  return locs(index).flatMap((sitemap) => {
    const file = fileForPath(new URL(sitemap).pathname);
    if (!file) throw new Error(`sitemap-index.xml names ${sitemap}, which is not in dist/.`);
    return locs(readFileSync(join(DIST, file), 'utf8'));
  });
}

/** Size after gzip at zlib's default level, the one static hosts typically compress with on the fly. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

export function distFileGzipSize(file: string): number {
  return gzipSize(readFileSync(join(DIST, file)));
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Left-aligned columns, numbers included, for tables printed in the test output. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd())
    .join('\n');
}
