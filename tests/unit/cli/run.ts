/**
 * Runs the CLI as a child process without blocking the test's event loop, so the local server in
 * the same process can answer it. From source by default; `command` runs another copy
 * (bundledCommand(), an installed package).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackageCopy } from '../../../scripts/build-cli.ts';

export const SOURCE_BIN = join(import.meta.dirname, '../../../bin/imgdiag.mjs');
export const PACKAGE_DIR = join(import.meta.dirname, '../../../cli');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** The program and its leading arguments; the source CLI on this Node by default. */
  command?: [string, ...string[]];
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const [program, ...lead] = options.command ?? [process.execPath, SOURCE_BIN];
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...lead, ...args], {
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', IMGDIAG_SITE_URL: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

let bundled: Promise<[string, string]> | null = null;

/** The command as installed: the package built in a temporary copy of cli/ (a fraction of a second). */
export function bundledCommand(): Promise<[string, string]> {
  bundled ??= buildPackageCopy(mkdtempSync(join(tmpdir(), 'imgdiag-package-'))).then(({ dir }) => [process.execPath, join(dir, 'bin/imgdiag.js')]);
  return bundled;
}
