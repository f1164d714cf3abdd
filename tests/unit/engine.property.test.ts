import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.ts';
import type { DiagnoseOutcome } from '../../src/diagnose/types.ts';
import { PROVIDER_IDS } from '../../src/providers/ids.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/rules');
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));

const SEVERITIES = ['error', 'warning', 'info', 'ok'];
// Every registered service, or none; `http` is never a response's provider.
const PROVIDERS = [...PROVIDER_IDS.filter((id) => id !== 'http'), null];

/** The contract's required fields, with their types (shared/design.md, "The diagnosis contract"). */
function expectContractShape(outcome: DiagnoseOutcome): void {
  if (!outcome.ok) {
    expect(typeof outcome.error.message).toBe('string');
    expect(outcome.error.message.length).toBeGreaterThan(10);
    return;
  }
  const { diagnosis } = outcome;
  expect(diagnosis.version).toBe(1);
  expect(diagnosis.responses.length).toBeGreaterThan(0);
  let errors = 0;
  let warnings = 0;
  diagnosis.responses.forEach((response, index) => {
    expect(response.index).toBe(index);
    expect(response.status === null || Number.isInteger(response.status)).toBe(true);
    expect(response.url === null || typeof response.url === 'string').toBe(true);
    expect(PROVIDERS).toContain(response.provider);
    for (const finding of response.findings) {
      expect(finding.id).toBe(`${finding.provider ?? 'http'}/${finding.code}`);
      expect(SEVERITIES).toContain(finding.severity);
      for (const key of ['title', 'evidence', 'docs'] as const) expect(typeof finding[key]).toBe('string');
      expect(Array.isArray(finding.causes) && Array.isArray(finding.fixes)).toBe(true);
      if (finding.severity === 'error') errors++;
      if (finding.severity === 'warning') warnings++;
    }
  });
  expect(diagnosis.summary).toEqual({ errors, warnings });
}

/** Header-like lines with values from the headers the rules read, in random mixes. */
const headerLine = fc.oneof(
  fc.tuple(
    fc.constantFrom('cf-resized', 'Cf-Resized', 'x-cld-error', 'server', 'cf-ray', 'warning', 'etag', 'location', 'via', 'server-timing', 'content-type', ':status'),
    fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('err=9412', 'err=', 'internal=ok/m l=12', 'cf-images 299 "x"', '"cf-:', 'cld-error;desc="', 'Resource not found - ', '404', 'cloudflare'),
    ),
  ).map(([name, value]) => `${name}: ${value}`),
  fc.constantFrom('HTTP/2 404', 'HTTP/1.1 200 OK', '> GET / HTTP/1.1', '< HTTP/2 302', '* Connected', '', '$ curl -sI "https://res.cloudinary.com/x/image/upload/w_1/v1/a.jpg"'),
);

describe('the engine on arbitrary input', () => {
  it('never throws and always returns the contract shape on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => expectContractShape(diagnose(text))),
      { numRuns: 400 },
    );
  });

  it('never throws on random mixes of the header lines the rules read', () => {
    fc.assert(
      fc.property(fc.array(headerLine, { maxLength: 40 }), (lines) => expectContractShape(diagnose(lines.join('\n')))),
      { numRuns: 400 },
    );
  });

  it('never throws on real fixtures with lines dropped, repeated or corrupted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'repeat', 'garble')), { maxLength: 8 }),
        fc.string({ maxLength: 20 }),
        (fixture, edits, garbage) => {
          const lines = fixture.split('\n');
          for (const [position, edit] of edits) {
            const at = position % Math.max(lines.length, 1);
            if (edit === 'drop') lines.splice(at, 1);
            else if (edit === 'repeat') lines.splice(at, 0, lines[at] ?? '');
            else lines[at] = `${(lines[at] ?? '').slice(0, 7)}${garbage}`;
          }
          expectContractShape(diagnose(lines.join('\n')));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes time linear in the input, up to 1 MB', () => {
    const unit = `${fixtures.join('\n')}\n`;
    const build = (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
    const perByte = (bytes: number) => {
      const text = build(bytes);
      let best = Infinity;
      for (let round = 0; round < 3; round++) {
        const start = performance.now();
        let runs = 0;
        do {
          diagnose(text);
          runs++;
        } while (performance.now() - start < 40);
        best = Math.min(best, (performance.now() - start) / runs / bytes);
      }
      return best;
    };
    const small = perByte(100 * 1024);
    const large = perByte(1024 * 1024);
    // Quadratic work would cost 10x per byte at ten times the size; linear stays near 1x.
    expect(large / small).toBeLessThan(6);
  });
});

/** Each response's findings as `id severity`, the part of a diagnosis wrapping must not change. */
function findingIds(text: string): string[][] | string {
  const outcome = diagnose(text);
  if (!outcome.ok) return outcome.error.code;
  return outcome.diagnosis.responses.map((response) => response.findings.map((finding) => `${finding.id} ${finding.severity}`));
}

/** Sentences people write around a paste, colons included, with no evidence of their own. */
const PROSE_BEFORE = ['Here is what I get:', 'Images stopped resizing after the move. Output:', 'Update: still broken, see below'];
const PROSE_AFTER = ['Any idea what is wrong?', 'Thanks in advance!', 'Edit: same thing on Firefox.'];

const WRAPPINGS: Record<string, (text: string, before: string, after: string) => string> = {
  prose: (text, before, after) => `${before}\n\n${text}\n\n${after}`,
  fence: (text, before, after) => `${before}\n\n\`\`\`\n${text.replace(/\n$/, '')}\n\`\`\`\n\n${after}`,
  quote: (text) => text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n'),
};

describe('the engine on real pastes', () => {
  it('keeps every fixture\'s findings when it is wrapped in prose, a fence or a Markdown quote', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.constantFrom(...Object.keys(WRAPPINGS)),
        fc.constantFrom(...PROSE_BEFORE),
        fc.constantFrom(...PROSE_AFTER),
        (fixture, wrapping, before, after) => {
          const wrapped = (WRAPPINGS[wrapping] as (typeof WRAPPINGS)['prose'])(fixture, before, after);
          expect(findingIds(wrapped)).toEqual(findingIds(fixture));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never reads a header out of text made only of sentences, colons included', () => {
    const label = fc.constantFrom('Note', 'Update', 'Edit', 'Error', 'Response', 'Result', 'Problem', 'Question', 'Answer', 'Reason', 'Steps', 'Expected', 'Actual');
    const word = fc.constantFrom('the', 'image', 'does', 'not', 'load', 'on', 'my', 'site', 'since', 'yesterday', 'and', 'it', 'works', 'locally', 'again', 'please', 'help');
    const sentence = fc
      .tuple(label, fc.array(word, { minLength: 2, maxLength: 12 }), fc.constantFrom('.', '!', '?', ''))
      .map(([head, words, end]) => `${head}: ${words.join(' ')}${end}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(sentence, word.map((w) => `${w} ${w}.`)), { minLength: 1, maxLength: 12 }), (lines) => {
        const outcome = diagnose(lines.join('\n'));
        expect(outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.headers) : []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a header out of an object literal in code, whose properties can bear header names', () => {
    const name = fc.constantFrom('origin', 'host', 'accept', 'headers', 'content-type', 'credentials', 'methods', 'cache-control', 'x-api-key');
    const value = fc.constantFrom('/.*/', 'true', "'GET'", "['GET', 'POST']", '{', "'image/png'", 'process.env.ORIGIN', '[');
    const property = fc.tuple(fc.constantFrom('', '  ', '    '), name, value).map(([indent, key, text]) => `${indent}${key}: ${text}${text === '{' || text === '[' ? '' : ','}`);
    fc.assert(
      fc.property(fc.array(property, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, fenced) => {
        const code = ['app.use(cors({', ...lines, '}));'];
        const outcome = diagnose((fenced ? ['```js', ...code, '```'] : code).join('\n'));
        expect(outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.headers) : []).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never gives an all-clear when the text shows an error status, an error code or an error header', () => {
    // The error statuses servers send; prose's other three-digit numbers (`552 modules`) are no status.
    const status = fc.oneof(fc.integer({ min: 400, max: 431 }), fc.constantFrom(444, 451, 460, 463, 499, 561), fc.integer({ min: 500, max: 511 }), fc.integer({ min: 520, max: 530 }));
    const code = fc.constantFrom('9401', '9403', '9404', '9408', '9412', '9413', '9422', '9509', '9520', '9523', '9999');
    const evidence = fc.oneof(
      status.map((s) => `Failed to load resource: the server responded with a status of ${s} ()`),
      status.map((s) => `Response: HTTP ${s}`),
      status.map((s) => `the request returned ${s} again`),
      status.map((s) => `Status Code: ${s}`),
      status.map((s) => `HTTP/2 ${s}`),
      code.map((c) => `ERROR ${c}: something went wrong`),
      code.map((c) => `// cf-resized: err=${c}`),
      fc.constantFrom('x-cld-error: Resource not found', "{'x-cld-error': 'Invalid width - abc'}", 'Error: x-cld-error: cloud_name demo is disabled'),
    );
    const filler = fc.constantFrom('Images are broken since the deploy.', 'Note: only on mobile.', '', 'server: cloudflare', 'cf-resized: internal=ok/- q=0 n=1 c=1 v=2025.1.1 l=1');
    fc.assert(
      fc.property(fc.array(filler, { maxLength: 4 }), evidence, fc.array(filler, { maxLength: 4 }), (before, seen, after) => {
        const outcome = diagnose([...before, seen, ...after].join('\n'));
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const alarming = outcome.diagnosis.responses.flatMap((response) => response.findings).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
        expect(alarming.length, seen).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
