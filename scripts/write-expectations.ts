/**
 * Writes tests/fixtures/rules/<name>.expected.json for fixtures that have none yet, from the
 * engine's current output. Read every file it writes before committing it: an expectation is a
 * claim about the right diagnosis, not a snapshot of whatever the engine said.
 *   node scripts/write-expectations.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/diagnose/index.ts';
import { project } from '../tests/unit/diagnosis-projection.ts';

const dir = 'tests/fixtures/rules';
for (const name of readdirSync(dir).filter((file) => !file.endsWith('.expected.json'))) {
  const target = join(dir, `${name}.expected.json`);
  if (existsSync(target)) continue;
  const outcome = diagnose(readFileSync(join(dir, name), 'utf8'));
  if (!outcome.ok) {
    console.error(`${name}: ${outcome.error.message}`);
    continue;
  }
  writeFileSync(target, `${JSON.stringify(project(outcome.diagnosis), null, 2)}\n`);
  console.log(`wrote ${target}`);
}
