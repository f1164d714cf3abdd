/**
 * Writes <fixture>.expected.json beside every diagnosis fixture that has none yet, from the
 * engine's current output. Read every file it writes before committing it: an expectation is a
 * claim about the right diagnosis, not a snapshot of whatever the engine said.
 *   node scripts/write-expectations.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { diagnose } from '../src/diagnose/index.ts';
import { diagnosisFixtures, project } from '../tests/unit/diagnosis-projection.ts';

for (const fixture of diagnosisFixtures('.')) {
  const target = `${fixture}.expected.json`;
  if (existsSync(target)) continue;
  const outcome = diagnose(readFileSync(fixture, 'utf8'));
  const expected = outcome.ok ? project(outcome.diagnosis) : { error: outcome.error.code };
  writeFileSync(target, `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
