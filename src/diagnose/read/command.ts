/**
 * The command line people paste above the output (`$ curl -sI https://...`): kept as written,
 * minus the prompt, and read for the URL it asks for and whether it asked for headers only.
 */

import type { Line } from './lines.ts';

export interface Command {
  /** The command without its prompt, continuation lines joined with single spaces. */
  text: string;
  /** The URL the command asks for, or null when it names none. */
  url: string | null;
  /** `curl -I` / `--head` / `-X HEAD`: no body follows the headers. */
  headOnly: boolean;
}

/**
 * An optional prompt (`$`, `%`, `#`, `>`, `user@host:~$`, `[user@host dir]$`, macOS's
 * `host:dir user$`, `PS>`, `PS C:\dir>`), then an HTTP client's name and at least one argument.
 */
const COMMAND_LINE =
  /^(?:PS(?:[ \t][^>]*)?>|\[[^\]]*\][$#%]|[^\s$%#>:]+:[^\s$%#>]*[ \t][^\s$%#>]+[$%#]|[^\s$%#>]*[$%#>])?[ \t]*((?:curl|curl\.exe|wget|http|https|xh)[ \t]+\S.*)$/;

/** What every command line holds: a cheap test that spares the other lines the prompt pattern. */
const CLIENT_NAME = /(?:curl|wget|https?|xh)(?:\.exe)?[ \t]/;

export interface CommandMatch {
  command: Command;
  /** Index of the first line after the command and its continuation lines. */
  next: number;
}

/**
 * Walks `lines` in order, handing each command (with its continuation lines) to `onCommand` and
 * every other line to `onLine`: the loop every line-based reader runs.
 */
export function walkLines(lines: readonly Line[], onCommand: (command: Command) => void, onLine: (line: Line) => void): void {
  for (let i = 0; i < lines.length; ) {
    const match = readCommandAt(lines, i);
    if (match !== null) {
      onCommand(match.command);
      i = match.next;
    } else {
      onLine(lines[i] as Line);
      i++;
    }
  }
}

/** Reads the command starting at `lines[start]`, if that line is one. */
export function readCommandAt(lines: readonly Line[], start: number): CommandMatch | null {
  const first = lines[start];
  if (!first || !CLIENT_NAME.test(first.text)) return null;
  const match = COMMAND_LINE.exec(first.text);
  if (!match) return null;
  const parts = [match[1] ?? ''];
  let next = start + 1;
  while (endsWithContinuation(parts[parts.length - 1] ?? '') && next < lines.length) {
    const last = parts.length - 1;
    parts[last] = (parts[last] ?? '').slice(0, -1).trimEnd();
    parts.push((lines[next]?.text ?? '').trim());
    next++;
  }
  const text = parts.filter((part) => part !== '').join(' ');
  const args = commandArguments(shellWords(text));
  return { command: { text, url: commandUrl(args), headOnly: asksHeadOnly(args) }, next };
}

/** A backslash (POSIX shells), backtick (PowerShell) or caret (cmd.exe) at the end. */
function endsWithContinuation(text: string): boolean {
  return text.endsWith('\\') || text.endsWith('`') || text.endsWith('^');
}

/** Splits a command line into words, honouring single quotes, double quotes and backslashes. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (quote === "'") {
      if (char === "'") quote = '';
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = '';
      else if (char === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1] ?? '')) word += text[++i] ?? '';
      else word += char;
    } else if (char === ' ' || char === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      inWord = true;
      if (char === "'" || char === '"') quote = char;
      else if (char === '\\' && i + 1 < text.length) word += text[++i] ?? '';
      else word += char;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** curl's short options that take a value (`-H 'Accept: ...'`, `-o /dev/null`, `-e <referer>`). */
const SHORT_WITH_VALUE = 'AbcCdDeEFHKmoPQrtTuUwxXyYz';

/** Long options whose value is the next word and never the URL asked for. */
const LONG_WITH_VALUE = new Set([
  '--header', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--data-ascii', '--json',
  '--request', '--output', '--user-agent', '--referer', '--user', '--cookie', '--cookie-jar',
  '--write-out', '--proxy', '--preproxy', '--proxy-user', '--resolve', '--connect-to',
  '--max-time', '--connect-timeout', '--form', '--dump-header', '--range', '--cert', '--key',
  '--cacert', '--config', '--upload-file', '--retry', '--output-dir', '--doh-url', '--interface',
  '--limit-rate', '--max-redirs', '--variable', '--trace', '--trace-ascii', '--stderr',
]);

interface Argument {
  option: string | null;
  value: string;
}

/** Pairs each option with its value; words that belong to no option come with `option: null`. */
function commandArguments(words: readonly string[]): Argument[] {
  const args: Argument[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word.startsWith('--')) {
      const equals = word.indexOf('=');
      if (equals > 0) args.push({ option: word.slice(0, equals), value: word.slice(equals + 1) });
      else {
        const takesValue = LONG_WITH_VALUE.has(word) || word === '--url';
        args.push({ option: word, value: takesValue ? (words[++i] ?? '') : '' });
      }
    } else if (word.startsWith('-') && word.length > 1) {
      const letters = word.slice(1);
      let valueAt = 0;
      while (valueAt < letters.length && !SHORT_WITH_VALUE.includes(letters[valueAt] ?? '')) valueAt++;
      if (valueAt > 0) args.push({ option: `-${letters.slice(0, valueAt)}`, value: '' });
      if (valueAt < letters.length) {
        const attached = letters.slice(valueAt + 1);
        args.push({ option: `-${letters[valueAt] ?? ''}`, value: attached !== '' ? attached : (words[++i] ?? '') });
      }
    } else {
      args.push({ option: null, value: word });
    }
  }
  return args;
}

const HOST_LIKE = /^(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?::\d+)?(?:[/?#]\S*)?$/;

function commandUrl(args: readonly Argument[]): string | null {
  const explicit = args.find((arg) => arg.option === '--url');
  if (explicit) return explicit.value;
  const positional = args.filter((arg) => arg.option === null).map((arg) => arg.value);
  const absolute = positional.find((word) => /^https?:\/\//i.test(word));
  if (absolute !== undefined) return absolute;
  // curl reads a URL without a scheme as plain HTTP.
  const bare = positional.find((word) => HOST_LIKE.test(word));
  return bare === undefined ? null : `http://${bare}`;
}

function asksHeadOnly(args: readonly Argument[]): boolean {
  return args.some(
    (arg) =>
      arg.option === '--head' ||
      (arg.option !== null && /^-[a-zA-Z]*I[a-zA-Z]*$/.test(arg.option)) ||
      ((arg.option === '-X' || arg.option === '--request') && arg.value.toUpperCase() === 'HEAD'),
  );
}
