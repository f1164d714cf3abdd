/**
 * The command-line face of the engine (design.md, "The CLI contract"). Exit 0: no error finding;
 * 1: at least one; 2: bad usage, unreadable input, a failure to fetch, or anything unexpected,
 * always as one line on standard error.
 */
import { diagnose } from '../diagnose/index.ts';
import { formatMarkdown } from '../diagnose/format/markdown.ts';
import { formatText } from '../diagnose/format/text.ts';
import { PROVIDER_IDS, PROVIDER_NAMES, type ServiceId } from '../providers/ids.ts';
import { SITE_URL } from '../site.ts';
import { type Options, parseArgs, siteUrl, UsageError } from './args.ts';
import { readErrorMessage, readSource } from './input.ts';
import { type Output, writeOutput } from './output.ts';
import { runScan } from './scan.ts';
import { runUrls } from './url-mode.ts';

const SERVICES = PROVIDER_IDS.filter((id): id is ServiceId => id !== 'http').map((id) => PROVIDER_NAMES[id]);

/** The registry's services in one sentence, wrapped to the help's width. */
function coverage(): string {
  const sentence = `Diagnoses image-delivery errors from ${SERVICES.slice(0, -1).join(', ')} and ${SERVICES.at(-1)}, and plain HTTP failures (statuses, redirects, non-images, browser blocks).`;
  const lines: string[] = [];
  let line = '';
  for (const word of sentence.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > 92) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

const USAGE = `Usage: imgdiag [--json | --markdown] [FILE | -]
       imgdiag [--json | --markdown] URL...
       imgdiag scan [--json] PAGE_URL... | --urls FILE

${coverage()}
  FILE      curl -i/-I/-v output, a devtools copy, a HAR file or a JSON object of headers;
            standard input when FILE is - or absent
  URL       fetched with a browser's Accept; every redirect is followed and diagnosed
  scan      checks every image a page references (img, srcset, picture, CSS url(), preload,
            og:image, twitter:image); a sitemap.xml URL scans every page it lists

Output:
  --json                 the diagnosis object (version 1 contract)
  --markdown             a redacted block for a support ticket
  --only errors|warnings show only findings this severe or worse (text and scan table)
  --site-url URL         where the "More:" links point (also IMGDIAG_SITE_URL)
Fetching:
  --accept VALUE         the Accept header (default: a browser's image Accept)
  -H, --header 'N: V'    add a request header (cookies are sent only this way)
  --timeout SECONDS      for each URL, redirects included (default 15)
  --concurrency N        requests at a time (default 6)
  --urls FILE            scan: page URLs one a line, - for standard input
Other:
  -V, --version          print the version
  -h, --help             show this help

Exit status: 0 no error found, 1 an error finding, 2 bad usage, unreadable input or a failed fetch.
Examples:
  curl -sI https://example.com/cdn-cgi/image/width=400/a.jpg | imgdiag
  imgdiag --json capture.har
  imgdiag 'https://res.cloudinary.com/demo/image/upload/w_300/sample.jpg'
  imgdiag scan --only errors https://example.com/`;

export interface CliContext {
  version: string;
}

/** The entry point of the installed command: sets the exit code, and never lets a stack trace out. */
export function run(args: readonly string[], context: CliContext): void {
  const fail = (error: unknown) => {
    process.stderr.write(`imgdiag: unexpected failure: ${oneLine(error)}. Please report it with the command you ran.\n`);
    process.exit(2);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  // A closed pipe (imgdiag ... | head) ends the output; it is not a failure of the diagnosis.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : fail(error)));
  main(args, context).then((code) => {
    process.exitCode = code;
  }, fail);
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0] ?? text;
}

export async function main(args: readonly string[], context: CliContext): Promise<number> {
  try {
    const options = parseArgs(args);
    if (options.help) return print(`${USAGE}\n`);
    if (options.version) return print(`${context.version}\n`);
    const output: Output = {
      siteUrl: options.siteUrl ?? siteUrlFromEnvironment(),
      color: useColor(),
      userAgent: `imgdiag/${context.version} (+${SITE_URL})`,
    };
    if (options.mode === 'url') return await writeOutput(await runUrls(options, output));
    if (options.mode === 'scan') return await writeOutput(await runScan(options, output));
    return await writeOutput(await diagnoseInput(options, output));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`imgdiag: ${error.message}\n`);
    return 2;
  }
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

async function diagnoseInput(options: Options, output: Output) {
  const file = options.targets[0] ?? null;
  const text = await readSource(file);
  const outcome = diagnose(text);
  if (!outcome.ok) throw new UsageError(readErrorMessage(outcome.error));
  const { diagnosis } = outcome;
  const stdout =
    options.format === 'json'
      ? `${JSON.stringify(diagnosis, null, 2)}\n`
      : options.format === 'markdown'
        ? formatMarkdown(diagnosis, output.siteUrl)
        : formatText(diagnosis, { color: output.color, siteUrl: output.siteUrl, only: options.only });
  return { stdout, code: diagnosis.summary.errors > 0 ? 1 : 0 };
}

function siteUrlFromEnvironment(): string {
  const value = process.env.IMGDIAG_SITE_URL;
  return value ? siteUrl(value, 'IMGDIAG_SITE_URL') : SITE_URL;
}

function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}
