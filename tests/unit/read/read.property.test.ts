import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/diagnose/read/index.ts';
import type { ReadOutcome } from '../../../src/diagnose/read/types.ts';
import { fixture } from './helpers.ts';

const FORMATS = ['header-block', 'http-message', 'curl-verbose', 'har', 'json-headers', 'devtools-two-line', 'devtools-legacy', 'text'];
const ERROR_CODES = ['empty', 'too-large', 'binary', 'invalid-har', 'no-headers'];

const FIXTURES = [
  'chrome-devtools-legacy.txt',
  'chrome-devtools-two-line.txt',
  'crlf-http1.txt',
  'curl-100-continue.txt',
  'curl-head-redirects.txt',
  'curl-include-body.txt',
  'curl-verbose-http1.txt',
  'curl-verbose-local-http.txt',
  'curl-verbose-redirects.txt',
  'firefox-devtools-copy.txt',
  'firefox-devtools-raw.txt',
  'folded-lines.txt',
  'har-chrome-export.har',
  'header-json.json',
  'markdown-issue-paste.md',
  'pseudo-headers.txt',
  'safari-devtools.txt',
  'server-log-request-response.txt',
];

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function isFieldList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (field: unknown) =>
        typeof field === 'object' &&
        field !== null &&
        ['name,value', 'name,seen,value'].includes(Object.keys(field).sort().join()) &&
        typeof (field as { name: unknown }).name === 'string' &&
        (field as { name: string }).name !== '' &&
        !(field as { name: string }).name.startsWith(':') &&
        typeof (field as { value: unknown }).value === 'string',
    )
  );
}

/** The outcome has exactly the ReadOutcome shape, with the reader's invariants. */
function checkShape(outcome: ReadOutcome): void {
  expect(typeof outcome.ok).toBe('boolean');
  if (!outcome.ok) {
    expect(Object.keys(outcome).sort()).toEqual(['error', 'ok']);
    expect(ERROR_CODES).toContain(outcome.error.code);
    expect(outcome.error.message).toMatch(/^\S.*\.$/);
    return;
  }
  const { result } = outcome;
  expect(Object.keys(outcome).sort()).toEqual(['ok', 'result']);
  expect(Object.keys(result).sort()).toEqual(['command', 'exchanges', 'format', 'report']);
  expect(result.report?.used.every((line) => typeof line === 'string')).toBe(true);
  expect(result.report?.setAside.every((line) => typeof line === 'string')).toBe(true);
  expect(FORMATS).toContain(result.format);
  expect(isStringOrNull(result.command)).toBe(true);
  expect(result.exchanges.length).toBeGreaterThan(0);
  result.exchanges.forEach((exchange, index) => {
    const keys = ['body', 'headers', 'httpVersion', 'index', 'method', 'reason', 'requestHeaders', 'status', 'url'];
    const optional = [...(exchange.statusSeen ? ['statusSeen'] : []), ...(exchange.browserBlock ? ['browserBlock'] : [])];
    expect(Object.keys(exchange).sort()).toEqual([...keys, ...optional].sort());
    if (exchange.browserBlock) expect(Object.keys(exchange.browserBlock).sort()).toEqual(['line', 'mechanism']);
    expect(exchange.index).toBe(index);
    expect(isStringOrNull(exchange.method)).toBe(true);
    expect(isStringOrNull(exchange.url)).toBe(true);
    expect(isStringOrNull(exchange.httpVersion)).toBe(true);
    expect(isStringOrNull(exchange.reason)).toBe(true);
    expect(isStringOrNull(exchange.body)).toBe(true);
    expect(isFieldList(exchange.headers)).toBe(true);
    expect(isFieldList(exchange.requestHeaders)).toBe(true);
    if (exchange.status !== null) {
      expect(Number.isInteger(exchange.status)).toBe(true);
      expect(exchange.status).toBeGreaterThanOrEqual(100);
      expect(exchange.status).toBeLessThanOrEqual(999);
    }
  });
}

function readChecked(text: string): void {
  checkShape(readInput(text));
}

/** Line endings as people's systems and copy tools produce them. */
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

/** Pieces that look like the lines the reader looks for, shuffled into nonsense. */
const headerishLine = fc
  .tuple(
    fc.constantFrom('', '  ', '\t', '» ', '> ', '< ', '* ', '$ ', '{ [', '```', ':', 'HTTP/2 ', 'HTTP/1.1 '),
    fc.oneof(
      fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9-]{0,15}$/),
      fc.constantFrom('status', ':status', 'Request URL', 'Status Code', 'General', 'Response Headers', 'curl', 'GET / HTTP/1.1', 'Raw'),
    ),
    fc.constantFrom('', ':', ': ', ':\t', ' : ', '\n', ' '),
    fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('404', '200 OK', 'err=9404', 'https://example.com/a', '//x', '"{"', '\\')),
    fc.constantFrom('', '   ← note', '  # note', '  <- note', ' \\', '  '),
  )
  .map((parts) => parts.join(''));

describe('readInput on any input', () => {
  it('never throws and answers a ReadOutcome for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), readChecked), { numRuns: 500 });
  });

  it('never throws on arbitrary code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), readChecked), { numRuns: 500 });
  });

  it('never throws on random header-like lines', () => {
    fc.assert(
      fc.property(fc.array(headerishLine, { maxLength: 40 }), lineEnding, (lines, ending) => readChecked(lines.join(ending))),
      { numRuns: 1000 },
    );
  });

  it('never throws on real fixtures with lines deleted, duplicated or inserted', () => {
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'duplicate', 'insert'),
      at: fc.nat(),
      line: fc.oneof(headerishLine, fc.string({ maxLength: 20 }), fc.constant('')),
    });
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(edit, { maxLength: 8 }), lineEnding, (name, edits, ending) => {
        const lines = fixture(name).split(/\r\n|\r|\n/);
        for (const { kind, at, line } of edits) {
          const index = lines.length === 0 ? 0 : at % lines.length;
          if (kind === 'delete') lines.splice(index, 1);
          else if (kind === 'duplicate') lines.splice(index, 0, lines[index] ?? '');
          else lines.splice(index, 0, line);
        }
        readChecked(lines.join(ending));
      }),
      { numRuns: 600 },
    );
  });

  it('never throws on JSON-like text: truncated HAR files and odd objects', () => {
    const har = fixture('har-chrome-export.har');
    fc.assert(
      fc.property(fc.nat({ max: har.length }), (cut) => readChecked(har.slice(0, cut))),
      { numRuns: 200 },
    );
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), readChecked), { numRuns: 300 });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (entries) => readChecked(JSON.stringify({ log: { entries } }))),
      { numRuns: 300 },
    );
  });

  it('reads every fixture successfully', () => {
    for (const name of FIXTURES) {
      const outcome = readInput(fixture(name));
      checkShape(outcome);
      expect(outcome.ok, name).toBe(true);
    }
  });
});

/** Milliseconds per character: the best of a few rounds, each repeated long enough to measure. */
function costPerChar(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      readInput(text);
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < 25);
    best = Math.min(best, elapsed / runs);
  }
  return best / text.length;
}

/** Repeats `unit` (or `unit(i)`) until the text is `size` characters long. */
function repeatTo(size: number, unit: string | ((i: number) => string)): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = typeof unit === 'string' ? unit : unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

const KB = 1024;

/** Inputs a paste can grow into, including ones that would expose quadratic work. */
const GROWING_INPUTS: Array<[string, (size: number) => string]> = [
  ['header lines', (size) => repeatTo(size, 'cf-resized: err=9404\nserver: cloudflare\n')],
  ['curl -i responses with bodies', (size) => repeatTo(size, 'HTTP/1.1 404 Not Found\nserver: nginx\n\n<p>gone</p>\n')],
  ['curl -v exchanges', (size) => repeatTo(size, '> GET /a HTTP/1.1\n> Host: e.com\n>\n< HTTP/1.1 200 OK\n< x: y\n<\nbody\n* Connection #0 left intact\n')],
  ['two-line devtools copy', (size) => repeatTo(size, 'cf-resized\nerr=9404\n')],
  ['header blocks split by blank lines', (size) => repeatTo(size, (i) => `x-h${i}: v\n\n`)],
  ['folded lines', (size) => `HTTP/1.1 200 OK\nx-long: a\n${repeatTo(size, '  more\n')}`],
  ['one long line of spaces and marks', (size) => `x: a${repeatTo(size, '  #:')}`],
  ['one long line of colons', (size) => repeatTo(size, 'a:')],
  ['one long line after a PowerShell prompt', (size) => `PS ${repeatTo(size, 'C:\\dir ')}`],
  ['a command line of many quoted words', (size) => `curl ${repeatTo(size, "'a b' ")}`],
  ['a command continued over many lines', (size) => `$ curl -sI \\\n${repeatTo(size, "  -H 'a: b' \\\n")}https://e.com/\nHTTP/2 200\n`],
  ['a console object', (size) => `{${repeatTo(size, (i) => `h${i}: 'v', `)}}`],
  ['a HAR file', (size) => JSON.stringify({ log: { entries: JSON.parse(`[${repeatTo(size, '{"request":{"method":"GET","url":"https://e.com/a","headers":[{"name":"a","value":"b"}]},"response":{"status":200,"headers":[{"name":"cf-resized","value":"err=9404"}]}},').slice(0, -1)}]`) } })],
];

describe('readInput cost', () => {
  it.each(GROWING_INPUTS)('grows linearly with the size of %s', (_label, build) => {
    const small = build(100 * KB);
    const large = build(1000 * KB);
    readInput(small);
    readInput(large);
    const ratio = costPerChar(large) / costPerChar(small);
    if (process.env.READ_COST_REPORT) console.log(`${_label}: ${ratio.toFixed(2)}`);
    // Linear work keeps the cost per character flat; quadratic work would make it ten times higher.
    expect(ratio).toBeLessThan(6);
  }, 120_000);
});
