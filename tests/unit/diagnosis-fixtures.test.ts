import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { rules } from '../../src/diagnose/rules/index.ts';
import type { Diagnosis } from '../../src/diagnose/types.ts';
import { project } from './diagnosis-projection.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/rules');
const fixtureNames = readdirSync(FIXTURES).filter((name) => !name.endsWith('.expected.json')).sort();

function diagnosisOf(text: string): Diagnosis {
  const outcome = diagnose(text);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.diagnosis;
}

const expectations = new Map(
  fixtureNames.map((name) => [name, JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'))]),
);

describe('rule fixtures', () => {
  it.each(fixtureNames)('%s diagnoses as its .expected.json says', (name) => {
    const diagnosis = diagnosisOf(readFileSync(join(FIXTURES, name), 'utf8'));
    expect(project(diagnosis)).toEqual(expectations.get(name));
  });

  it.each(rules.flatMap((rule) => rule.emits.map((id) => [rule.name, id] as const)))(
    'rule %s has a fixture that produces %s',
    (_rule, id) => {
      const produced = [...expectations.values()].flatMap((expected: ReturnType<typeof project>) =>
        expected.responses.flatMap((response) => response.findings.map((finding) => finding.id)),
      );
      expect(produced.some((found) => (id.endsWith('/') ? found.startsWith(id) : found === id))).toBe(true);
    },
  );
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
