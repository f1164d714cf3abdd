/**
 * The command line, read into one options object. Three modes share the options:
 *   imgdiag [options] [FILE | -]          a saved or piped paste
 *   imgdiag [options] URL...              fetch each URL, follow its redirects, diagnose the chain
 *   imgdiag scan [options] PAGE_URL...    every image a page (or a sitemap's pages) references
 */
import { BROWSER_ACCEPT } from '../diagnose/index.ts';
import type { OnlyLevel } from '../diagnose/format/text.ts';
import type { HeaderField } from '../diagnose/read/types.ts';

/** Thrown for anything the reader of --help could have got right: printed as one line, exit 2. */
export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json' | 'markdown';

export interface FetchOptions {
  accept: string;
  /** Extra request headers from -H, in order; a cookie only when the user gives one. */
  headers: HeaderField[];
  /** For the whole request of one URL, redirects included. */
  timeoutMs: number;
}

export interface Options {
  mode: 'file' | 'url' | 'scan';
  format: OutputFormat;
  only: OnlyLevel | null;
  /** The positional arguments: one FILE (or -), URLs, or page URLs. */
  targets: string[];
  /** scan --urls: a file (or - for standard input) with one page URL a line. */
  urlsFile: string | null;
  concurrency: number;
  fetch: FetchOptions;
  /** Prefix of the "More:" links; --site-url, else IMGDIAG_SITE_URL, else the public site. */
  siteUrl: string | null;
  help: boolean;
  version: boolean;
}

const DEFAULT_TIMEOUT_SECONDS = 15;
const DEFAULT_CONCURRENCY = 6;
const MAX_CONCURRENCY = 64;

/** Options that take a value, as `--name value` or `--name=value`. */
const VALUE_OPTIONS = new Set(['--accept', '-H', '--header', '--timeout', '--concurrency', '--urls', '--only', '--site-url']);

export function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

export function parseArgs(args: readonly string[]): Options {
  const options: Options = {
    mode: 'file',
    format: 'text',
    only: null,
    targets: [],
    urlsFile: null,
    concurrency: DEFAULT_CONCURRENCY,
    fetch: { accept: BROWSER_ACCEPT, headers: [], timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000 },
    siteUrl: null,
    help: false,
    version: false,
  };
  const rest = [...args];
  let onlyPositionals = false;
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      // `scan` is the first word that is not an option (a file of that name is ./scan).
      if (arg === 'scan' && !onlyPositionals && options.mode === 'file' && options.targets.length === 0) options.mode = 'scan';
      else options.targets.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    let value: string | null = null;
    if (VALUE_OPTIONS.has(name)) {
      value = equals > 0 && name !== arg ? arg.slice(equals + 1) : (rest.shift() ?? null);
      if (value === null) throw new UsageError(`${name} needs a value; see imgdiag --help.`);
    } else if (name !== arg) {
      throw new UsageError(`${name} takes no value; see imgdiag --help.`);
    }
    applyOption(options, name, value);
  }
  return finish(options);
}

function applyOption(options: Options, name: string, value: string | null): void {
  switch (name) {
    case '-h':
    case '--help':
      options.help = true;
      return;
    case '-V':
    case '--version':
      options.version = true;
      return;
    case '--json':
    case '--markdown': {
      const format = name === '--json' ? 'json' : 'markdown';
      if (options.format !== 'text' && options.format !== format) throw new UsageError('choose one of --json and --markdown, not both.');
      options.format = format;
      return;
    }
    case '--only':
      if (value !== 'errors' && value !== 'warnings') throw new UsageError(`--only takes errors or warnings, not ${JSON.stringify(value)}.`);
      options.only = value;
      return;
    case '--accept':
      options.fetch.accept = value as string;
      return;
    case '-H':
    case '--header':
      options.fetch.headers.push(parseHeader(value as string));
      return;
    case '--timeout':
      options.fetch.timeoutMs = positiveNumber(name, value as string) * 1000;
      return;
    case '--concurrency': {
      const count = positiveNumber(name, value as string);
      if (!Number.isInteger(count) || count > MAX_CONCURRENCY) throw new UsageError(`--concurrency takes a whole number from 1 to ${MAX_CONCURRENCY}.`);
      options.concurrency = count;
      return;
    }
    case '--urls':
      options.urlsFile = value;
      return;
    case '--site-url':
      options.siteUrl = siteUrl(value as string, '--site-url');
      return;
    default:
      throw new UsageError(`unknown option ${name}; see imgdiag --help.`);
  }
}

function finish(options: Options): Options {
  if (options.help || options.version) return options;
  const urls = options.targets.filter(isUrl);
  if (options.mode === 'scan') {
    if (options.format === 'markdown') throw new UsageError('scan prints a table or --json; --markdown is for one FILE or URL.');
    if (options.urlsFile === null && options.targets.length === 0) throw new UsageError('scan needs a PAGE_URL, a sitemap.xml URL or --urls FILE.');
    const notUrl = options.targets.find((target) => !isUrl(target));
    if (notUrl !== undefined) throw new UsageError(`scan takes http(s) URLs; ${JSON.stringify(notUrl)} is not one.`);
  } else {
    if (options.urlsFile !== null) throw new UsageError('--urls belongs to scan: imgdiag scan --urls FILE.');
    if (urls.length > 0) {
      options.mode = 'url';
      const notUrl = options.targets.find((target) => !isUrl(target));
      if (notUrl !== undefined) throw new UsageError(`give either URLs or one FILE, not both (${JSON.stringify(notUrl)} is not an http(s) URL).`);
    } else if (options.targets.length > 1) {
      throw new UsageError('give one FILE at most (or - for standard input), or http(s) URLs to fetch.');
    }
  }
  if (options.only !== null && options.format !== 'text') {
    throw new UsageError(`--only shapes the text output; --${options.format} always holds every finding.`);
  }
  return options;
}

function positiveNumber(name: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw new UsageError(`${name} takes a positive number, not ${JSON.stringify(value)}.`);
  return number;
}

function parseHeader(value: string): HeaderField {
  const colon = value.indexOf(':');
  const name = colon > 0 ? value.slice(0, colon).trim() : '';
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new UsageError(`-H takes "Name: value", not ${JSON.stringify(value)}.`);
  return { name, value: value.slice(colon + 1).trim() };
}

/** A site URL for the "More:" links, without its trailing slash; `source` names where it came from. */
export function siteUrl(value: string, source: string): string {
  if (!isUrl(value)) throw new UsageError(`${source} takes an http(s) URL such as https://imgdiag.dev, not ${JSON.stringify(value)}.`);
  return value.replace(/\/+$/, '');
}
