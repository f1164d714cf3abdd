/** FILE mode's input: a file, or standard input, read as text with the CLI's own messages. */
import { readFile, stat } from 'node:fs/promises';
import { MAX_INPUT_LENGTH, type ReadError } from '../diagnose/read/types.ts';
import { UsageError } from './args.ts';

const EXPECTED = 'expected HTTP response headers, curl -i/-I/-v output or a HAR file';

/** Reads FILE, or standard input when it is null or `-`; throws UsageError with one clear line. */
export async function readSource(file: string | null): Promise<string> {
  const fromStdin = file === null || file === '-';
  const bytes = fromStdin ? await readStdin() : await readNamedFile(file);
  const where = fromStdin ? 'standard input' : file;
  if (bytes.includes(0)) throw new UsageError(`${where} is binary (it holds NUL bytes); ${EXPECTED}.`);
  const text = bytes.toString('utf8');
  if (!/\S/.test(text)) {
    throw new UsageError(
      fromStdin
        ? `standard input is empty; ${EXPECTED} (curl -sI URL | imgdiag), or give a FILE or URL.`
        : `${file} is empty; ${EXPECTED}.`,
    );
  }
  return text;
}

async function readNamedFile(file: string): Promise<Buffer> {
  const info = await stat(file).catch(() => null);
  if (info === null) throw new UsageError(`cannot read ${file}: no such file. Give a file of headers, a HAR file, a URL, or - for standard input.`);
  if (info.isDirectory()) throw new UsageError(`${file} is a directory; give a file in it (a saved curl -i output or a .har file).`);
  if (!info.isFile()) throw new UsageError(`cannot read ${file}: not a regular file. Pipe it in instead: imgdiag - < ${file}`);
  if (info.size > MAX_INPUT_LENGTH) throw new UsageError(tooLarge(info.size));
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code === 'EACCES' ? 'permission denied' : error.message}.`);
  });
}

async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) throw new UsageError('no input: pipe headers in (curl -sI URL | imgdiag), or give a FILE or URL.');
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

/** scan --urls: the http(s) URLs of a file (or standard input for `-`), one a line; # starts a comment. */
export async function readUrlList(file: string): Promise<string[]> {
  const bytes = file === '-' ? await readStdin() : await readNamedFile(file);
  const lines = bytes.toString('utf8').split(/\r?\n/).map((line) => line.replace(/#.*$/, '').trim()).filter((line) => line !== '');
  const bad = lines.find((line) => !/^https?:\/\/\S+$/i.test(line));
  if (bad !== undefined) throw new UsageError(`${file === '-' ? 'standard input' : file} lists ${JSON.stringify(bad)}, which is not an http(s) URL; give one URL a line.`);
  if (lines.length === 0) throw new UsageError(`${file === '-' ? 'standard input' : file} lists no URLs; give one page URL a line.`);
  return lines;
}

/**
 * The engine's reason for not reading an input, in the CLI's words where the widget's speak of
 * pasting; the others ("No HTTP headers found: expected ...") read well on a command line as they are.
 */
export function readErrorMessage(error: ReadError): string {
  if (error.code === 'binary') return `the input looks binary rather than text; ${EXPECTED}.`;
  if (error.code === 'too-large') return tooLarge(MAX_INPUT_LENGTH, true);
  if (error.code === 'empty') return `the input is empty; ${EXPECTED}.`;
  return error.message;
}
