import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { readInput } from '../../../src/diagnose/read/index.ts';
import type { ReadError, ReadResult } from '../../../src/diagnose/read/types.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/read/', import.meta.url));

/** A fixture's text, byte for byte (CRLF files keep their CRs). */
export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/** Reads `text` and fails the test unless the read succeeds. */
export function read(text: string): ReadResult {
  const outcome = readInput(text);
  if (!outcome.ok) expect.fail(`expected a successful read, got ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result;
}

/** Reads `text` and fails the test unless the read fails. */
export function readError(text: string): ReadError {
  const outcome = readInput(text);
  if (outcome.ok) expect.fail(`expected a failed read, got format ${outcome.result.format}`);
  return outcome.error;
}

/** `name: value` strings, compact enough to compare whole header lists at a glance. */
export function fields(list: ReadonlyArray<{ name: string; value: string }>): string[] {
  return list.map((field) => `${field.name}: ${field.value}`);
}
