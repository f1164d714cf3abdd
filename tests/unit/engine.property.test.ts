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
