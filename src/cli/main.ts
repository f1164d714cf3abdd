/**
 * The command-line face of the engine (design.md, "The CLI contract"):
 *   imgdiag [--json | --markdown] [FILE | -]
 * Exit 0: no error finding; 1: at least one; 2: bad usage or unreadable input.
 */
import { readFile, stat } from 'node:fs/promises';
import { diagnose } from '../diagnose/index.ts';
import { formatMarkdown } from '../diagnose/format/markdown.ts';
import { formatText } from '../diagnose/format/text.ts';
import { MAX_INPUT_LENGTH } from '../diagnose/read/types.ts';
import { SITE_URL } from '../site.ts';

const USAGE = `Usage: imgdiag [--json | --markdown] [FILE | -]

Diagnoses image-CDN errors from HTTP response headers: curl -i/-I/-v output, a devtools copy,
a HAR file or a JSON object of headers. Reads FILE, or standard input when FILE is - or absent.

  --json       print the diagnosis object (version 1 contract)
  --markdown   print a redacted block for a support ticket
  -h, --help   show this help

Exit status: 0 no error found, 1 an error finding, 2 bad usage or unreadable input.
Examples:
  curl -sI https://example.com/cdn-cgi/image/width=400/a.jpg | imgdiag
  imgdiag --json capture.har`;

class UsageError extends Error {}

type OutputFormat = 'text' | 'json' | 'markdown';

interface Options {
  format: OutputFormat;
  file: string | null;
  help: boolean;
}

export function parseArgs(args: readonly string[]): Options {
  const options: Options = { format: 'text', file: null, help: false };
  for (const arg of args) {
    if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--json' || arg === '--markdown') {
      const format = arg === '--json' ? 'json' : 'markdown';
      if (options.format !== 'text' && options.format !== format) throw new UsageError('choose one of --json and --markdown, not both.');
      options.format = format;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}; see imgdiag --help.`);
    else if (options.file !== null) throw new UsageError('give one FILE at most (or - for standard input).');
    else options.file = arg;
  }
  return options;
}

async function readSource(file: string | null): Promise<Buffer> {
  if (file !== null && file !== '-') {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new UsageError(`cannot read ${file}: no such file. Give a file of headers, a HAR file, or - for standard input.`);
    if (info.size > MAX_INPUT_LENGTH) throw new UsageError(tooLarge(info.size));
    return readFile(file);
  }
  if (process.stdin.isTTY) throw new UsageError('no input: pipe headers in (curl -sI URL | imgdiag) or give a FILE.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_INPUT_LENGTH) throw new UsageError(tooLarge(size, true));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** `streamed`: standard input stops being read at the limit, so only a lower bound is known. */
function tooLarge(bytes: number, streamed = false): string {
  const size = `${streamed ? 'over ' : ''}${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `input is ${size}; imgdiag reads at most 20 MB. Export only the failing request (one HAR entry or its headers).`;
}

export async function main(args: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    process.stderr.write(`imgdiag: ${(error as Error).message}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let bytes: Buffer;
  try {
    bytes = await readSource(options.file);
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `cannot read input: ${(error as Error).message}`;
    process.stderr.write(`imgdiag: ${message}\n`);
    return 2;
  }
  if (bytes.includes(0)) {
    process.stderr.write('imgdiag: the input is binary (it holds NUL bytes); expected text: HTTP headers, curl output or a HAR file.\n');
    return 2;
  }
  const outcome = diagnose(bytes.toString('utf8'));
  if (!outcome.ok) {
    process.stderr.write(`imgdiag: ${outcome.error.message}\n`);
    return 2;
  }
  const { diagnosis } = outcome;
  const output =
    options.format === 'json'
      ? `${JSON.stringify(diagnosis, null, 2)}\n`
      : options.format === 'markdown'
        ? formatMarkdown(diagnosis, SITE_URL)
        : formatText(diagnosis, { color: useColor(), siteUrl: SITE_URL });
  process.stdout.write(output);
  return diagnosis.summary.errors > 0 ? 1 : 0;
}

function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}
