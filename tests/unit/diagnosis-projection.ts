/**
 * The part of a diagnosis a fixture's expectation pins down: per response its status, URL and
 * provider, and per finding its id, severity and evidence. Titles, causes and fixes come from the
 * catalog and are tested there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnosis } from '../../src/diagnose/types.ts';

/**
 * Folders of real and realistic pastes whose expected diagnosis sits beside them; each provider's
 * own fixtures are in tests/fixtures/providers/<id>/.
 */
export const DIAGNOSIS_FIXTURE_DIRS = [
  'tests/fixtures/rules',
  'tests/fixtures/read',
  'tests/fixtures/widget',
  'tests/fixtures/providers',
  'tests/fixtures/real',
];

/** Every fixture (path relative to the repository) that has, or should have, an expectation. */
export function diagnosisFixtures(root: string): string[] {
  return DIAGNOSIS_FIXTURE_DIRS.flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
          .filter((file) => file.isFile() && !file.name.endsWith('.expected.json') && file.name !== 'README.md')
          .map((file) => relative(root, join(file.parentPath, file.name)))
          .sort()
      : [],
  );
}

export function project(diagnosis: Diagnosis) {
  return {
    format: diagnosis.input.format,
    summary: diagnosis.summary,
    responses: diagnosis.responses.map((response) => ({
      status: response.status,
      url: response.url,
      provider: response.provider,
      findings: response.findings.map((finding) => ({
        id: finding.id,
        severity: finding.severity,
        evidence: finding.evidence,
        ...(finding.variant ? { variantStatus: finding.variant.status } : {}),
      })),
    })),
  };
}
