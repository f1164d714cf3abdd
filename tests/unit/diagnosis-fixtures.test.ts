import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import type { Diagnosis } from '../../src/diagnose/types.ts';
import { providerEngines } from '../../src/providers/engines.ts';
import { diagnosisFixtures, project } from './diagnosis-projection.ts';

const rules = providerEngines.flatMap((engine) => engine.rules);

const ROOT = join(import.meta.dirname, '../..');
const fixtures = diagnosisFixtures(ROOT);

function diagnosisOf(text: string): Diagnosis {
  const outcome = diagnose(text);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.diagnosis;
}

const expectations = new Map(
  fixtures.map((fixture) => [fixture, JSON.parse(readFileSync(join(ROOT, `${fixture}.expected.json`), 'utf8'))]),
);

describe('diagnosis fixtures', () => {
  it.each(fixtures)('%s diagnoses as its .expected.json says', (fixture) => {
    const outcome = diagnose(readFileSync(join(ROOT, fixture), 'utf8'));
    // A paste with no evidence at all expects the reader's clear refusal, named by its code.
    expect(outcome.ok ? project(outcome.diagnosis) : { error: outcome.error.code }).toEqual(expectations.get(fixture));
  });

  it.each(rules.flatMap((rule) => rule.emits.map((id) => [rule.name, id] as const)))(
    'rule %s has a fixture that produces %s',
    (_rule, id) => {
      const produced = [...expectations.values()].flatMap((expected: ReturnType<typeof project>) =>
        (expected.responses ?? []).flatMap((response) => response.findings.map((finding) => finding.id)),
      );
      expect(produced.some((found) => (id.endsWith('/') ? found.startsWith(id) : found === id))).toBe(true);
    },
  );
});

describe('the corpus of real pastes', () => {
  const sources = readFileSync(join(ROOT, 'tests/fixtures/real/README.md'), 'utf8');
  const real = fixtures.filter((fixture) => fixture.startsWith('tests/fixtures/real/'));

  it('holds at least 40 pastes', () => {
    expect(real.length).toBeGreaterThanOrEqual(40);
  });

  it.each(real)('%s names its public source in README.md', (fixture) => {
    const row = sources.split('\n').find((line) => line.startsWith(`| \`${fixture.split('/').at(-1)}\` |`));
    expect(row).toMatch(/\| https:\/\/\S+ \|$/);
  });
});

describe('catalog samples', () => {
  it.each(catalog.flatMap((entry) => entry.samples.map((sample, index) => [entry.id, index, sample.paste] as const)))(
    'the sample of %s (#%i) diagnoses back to its own id',
    (id, _index, paste) => {
      const ids = diagnosisOf(paste).responses.flatMap((response) => response.findings.map((finding) => finding.id));
      expect(ids).toContain(id);
    },
  );
});
