/**
 * Lighthouse on every page template of the built site (npm run audit, after npm run build).
 * Serves dist/ on a free port, audits each template with Lighthouse's default mobile settings
 * (or desktop with --desktop), prints the four category scores as a table and, under it, every
 * audit that kept a template below 100.
 *
 * Scores are reported, not enforced: they move with machine load, so the exit status is non-zero
 * only when something broke (the server, Chromium, or Lighthouse itself).
 *   node scripts/audit.ts [--desktop]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { startDistServer } from './start-dist-server.ts';

const TEMPLATES = [
  { name: 'home', path: '/' },
  { name: 'diagnose', path: '/diagnose/' },
  { name: 'codes table', path: '/codes/' },
  { name: 'code page', path: '/codes/cloudflare/9412/' },
  { name: 'guide', path: '/guides/reading-cf-resized/' },
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const { values: options } = parseArgs({ options: { desktop: { type: 'boolean', default: false } } });

interface TemplateResult {
  name: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  shortfalls: string[];
}

/** Audits that cost points: scored below 1 in one of the four categories. */
function shortfalls(lhr: Result): string[] {
  const found: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const detail = audit.displayValue ? ` (${audit.displayValue})` : '';
      found.push(`${category}: ${audit.id}, ${audit.title}${detail}, score ${audit.score}`);
    }
  }
  return found;
}

/**
 * One Lighthouse run, or undefined when Lighthouse could not measure the page. On a busy machine
 * the trace sometimes misses the navigation start (NO_NAVSTART); Lighthouse's advice is to run
 * it again, so the caller does, once.
 */
async function audit(url: string, port: number): Promise<Result | undefined> {
  const run = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    options.desktop ? desktopConfig : undefined,
  );
  if (run && !run.lhr.runtimeError) return run.lhr;
  console.error(`  Lighthouse could not measure ${url}: ${run?.lhr.runtimeError?.message ?? 'no result'}`);
  return undefined;
}

function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

async function main(): Promise<number> {
  if (!existsSync('dist/index.html')) {
    console.error('dist/ has no index.html: run `npm run build` first.');
    return 2;
  }
  const server = await startDistServer();
  const results: TemplateResult[] = [];
  let failed = false;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
    for (const template of TEMPLATES) {
      const url = new URL(template.path, server.url).href;
      console.error(`Auditing ${template.name} (${url}) ...`);
      const lhr = (await audit(url, chrome.port)) ?? (await audit(url, chrome.port));
      if (!lhr) {
        console.error(`Lighthouse failed twice on ${template.name} (${url}).`);
        failed = true;
        continue;
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => {
          const score = lhr.categories[category]?.score;
          return [category, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      ) as TemplateResult['scores'];
      results.push({ ...template, scores, shortfalls: shortfalls(lhr) });
    }
  } finally {
    chrome?.kill();
    server.close();
  }

  const rows = [
    ['template', 'path', ...CATEGORIES],
    ...results.map((result) => [
      result.name,
      result.path,
      ...CATEGORIES.map((category) => String(result.scores[category] ?? 'n/a')),
    ]),
  ];
  console.log(`\nLighthouse ${options.desktop ? 'desktop' : 'mobile'} scores\n`);
  console.log(formatTable(rows));
  const withShortfalls = results.filter((result) => result.shortfalls.length > 0);
  for (const result of withShortfalls) {
    console.log(`\n${result.name} (${result.path}) lost points on:`);
    for (const line of result.shortfalls) console.log(`  - ${line}`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  return 1;
});
