/**
 * Size budgets for every built page, measured the way a reader pays for them (gzip, each file
 * compressed on its own) and printed as tables:
 *   - HTML at most 7 KB and the CSS a page links at most 12 KB (Starlight keeps the same budgets);
 *   - the scripts in the site's header (search control, theme switch), on every page, stay small;
 *   - no page runs more than 2 KB of script before the reader does anything (search and the
 *     diagnoser load the rest on first use), except the two whose content their script computes
 *     on load (/search/ and the 404 page);
 *   - only the pages with an interactive widget (home, /diagnose/, code pages, /search/, 404) load
 *     any other script: guides and the codes table ship none of their own;
 *   - the diagnoser's scripts, catalog included, at most 30 KB however the reader uses it.
 * KB here means 1,024 bytes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST, SITE_ORIGIN, attribute, fileForPath, formatTable, gzipSize, kilobytes, loadPages, type Page } from './site.ts';

const KB = 1024;
const BUDGET = {
  html: 7 * KB,
  css: 12 * KB,
  /** The header's scripts ride on every page, so they must stay a rounding error. */
  headerScripts: 3 * KB,
  /** Everything a page runs before the reader touches it, header and widget loaders included. */
  beforeInteraction: 2 * KB,
  /**
   * The design's target is 30 KB. One paste loads the core engine with the lenient reader, its
   * text-paste readers, access-log rows and the reading of browsers' console lines (17.5 KB), the widget (4.8 KB:
   * share links, files and Markdown load only when asked for), the plain-HTTP rules (2.9 KB) and
   * the heaviest service, Cloudinary with its message classes and URL reader (6.9 KB): 38.2 KB
   * with the three largest findings' texts. The reader is most of it, and every form it learned
   * came from a real paste it misread; this bound keeps it from growing further unnoticed.
   */
  widget: 39 * KB,
  /** `/codes/` is one table of every code by design: about 40 B gzip a row, 230 rows. */
  codesTable: 10 * KB,
};
const CODES_TABLE = /^\/codes\/$/;
const htmlBudgetOf = (page: Page) => (CODES_TABLE.test(page.path) ? BUDGET.codesTable : BUDGET.html);

/** Pages that carry an interactive widget and so may load scripts beyond the header's. */
const WIDGET_PAGES: readonly RegExp[] = [/^\/$/, /^\/diagnose\/$/, /^\/codes\/[^/]+\/[^/]+\/$/, /^\/search\/$/, /^\/404\.html$/];
const CODE_PAGE = /^\/codes\/[^/]+\/[^/]+\/$/;
/** Pages whose content is what their script computes on load: /search/'s results for ?q=, the 404's nearest codes. */
const ANSWERS_ON_LOAD: readonly RegExp[] = [/^\/search\/$/, /^\/404\.html$/];

const pages = await loadPages();

/** A script a page runs: a file in dist/, or an inline block named by its hash. */
interface Script {
  key: string;
  label: string;
  gzip: number;
  /** Files it imports statically: they load with it. */
  imports: string[];
  /** Files it imports with import() when it needs them, with Vite's preload lists. */
  dynamic: string[];
  /** Files it starts as workers (`new URL('…', import.meta.url)`): loaded instead, on their own. */
  workers: string[];
}

const scripts = new Map<string, Script>();

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]((?:\.{1,2}\/|\/)[^"'`\s]+\.m?js)["'`]/g;
const WORKER_URL = /new\s+URL\(\s*["'`]((?:\.{1,2}\/|\/)[^"'`\s]+\.m?js)["'`]\s*,[^)]*import\.meta\.url/g;
const ANY_CHUNK = /["'`]((?:\.{1,2}\/|\/_astro\/)[^"'`\s]+\.m?js)["'`]/g;

function chunkReferences(code: string, base: string): Pick<Script, 'imports' | 'dynamic' | 'workers'> {
  const toFile = (specifier: string) => fileForPath(new URL(specifier, base).pathname) ?? `missing:${specifier}`;
  const found = (pattern: RegExp) => [...new Set([...code.matchAll(pattern)].map((match) => toFile(match[1]!)))];
  const imports = found(STATIC_IMPORT);
  const workers = found(WORKER_URL);
  const dynamic = found(ANY_CHUNK).filter((file) => !imports.includes(file) && !workers.includes(file));
  return { imports, dynamic, workers };
}

/** A short name for tables: the file without its folder and Astro's script-naming infix. */
function shortName(file: string): string {
  return file.replace(/^_astro\//, '').replace('.astro_astro_type_script_index_0_lang', '');
}

function fileScript(file: string): Script {
  let script = scripts.get(file);
  if (!script) {
    const code = readFileSync(join(DIST, file), 'utf8');
    script = { key: file, label: shortName(file), gzip: gzipSize(code), ...chunkReferences(code, `${SITE_ORIGIN}/${file}`) };
    scripts.set(file, script);
  }
  return script;
}

function inlineScript(code: string, page: Page): Script {
  const key = `inline:${createHash('sha256').update(code).digest('base64').slice(0, 10)}`;
  let script = scripts.get(key);
  if (!script) {
    const preview = code.trim().replace(/\s+/g, ' ').slice(0, 40);
    script = { key, label: `inline <script> "${preview}…"`, gzip: gzipSize(code), ...chunkReferences(code, SITE_ORIGIN + page.path) };
    scripts.set(key, script);
  }
  return script;
}

const JAVASCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Scripts the page declares in its HTML. */
function declaredScripts(page: Page): Script[] {
  return page.root
    .querySelectorAll('script')
    .filter((element) => JAVASCRIPT_TYPES.has((attribute(element, 'type') ?? '').toLowerCase()))
    .map((element) => {
      const src = attribute(element, 'src');
      if (src === undefined) return inlineScript(element.textContent, page);
      const file = fileForPath(new URL(src, SITE_ORIGIN + page.path).pathname);
      return file ? fileScript(file) : { key: `missing:${src}`, label: `${src} (missing)`, gzip: 0, imports: [], dynamic: [], workers: [] };
    });
}

/** A provider's chunk (src/build/browser-catalog.ts names them): its id, or null for another script. */
function providerOf(key: string): string | null {
  return /imgdiag-provider-([a-z0-9-]+?)[.-][A-Za-z0-9_-]{8}\.js$/.exec(key)?.[1] ?? null;
}

/**
 * The scripts that load with these: each one plus what it imports statically and, when `dynamic`,
 * with import() too, except the providers' chunks, which a paste loads only when it needs them.
 * With `dynamic: 'diagnosis'` only the import() calls on the way to the providers are followed:
 * the engine, not what the widget loads when the reader asks for a share link or a file.
 */
function closure(entries: Iterable<Script>, { dynamic = false }: { dynamic?: boolean | 'diagnosis' } = {}): Set<string> {
  const loaded = new Set<string>();
  const visit = (script: Script) => {
    if (loaded.has(script.key)) return;
    loaded.add(script.key);
    const later = script.dynamic.filter((file) => providerOf(file) === null && (dynamic === true || (dynamic === 'diagnosis' && leadsToProviders(file, new Set(loaded)))));
    for (const file of [...script.imports, ...later]) if (!file.startsWith('missing:')) visit(fileScript(file));
  };
  for (const script of entries) visit(script);
  return loaded;
}

/** Whether loading `file` goes on to load a provider's chunk through what is not loaded yet (`seen`): the engine's path. */
function leadsToProviders(file: string, seen: Set<string>): boolean {
  if (file.startsWith('missing:') || seen.has(file)) return false;
  seen.add(file);
  const script = fileScript(file);
  return script.dynamic.some((next) => providerOf(next) !== null) || [...script.imports, ...script.dynamic].some((next) => leadsToProviders(next, seen));
}

function gzipOf(keys: Iterable<string>): number {
  let total = 0;
  for (const key of keys) total += scripts.get(key)?.gzip ?? 0;
  return total;
}

interface Measured {
  page: Page;
  html: number;
  css: number;
  stylesheets: string[];
  /** Every script that runs before the reader does anything. */
  onLoad: Set<string>;
}

const measured: Measured[] = pages.map((page) => {
  const stylesheets = page.root
    .querySelectorAll('link[rel]')
    .filter((link) => (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .map((link) => fileForPath(new URL(attribute(link, 'href') ?? '', SITE_ORIGIN + page.path).pathname) ?? '');
  const inlineStyles = page.root.querySelectorAll('style').map((style) => style.textContent);
  const css =
    stylesheets.reduce((sum, file) => sum + (file ? gzipSize(readFileSync(join(DIST, file))) : 0), 0) +
    inlineStyles.reduce((sum, text) => sum + gzipSize(text), 0);
  return { page, html: gzipSize(page.html), css, stylesheets, onLoad: closure(declaredScripts(page)) };
});

/** The header's scripts: the ones every indexable page runs. */
const headerScripts = measured
  .filter(({ page }) => page.indexable)
  .map(({ onLoad }) => onLoad)
  .reduce((common, set) => new Set([...common].filter((key) => set.has(key))));

const isWidgetPage = (page: Page) => WIDGET_PAGES.some((pattern) => pattern.test(page.path));
const isShortLink = (page: Page) => !page.indexable && page.root.querySelector('meta[http-equiv="refresh"]') !== null;

interface WidgetPath {
  name: string;
  keys: Set<string>;
}

/**
 * What the diagnoser costs on a code page: the scripts it loads with the page; everything it
 * imports when the reader uses it, with the causes and fixes of the three entries whose texts are
 * largest (each entry's text is a module of its own under /catalog-text/, imported when a finding
 * names the entry; a paste rarely names more than two); or, for a big paste, the chain of imports
 * that starts the worker and the worker in place of the engine. The budget holds for the heaviest.
 */
const FINDINGS_PER_PASTE = 3;
const largestCatalogTexts = readdirSync(join(DIST, 'catalog-text'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .map((file) => fileScript(`catalog-text/${file}`))
  .sort((a, b) => b.gzip - a.gzip)
  .slice(0, FINDINGS_PER_PASTE)
  .map((script) => script.key);

/**
 * The provider chunks one paste loads: the plain-HTTP provider, which every paste needs, and the
 * heaviest single service with what it imports. A paste that shows two services (a CDN in front
 * of an optimizer) loads two; the table below prints each provider's cost.
 */
function providerChunks(loaded: Set<string>): string[] {
  const costs = providerCosts(loaded);
  const http = costs.filter(({ id }) => id === 'http').flatMap(({ keys }) => keys);
  const heaviest = costs.filter(({ id }) => id !== 'http').sort((a, b) => gzipOf(b.keys) - gzipOf(a.keys))[0]?.keys ?? [];
  return [...http, ...heaviest];
}

/** What loading each provider adds to `loaded`: its chunk and the shared chunks it imports. */
function providerCosts(loaded: Set<string>): { id: string; keys: string[] }[] {
  const chunks = [...new Set([...loaded].flatMap((key) => fileScript(key).dynamic.filter((file) => providerOf(file) !== null)))];
  return chunks.map((file) => ({ id: providerOf(file)!, keys: [...closure([fileScript(file)])].filter((key) => !loaded.has(key)) }));
}

function widgetPaths(onLoad: Set<string>): WidgetPath[] {
  const own = new Set([...onLoad].filter((key) => !headerScripts.has(key)));
  const scriptsOf = (keys: Iterable<string>) => [...keys].map((key) => scripts.get(key) ?? fileScript(key));
  const onUse = closure(scriptsOf(own), { dynamic: 'diagnosis' });
  const paths: WidgetPath[] = [
    { name: 'on load', keys: own },
    {
      name: `on use, the heaviest service, ${FINDINGS_PER_PASTE} largest findings`,
      keys: new Set([...onUse, ...providerChunks(onUse), ...largestCatalogTexts]),
    },
  ];
  // What a share link, a file or Copy as Markdown loads on top of the widget, each on its own.
  const onRequest = [...closure(scriptsOf(own), { dynamic: true })].filter((key) => !onUse.has(key) && providerOf(key) === null);
  for (const key of onRequest.filter((candidate) => scriptsOf(onUse).some((script) => script.dynamic.includes(candidate)))) {
    paths.push({ name: `on request (${shortName(key)})`, keys: new Set([...own, ...closure([fileScript(key)])]) });
  }
  // Breadth-first over imports, remembering who imported whom, to find what leads to a worker.
  const importedBy = new Map<string, string | null>([...own].map((key) => [key, null]));
  const queue = [...own];
  while (queue.length > 0) {
    const script = scriptsOf([queue.shift()!])[0]!;
    for (const file of [...script.imports, ...script.dynamic]) {
      if (file.startsWith('missing:') || importedBy.has(file)) continue;
      importedBy.set(file, script.key);
      queue.push(file);
    }
    for (const worker of script.workers.filter((file) => !file.startsWith('missing:'))) {
      const chain: string[] = [];
      for (let key: string | null | undefined = script.key; key; key = importedBy.get(key)) chain.push(key);
      const inWorker = closure([fileScript(worker)], { dynamic: true });
      paths.push({
        name: `big paste (${shortName(worker)})`,
        keys: new Set([...own, ...closure(scriptsOf(chain)), ...inWorker, ...providerChunks(inWorker)]),
      });
    }
  }
  return paths;
}

function over(bytes: number, budget: number): string {
  return bytes > budget ? ' OVER' : '';
}

describe('size budgets (gzip)', () => {
  test.for(measured)('$page.path: HTML within 7 KB (the codes table 10 KB), CSS within 12 KB', ({ page, html, css, stylesheets }) => {
    const problems: string[] = [];
    if (html > htmlBudgetOf(page)) problems.push(`HTML is ${kilobytes(html)} gzip, over the ${kilobytes(htmlBudgetOf(page))} budget`);
    if (css > BUDGET.css) {
      problems.push(`CSS is ${kilobytes(css)} gzip (${stylesheets.join(', ')}), over the ${kilobytes(BUDGET.css)} budget`);
    }
    expect(problems, `${page.path} (dist/${page.file})`).toEqual([]);
  });

  test('the header scripts that every page runs stay within 3 KB', () => {
    const labels = [...headerScripts].map((key) => `${scripts.get(key)!.label} ${kilobytes(scripts.get(key)!.gzip)}`);
    expect(gzipOf(headerScripts), `every page runs ${labels.join(', ')}`).toBeLessThanOrEqual(BUDGET.headerScripts);
  });

  test.for(measured.filter(({ page }) => !isShortLink(page) && !ANSWERS_ON_LOAD.some((pattern) => pattern.test(page.path))))(
    '$page.path: at most 2 KB of script before interaction',
    ({ page, onLoad }) => {
      const parts = [...onLoad].map((key) => `${scripts.get(key)!.label} ${kilobytes(scripts.get(key)!.gzip)}`).join(', ');
      expect(gzipOf(onLoad), `${page.path} runs ${parts} before interaction`).toBeLessThanOrEqual(BUDGET.beforeInteraction);
    },
  );

  test.for(measured.filter(({ page }) => CODE_PAGE.test(page.path)))(
    "$page.path: the diagnoser's scripts, catalog included, within 35 KB",
    ({ page, onLoad }) => {
      const heaviest = widgetPaths(onLoad).sort((a, b) => gzipOf(b.keys) - gzipOf(a.keys))[0]!;
      const parts = [...heaviest.keys].map((key) => `${scripts.get(key)!.label} ${kilobytes(scripts.get(key)!.gzip)}`).join(', ');
      expect(
        gzipOf(heaviest.keys),
        `${page.path}: the diagnoser loads ${kilobytes(gzipOf(heaviest.keys))} gzip ${heaviest.name} (${parts})`,
      ).toBeLessThanOrEqual(BUDGET.widget);
    },
  );
});

describe('content pages load no script but the header', () => {
  test.for(measured.filter(({ page }) => !isWidgetPage(page)))('$page.path', ({ page, onLoad }) => {
    const extra = [...onLoad].filter((key) => !headerScripts.has(key)).map((key) => scripts.get(key)!.label);
    expect(extra, `${page.path} (dist/${page.file}) loads scripts beyond the header's`).toEqual([]);
  });
});

afterAll(() => {
  const shortLinks = measured.filter(({ page }) => isShortLink(page));
  const listed = measured.filter(({ page }) => !isShortLink(page));
  const row = (name: string, { page, html, css, onLoad }: Measured) => [
    name,
    kilobytes(html) + over(html, htmlBudgetOf(page)),
    kilobytes(css) + over(css, BUDGET.css),
    kilobytes(gzipOf(onLoad)),
    kilobytes(gzipOf([...onLoad].filter((key) => !headerScripts.has(key)))),
  ];
  const rows = [
    ['page', 'HTML', 'CSS', 'JS on load', 'beyond header'],
    [`(budget)`, kilobytes(BUDGET.html), kilobytes(BUDGET.css), '', ''],
    ...listed.map((entry) => row(entry.page.path, entry)),
  ];
  if (shortLinks.length > 0) {
    const largest = shortLinks.reduce((a, b) => (b.html > a.html ? b : a));
    rows.push(row(`${shortLinks.length} short links (largest: ${largest.page.path})`, largest));
  }
  const headerRows = [...headerScripts].map((key) => [scripts.get(key)!.label, kilobytes(scripts.get(key)!.gzip)]);
  const codePage = measured.find(({ page }) => CODE_PAGE.test(page.path));
  const widgetRows = codePage
    ? widgetPaths(codePage.onLoad).map((path) => [
        path.name,
        kilobytes(gzipOf(path.keys)) + over(gzipOf(path.keys), BUDGET.widget),
        [...path.keys].map((key) => `${scripts.get(key)!.label} ${kilobytes(scripts.get(key)!.gzip)}`).join(' + '),
      ])
    : [];
  const providerRows = codePage
    ? providerCosts(closure([...codePage.onLoad].map((key) => scripts.get(key)!), { dynamic: true })).map(({ id, keys }) => [
        id,
        kilobytes(gzipOf(keys)),
        keys.map((key) => `${scripts.get(key)!.label} ${kilobytes(scripts.get(key)!.gzip)}`).join(' + '),
      ])
    : [];
  console.log(
    [
      'Page budgets (gzip; KB = 1,024 bytes)',
      formatTable(rows),
      '',
      `Header scripts on every page: ${kilobytes(gzipOf(headerScripts))} (budget ${kilobytes(BUDGET.headerScripts)})`,
      formatTable([['script', 'gzip'], ...headerRows]),
      '',
      `Diagnoser scripts on ${codePage?.page.path ?? 'code pages'} beyond the header (budget ${kilobytes(BUDGET.widget)})`,
      formatTable([['when', 'gzip', 'chunks'], ...widgetRows]),
      '',
      'What each provider adds when a paste needs it',
      formatTable([['provider', 'gzip', 'chunks'], ...providerRows]),
    ].join('\n'),
  );
});
