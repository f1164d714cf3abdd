/**
 * Scan mode: `imgdiag scan PAGE_URL...` (or `--urls FILE`). Each page is fetched as a browser
 * would navigate to it; a sitemap (or sitemap index) stands for every page it lists. The images
 * of all pages are checked once each, a few at a time, and reported as one table per page, the
 * rows with errors first.
 */
import type { Diagnosis, Finding } from '../diagnose/index.ts';
import { providerWord, severityMark, severityWord } from '../diagnose/format/labels.ts';
import { painter, severityRank, worstFinding } from '../diagnose/format/text.ts';
import type { Options } from './args.ts';
import { type Checked, checkUrl } from './check.ts';
import { fetchChain, FetchError, type RequestSettings } from './fetch.ts';
import { imageUrls, sitemapEntries } from './html-images.ts';
import { readUrlList } from './input.ts';
import type { Output, Result } from './output.ts';
import { mapLimited } from './pool.ts';

/** What a browser sends when it navigates to a page. */
const PAGE_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
/** A page (or sitemap) is read whole up to this size; the largest real pages stay well under it. */
const MAX_PAGE_BYTES = 10 * 1024 * 1024;
/** Sitemap indexes may nest; two levels cover every real site (an index of sitemaps of pages). */
const MAX_SITEMAP_DEPTH = 2;

interface Page {
  /** The URL as given or as the sitemap lists it (its images resolve against where it redirected). */
  url: string;
  /** Empty when the page could not be read; `error` then says why. */
  images: string[];
  error: string | null;
}

export async function runScan(options: Options, output: Output): Promise<Result> {
  const targets = [...options.targets, ...(options.urlsFile === null ? [] : await readUrlList(options.urlsFile))];
  const settings: RequestSettings = { ...options.fetch, userAgent: output.userAgent };
  const pageSettings: RequestSettings = { ...settings, accept: PAGE_ACCEPT, maxBodyBytes: MAX_PAGE_BYTES };
  const reader: PageReader = { settings: pageSettings, concurrency: options.concurrency, seen: new Set() };
  const pages = (await mapLimited(targets, options.concurrency, (url) => readPages(url, reader, 0))).flat();
  const single = targets.length === 1 && pages.length === 1 && pages[0]?.url === targets[0];
  for (const page of pages) if (page.error !== null) process.stderr.write(`imgdiag: ${page.error}\n`);

  const unique = [...new Set(pages.flatMap((page) => page.images))];
  const progress = new Progress(unique.length);
  const checked = await mapLimited(unique, options.concurrency, (url) => checkUrl(url, settings), () => progress.tick());
  progress.end();
  const byUrl = new Map(checked.map((result) => [result.url, result]));
  const resultsOf = (page: Page) => page.images.map((url) => byUrl.get(url) as Checked);

  const failed = pages.some((page) => page.error !== null) || checked.some((result) => !result.ok);
  const errors = checked.some((result) => result.ok && result.diagnosis.summary.errors > 0);
  const code = failed ? 2 : errors ? 1 : 0;
  if (options.format === 'json') {
    const pageJson = (page: Page) => ({ page: page.url, ...(page.error === null ? {} : { error: page.error }), images: resultsOf(page).map(imageJson) });
    if (single && pages[0]?.error) return { stdout: '', code };
    const value = single ? { version: 1, ...pageJson(pages[0] as Page) } : { version: 1, pages: pages.map(pageJson) };
    return { stdout: `${JSON.stringify(value, null, 2)}\n`, code };
  }
  // With many pages (a sitemap), a page whose images are all fine takes one line.
  const fold = !single;
  const blocks = pages.filter((page) => page.error === null).map((page) => pageTable(page.url, resultsOf(page), options, output, fold));
  blocks.push(summary(pages, checked));
  return { stdout: `${blocks.join('\n\n')}\n`, code };
}

function imageJson(result: Checked) {
  return result.ok ? { url: result.url, diagnosis: result.diagnosis } : { url: result.url, diagnosis: null, error: result.error };
}

interface PageReader {
  settings: RequestSettings;
  concurrency: number;
  /** Every page and sitemap URL read so far: each is read once, and a sitemap cannot list itself into a loop. */
  seen: Set<string>;
}

/** A page's images, or a sitemap's pages (each read in turn), or the reason neither can be had. */
async function readPages(url: string, reader: PageReader, depth: number): Promise<Page[]> {
  if (reader.seen.has(url)) return [];
  reader.seen.add(url);
  let chain;
  try {
    chain = await fetchChain(url, reader.settings);
  } catch (error) {
    if (error instanceof FetchError) return [{ url, images: [], error: error.message }];
    throw error;
  }
  const final = chain.exchanges[chain.exchanges.length - 1];
  const status = final?.status ?? 0;
  const failure = (why: string): Page[] => [{ url, images: [], error: `cannot scan ${url}: ${why}` }];
  if (chain.stopped !== null) return failure('its redirects do not end (run imgdiag URL to see the chain).');
  if (status < 200 || status > 299) return failure(`the page answered ${final?.httpVersion ?? 'HTTP'} ${status}${final?.reason ? ` ${final.reason}` : ''}.`);
  const body = final?.body ?? '';
  const sitemap = sitemapEntries(body);
  if (sitemap !== null) {
    if (sitemap.kind === 'sitemaps' && depth >= MAX_SITEMAP_DEPTH) return failure('the sitemap index nests deeper than two levels.');
    // A sitemap's pages are pages, never further sitemaps; an index's entries are sitemaps.
    const next = sitemap.kind === 'sitemaps' ? depth + 1 : MAX_SITEMAP_DEPTH;
    return (await mapLimited(sitemap.urls, reader.concurrency, (entry) => readPages(entry, reader, next))).flat();
  }
  const type = final?.headers.find((field) => field.name.toLowerCase() === 'content-type')?.value ?? '';
  if (!/html/i.test(type) && !/^\s*</.test(body)) return failure(`it is not an HTML page (Content-Type ${type || 'not given'}); to check one image, run imgdiag ${url}`);
  return [{ url, images: imageUrls(body, final?.url ?? url), error: null }];
}

/** An image that could not be fetched ranks just below one with an error: it may be the network's fault. */
const FAILED_FETCH_RANK = severityRank.error - 0.5;

/** Rows in order of what needs attention: errors, failed fetches, warnings, then the rest. */
function attention(result: Checked): number {
  if (!result.ok) return FAILED_FETCH_RANK;
  return severityRank[worstOf(result.diagnosis)?.severity ?? 'ok'];
}

function worstOf(diagnosis: Diagnosis): Finding | null {
  return worstFinding(diagnosis.responses.flatMap((response) => response.findings));
}

function pageTable(pageUrl: string, results: readonly Checked[], options: Options, output: Output, fold: boolean): string {
  const floor = options.only === 'errors' ? FAILED_FETCH_RANK : options.only === 'warnings' ? severityRank.warning : -1;
  const rows = results
    .map((result, order) => ({ result, order, rank: attention(result) }))
    .filter((row) => row.rank >= floor)
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map(({ result }) => row(result, output.color));
  const heading = `${pageUrl}: ${results.length} image${results.length === 1 ? '' : 's'}`;
  if (results.length === 0) return `${heading} (none referenced by img, srcset, picture, CSS url(), preload or og:image)`;
  if (fold && results.every((result) => attention(result) < severityRank.warning)) return `${heading}, none with an error or a warning`;
  const hidden = results.length - rows.length;
  const note = hidden > 0 ? `\n${hidden} more left out: nothing at the level of --only ${options.only}.` : '';
  if (rows.length === 0) return `${heading}; nothing at the level of --only ${options.only}.`;
  return `${heading}\n${table([['STATUS', 'SERVICE', 'WORST FINDING', 'URL'], ...rows])}${note}`;
}

function row(result: Checked, color: boolean): string[] {
  if (!result.ok) return ['failed', '-', painter(color)('error', `✖ ${result.error}`), result.url];
  const { responses } = result.diagnosis;
  const statuses = responses.map((response) => String(response.status ?? '?'));
  const status = statuses.length <= 3 ? statuses.join('→') : `${statuses[0]}→…→${statuses[statuses.length - 1]}`;
  const provider = [...responses].reverse().find((response) => response.provider !== null)?.provider ?? null;
  const worst = worstOf(result.diagnosis);
  const finding = worst === null ? '-' : `${severityMark[worst.severity]} ${severityWord[worst.severity]}: ${worst.title} (${worst.id})`;
  return [status, provider === null ? '-' : providerWord[provider], worst ? painter(color)(worst.severity, finding) : finding, result.url];
}

/** Columns padded to their widest cell (colour codes not counted); the last column is not padded. */
function table(rows: readonly string[][]): string {
  const visible = (text: string) => text.replace(/\u001b\[\d+m/g, '').length;
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((cells) => visible(cells[column] ?? ''))));
  return rows
    .map((cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - visible(cell)))).join('  '))
    .join('\n');
}

function summary(pages: readonly Page[], checked: readonly Checked[]): string {
  const count = (predicate: (result: Checked) => boolean) => checked.filter(predicate).length;
  const withErrors = count((result) => result.ok && result.diagnosis.summary.errors > 0);
  const withWarnings = count((result) => result.ok && result.diagnosis.summary.errors === 0 && result.diagnosis.summary.warnings > 0);
  const failed = count((result) => !result.ok);
  const scanned = pages.filter((page) => page.error === null).length;
  const parts = [
    `${withErrors} with errors`,
    `${withWarnings} with warnings only`,
    ...(failed > 0 ? [`${failed} not fetched`] : []),
    `${checked.length - withErrors - withWarnings - failed} fine`,
  ];
  const unread = pages.length - scanned;
  const where = `${scanned} page${scanned === 1 ? '' : 's'}${unread > 0 ? ` (${unread} could not be read)` : ''}`;
  return `imgdiag: ${checked.length} image${checked.length === 1 ? '' : 's'} on ${where}: ${parts.join(', ')}`;
}

/** "checked 12 of 50 images" on standard error, redrawn in place; only on a terminal. */
class Progress {
  private done = 0;
  private readonly total: number;
  private readonly shown: boolean;

  constructor(total: number) {
    this.total = total;
    this.shown = Boolean(process.stderr.isTTY) && total > 0;
    this.draw();
  }

  tick(): void {
    this.done++;
    this.draw();
  }

  end(): void {
    if (this.shown) process.stderr.write('\r\u001b[2K');
  }

  private draw(): void {
    if (this.shown) process.stderr.write(`\r\u001b[2Kimgdiag: checked ${this.done} of ${this.total} images`);
  }
}
