/**
 * The CLI's benchmark (part of npm run bench): start-up of the built package against a bare
 * `node -e 0` on each Node at hand (median of several runs, wall and CPU time; the budget is 2x),
 * then a scan of a page of 200 images served by the tests' local server (wall time, CPU time and
 * the process's peak memory).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackageCopy } from '../scripts/build-cli.ts';
import { startLocalServer } from '../tests/unit/cli/local-server.ts';

const RUNS = 21;
const FIXTURE = 'tests/fixtures/rules/cf-9412-login-page.txt';
const SYSTEM_NODE = '/usr/bin/node';

const work = mkdtempSync(join(tmpdir(), 'imgdiag-bench-'));
const { dir: packageDir, bytes: bundleBytes } = await buildPackageCopy(work);
const bin = join(packageDir, 'bin/imgdiag.js');
// Each run reports its CPU time and peak memory where the bench reads them. CPU time counts only
// the process's own work, so it stays steady when other processes load the machine; wall time does not.
const reporter = join(work, 'report-usage.cjs');
const usageFile = join(work, 'usage.json');
writeFileSync(
  reporter,
  "process.on('exit', () => { const { user, system } = process.cpuUsage(); require('node:fs').writeFileSync(process.env.IMGDIAG_BENCH_USAGE, JSON.stringify({ cpu: (user + system) / 1000, peak: process.resourceUsage().maxRSS / 1024 })); });\n",
);

interface Usage {
  /** Milliseconds from spawn to exit. */
  wall: number;
  /** Milliseconds of CPU, user and system, every thread. */
  cpu: number;
  /** Peak resident memory in MB. */
  peak: number;
}

function run(node: string, args: string[], input?: string): Promise<Usage> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const env = { ...process.env, NODE_OPTIONS: `--require=${reporter}`, IMGDIAG_BENCH_USAGE: usageFile };
    const child = spawn(node, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'], env });
    child.on('error', reject);
    child.on('exit', () => resolve({ wall: performance.now() - started, ...JSON.parse(readFileSync(usageFile, 'utf8')) }));
    child.stdin?.end(input);
  });
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const nodes = [process.execPath, ...(existsSync(SYSTEM_NODE) && SYSTEM_NODE !== process.execPath ? [SYSTEM_NODE] : [])];
const versionOf = (node: string) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const fixture = readFileSync(FIXTURE, 'utf8');
console.log(`imgdiag CLI: bundle ${(bundleBytes / 1024).toFixed(0)} KB; start-up, median of ${RUNS} interleaved runs (budget: 2x node -e 0)`);
console.log('| node | measure | node -e 0 | imgdiag --version | ratio | imgdiag - < FILE (a diagnosis) | ratio |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const node of nodes) {
  const commands: [string[], string?][] = [[['-e', '0']], [[bin, '--version']], [[bin, '-'], fixture]];
  const runs: Usage[][] = commands.map(() => []);
  // Interleaved, so a change in the machine's load weighs on every command alike; the first round warms up.
  for (let i = 0; i <= RUNS; i++) {
    for (const [index, [args, input]] of commands.entries()) {
      const usage = await run(node, args, input);
      if (i > 0) runs[index]?.push(usage);
    }
  }
  for (const measure of ['wall', 'cpu'] as const) {
    const [bare, version, diagnosis] = runs.map((list) => middle(list.map((usage) => usage[measure]))) as [number, number, number];
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const ratio = (value: number) => `${(value / bare).toFixed(2)}x`;
    console.log(`| ${versionOf(node)} | ${measure === 'wall' ? 'wall time' : 'CPU time'} | ${ms(bare)} | ${ms(version)} | ${ratio(version)} | ${ms(diagnosis)} | ${ratio(diagnosis)} |`);
  }
}

const server = await startLocalServer();
console.log('');
console.log('scan of a page of 200 images on a local server (default --concurrency 6; median of 3)');
console.log('| node | wall time | CPU time | peak memory (RSS) |');
console.log('| --- | ---: | ---: | ---: |');
for (const node of nodes) {
  const runs: Usage[] = [];
  for (let i = 0; i < 3; i++) runs.push(await run(node, [bin, 'scan', '--json', `${server.origin}/page-200.html`]));
  const of = (measure: keyof Usage) => middle(runs.map((usage) => usage[measure])).toFixed(0);
  console.log(`| ${versionOf(node)} | ${of('wall')} ms | ${of('cpu')} ms | ${Math.max(...runs.map((usage) => usage.peak)).toFixed(0)} MB |`);
}
await server.close();
