/**
 * How the build scales with the catalog (npm run bench:build). For each N it copies the project's
 * build inputs into .tmp/bench-build/ (never committed), adds N synthetic Cloudflare codes there,
 * each with a catalog entry and a content/codes page, runs the same build script as
 * `npm run build`, and measures it:
 *   build time, pages per second, peak memory (GNU time's maximum resident set size), dist/ size,
 *   Pagefind's index (size, files), the bytes the first search fetches from /pagefind/ (Chromium
 *   on /search/?q=9412; as served, and gzipped as a host would send them), and the cost per page;
 *   the same time and memory for each step of the build script (Astro, then Pagefind);
 * then what a reader pays for the parts that list every code: the scripts a code page runs
 * (the diagnoser carries the catalog's skeleton), the /codes/ table, the header's search map.
 *   node bench/build.bench.ts [--sizes 0,100,1000,5000] [--keep]
 * N = 0 is the real catalog alone, the baseline. --keep leaves the copies for inspection.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';
import { startDistServer } from '../scripts/start-dist-server.ts';
import { findEntry } from '../src/catalog/index.ts';
import type { CatalogEntry } from '../src/catalog/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.tmp', 'bench-build');
/** What `npm run build` reads; everything else (tests, dist, caches) stays behind. */
const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches that Astro and Vite write inside node_modules: each copy needs its own. */
const LOCAL_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const GNU_TIME = '/usr/bin/time';
/** Synthetic codes start here, above every real Cloudflare code, so they never collide. */
const FIRST_SYNTHETIC_CODE = 20000;
const TEMPLATE_ID = 'cloudflare/9412';
/** A paste whose diagnosis the widget cannot have drawn before: it names two responses. */
const TWO_RESPONSES = 'HTTP/2 301\nlocation: https://example.com/a.jpg\n\nHTTP/2 415\ncf-resized: err=9412\nserver: cloudflare\n';

const { values: options } = parseArgs({
  options: { sizes: { type: 'string', default: '0,100,1000,5000' }, keep: { type: 'boolean', default: false } },
});
const sizes = options.sizes.split(',').map((size) => Number.parseInt(size, 10));
if (sizes.some((size) => !Number.isInteger(size) || size < 0)) {
  console.error(`--sizes takes whole numbers separated by commas, such as 0,100,1000; got "${options.sizes}".`);
  process.exit(2);
}

/** A small deterministic generator, so every run builds the same synthetic text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words of the real guides and code pages: synthetic text draws on the site's vocabulary. */
function vocabulary(): string[] {
  const words = new Set<string>();
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.mdx')) {
        for (const word of readFileSync(path, 'utf8').toLowerCase().match(/[a-z]{4,12}/g) ?? []) words.add(word);
      }
    }
  };
  visit(join(ROOT, 'content'));
  return [...words].sort();
}

function sentence(words: readonly string[], next: () => number, length: number): string {
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]!);
  const text = picked.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * N entries shaped like the template (a real code of typical length), each with its own words so
 * that the search index grows the way a real catalog's would.
 */
function syntheticEntries(count: number, template: CatalogEntry, words: readonly string[]): CatalogEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const code = String(FIRST_SYNTHETIC_CODE + index);
    const next = random(index + 1);
    const sentences = (length: number) => Array.from({ length }, () => sentence(words, next, 18 + Math.floor(next() * 12)));
    return {
      ...template,
      id: `cloudflare/${code}`,
      code,
      title: sentence(words, next, 4).slice(0, -1),
      summary: sentence(words, next, 22),
      variants: [{ status: 415, message: sentence(words, next, 8), certainty: 'uncertain', sources: template.sources.slice(0, 1) }],
      causes: sentences(template.causes.length),
      fixes: sentences(template.fixes.length),
      related: [TEMPLATE_ID],
      history: [],
      caveats: sentences(1),
      samples: [
        {
          label: 'Synthetic response (curl -sI)',
          paste: `HTTP/2 415\ncf-resized: err=${code}\nserver: cloudflare\ncf-ray: 8e45013a7d2c6e08-DFW`,
          origin: 'constructed',
          sources: template.sources.slice(0, 1),
        },
      ],
      keywords: [sentence(words, next, 3).slice(0, -1)],
    };
  });
}

/** node_modules of the copy: every package linked to the project's, the caches its own. */
function linkNodeModules(target: string): void {
  mkdirSync(join(target, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!LOCAL_CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(target, 'node_modules', name));
  }
}

function prepareCopy(count: number, words: readonly string[]): string {
  const target = join(WORK, `n${count}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const input of BUILD_INPUTS) cpSync(join(ROOT, input), join(target, input), { recursive: true });
  linkNodeModules(target);
  if (count === 0) return target;

  const template = findEntry(TEMPLATE_ID);
  if (!template) throw new Error(`The template entry ${TEMPLATE_ID} is not in the catalog: pick another in bench/build.bench.ts.`);
  const entries = syntheticEntries(count, template, words);
  writeFileSync(
    join(target, 'src/providers/cloudflare/data/synthetic.ts'),
    `// Generated by bench/build.bench.ts for a scale test; never committed.\nimport type { CatalogEntry } from '../../../catalog/types.ts';\n\nexport const syntheticEntries: CatalogEntry[] = ${JSON.stringify(entries)};\n`,
  );
  const catalogFile = join(target, 'src/providers/cloudflare/catalog.ts');
  const catalogPart = readFileSync(catalogFile, 'utf8');
  const entriesStart = '  entries: [';
  if (!catalogPart.includes(entriesStart)) {
    throw new Error(`src/providers/cloudflare/catalog.ts no longer has "${entriesStart}": update prepareCopy() in bench/build.bench.ts.`);
  }
  writeFileSync(
    catalogFile,
    `import { syntheticEntries } from './data/synthetic.ts';\n${catalogPart.replace(entriesStart, `${entriesStart}...syntheticEntries, `)}`,
  );

  const templateText = readFileSync(join(ROOT, 'content/codes', `${TEMPLATE_ID}.mdx`), 'utf8');
  const body = templateText.replace(/^---[\s\S]*?---\n/, '');
  for (const entry of entries) {
    const next = random(Number(entry.code));
    const intro = Array.from({ length: 4 }, () => sentence(words, next, 20)).join(' ');
    writeFileSync(
      join(target, 'content/codes', `${entry.id}.mdx`),
      `---\nentry: ${entry.id}\nupdated: 2026-11-22\n---\n\n${intro}\n${body}`,
    );
  }
  return target;
}

interface BuildStep {
  /** The step's command without its environment assignments, e.g. `astro build`. */
  name: string;
  seconds: number;
  peakRssMb: number | null;
}

function runStep(directory: string, command: string): Promise<BuildStep> {
  const timed = existsSync(GNU_TIME);
  const [program, args] = timed ? [GNU_TIME, ['-v', 'sh', '-c', command]] : ['sh', ['-c', command]];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(program, args, {
      cwd: directory,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(directory, 'node_modules/.bin')}:${process.env.PATH}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        fail(new Error(`"${command}" failed in ${relative(ROOT, directory)} (exit ${code}):\n${output.slice(-4000)}`));
        return;
      }
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      const name = command.replace(/^(?:\s*\w+=\S*\s+)+/, '').trim();
      done({ name, seconds, peakRssMb: rss ? Number(rss) / 1024 : null });
    });
  });
}

/** Runs package.json's build script one `&&` step at a time, so each step's cost shows. */
async function runBuild(directory: string): Promise<BuildStep[]> {
  const script = (JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build;
  if (!script) throw new Error('package.json has no "build" script.');
  const steps: BuildStep[] = [];
  for (const command of script.split('&&')) steps.push(await runStep(directory, command.trim()));
  return steps;
}

function filesUnder(directory: string): { count: number; bytes: number; files: string[] } {
  const files: string[] = [];
  let bytes = 0;
  const visit = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) visit(path);
      else {
        files.push(relative(directory, path));
        bytes += statSync(path).size;
      }
    }
  };
  visit(directory);
  return { count: files.length, bytes, files };
}

interface BrowserMeasures {
  searchBytes: number;
  searchGzip: number;
  searchRequests: number;
  codePageScriptGzip: number;
}

/** What the browser fetches, from paths that `wanted` picks, while `action` runs. */
async function fetchedDuring(
  page: Page,
  wanted: (path: string) => boolean,
  action: () => Promise<void>,
): Promise<{ bytes: number; requests: number; bodies: Buffer[] }> {
  const pending: Promise<{ size: number; body: Buffer | null }>[] = [];
  const listener = (response: Response) => {
    if (!wanted(new URL(response.url()).pathname)) return;
    pending.push(
      Promise.all([response.request().sizes(), response.body().catch(() => null)]).then(([sizes, body]) => ({ size: sizes.responseBodySize, body })),
    );
  };
  page.on('response', listener);
  await action();
  page.off('response', listener);
  const settled = await Promise.all(pending);
  return {
    bytes: settled.reduce((sum, { size }) => sum + size, 0),
    requests: settled.length,
    bodies: settled.flatMap(({ body }) => (body ? [body] : [])),
  };
}

async function measureInBrowser(directory: string): Promise<BrowserMeasures> {
  const server = await startDistServer(directory);
  const browser = await chromium.launch({
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const search = await fetchedDuring(page, (path) => path.startsWith('/pagefind/'), async () => {
      await page.goto(new URL('search/?q=9412', server.url).href);
      await page.waitForLoadState('networkidle');
    });
    // A fresh page, so that the header's scripts count too; then a paste, so that the engine and
    // the catalog texts its findings need are fetched as they are for a reader who uses it.
    const codePage = await browser.newPage();
    const scripts = await fetchedDuring(codePage, (path) => path.endsWith('.js'), async () => {
      await codePage.goto(new URL('codes/cloudflare/9412/', server.url).href);
      await codePage.locator('imgdiag-diagnoser textarea').first().fill(TWO_RESPONSES);
      await codePage.locator('[data-imgdiag-summary]', { hasText: /in 2 responses/ }).first().waitFor({ timeout: 60_000 });
      await codePage.waitForLoadState('networkidle');
    });
    return {
      searchBytes: search.bytes,
      searchGzip: search.bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
      searchRequests: search.requests,
      codePageScriptGzip: scripts.bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

function gzipFile(path: string): number {
  return existsSync(path) ? gzipSync(readFileSync(path)).length : 0;
}

interface Row {
  count: number;
  pages: number;
  steps: BuildStep[];
  seconds: number;
  peakRssMb: number | null;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  browser: BrowserMeasures;
  codesTableGzip: number;
  searchMapGzip: number;
  catalogJsonGzip: number;
}

async function measure(count: number, words: readonly string[]): Promise<Row> {
  console.error(`N = ${count}: copying the project and generating ${count} synthetic codes ...`);
  const directory = prepareCopy(count, words);
  console.error(`N = ${count}: building ...`);
  const steps = await runBuild(directory);
  const seconds = steps.reduce((sum, step) => sum + step.seconds, 0);
  const peaks = steps.map((step) => step.peakRssMb).filter((peak) => peak !== null);
  const dist = join(directory, 'dist');
  const all = filesUnder(dist);
  const pagefind = filesUnder(join(dist, 'pagefind'));
  console.error(`N = ${count}: built in ${seconds.toFixed(1)} s; measuring in Chromium ...`);
  const browser = await measureInBrowser(directory);
  const row: Row = {
    count,
    pages: all.files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).length,
    steps,
    seconds,
    peakRssMb: peaks.length > 0 ? Math.max(...peaks) : null,
    distBytes: all.bytes,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.count,
    browser,
    codesTableGzip: gzipFile(join(dist, 'codes/index.html')),
    searchMapGzip: gzipFile(join(dist, 'search-map.json')),
    catalogJsonGzip: gzipFile(join(dist, 'catalog.json')),
  };
  if (!options.keep) rmSync(directory, { recursive: true, force: true });
  return row;
}

function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padStart(widths[column]!)).join('  ')).join('\n');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const words = vocabulary();
const rows: Row[] = [];
for (const count of sizes) rows.push(await measure(count, words));

console.log('\nBuild scale (real catalog plus N synthetic Cloudflare codes; each code adds 3 pages: its page and 2 short links)\n');
console.log(
  formatTable([
    ['N', 'pages', 'build s', 'pages/s', 'ms/page', 'peak RSS', 'dist', 'KB/page', 'Pagefind index', 'files', 'first search fetches (gzip)'],
    ...rows.map((row) => [
      String(row.count),
      String(row.pages),
      row.seconds.toFixed(1),
      (row.pages / row.seconds).toFixed(0),
      ((row.seconds * 1000) / row.pages).toFixed(1),
      row.peakRssMb === null ? 'n/a' : `${row.peakRssMb.toFixed(0)} MB`,
      mb(row.distBytes),
      (row.distBytes / 1024 / row.pages).toFixed(1),
      mb(row.pagefindBytes),
      String(row.pagefindFiles),
      `${kb(row.browser.searchBytes)} (${kb(row.browser.searchGzip)}) in ${row.browser.searchRequests} requests`,
    ]),
  ]),
);
console.log('\nWhere the build spends time and memory, step by step\n');
console.log(
  formatTable([
    ['N', ...rows[0]!.steps.flatMap((step) => [`${step.name}: s`, 'peak RSS'])],
    ...rows.map((row) => [
      String(row.count),
      ...row.steps.flatMap((step) => [step.seconds.toFixed(1), step.peakRssMb === null ? 'n/a' : `${step.peakRssMb.toFixed(0)} MB`]),
    ]),
  ]),
);
console.log('\nWhat grows with the catalog on pages that list every code (gzip)\n');
console.log(
  formatTable([
    ['N', 'scripts a code page runs', '/codes/ HTML', '/search-map.json', '/catalog.json'],
    ...rows.map((row) => [
      String(row.count),
      kb(row.browser.codePageScriptGzip),
      kb(row.codesTableGzip),
      kb(row.searchMapGzip),
      kb(row.catalogJsonGzip),
    ]),
  ]),
);
