/**
 * The CLI's benchmark (part of npm run bench): start-up of the built package against a bare
 * `node -e 0` on each Node at hand (median of several runs; the budget is 2x), then a scan of a
 * page of 200 images served by the tests' local server (wall time and the process's peak memory).
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
// Reports the process's peak resident memory where the bench can read it.
const peakReporter = join(work, 'report-peak.cjs');
writeFileSync(peakReporter, "process.on('exit', () => require('node:fs').writeFileSync(process.env.IMGDIAG_BENCH_PEAK, String(process.resourceUsage().maxRSS)));\n");

/** Wall time of one run, in milliseconds, from spawn to exit. */
function run(node: string, args: string[], input?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(node, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'], env: { ...process.env, ...extraEnv } });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - started));
    child.stdin?.end(input);
  });
}
let extraEnv: NodeJS.ProcessEnv = {};

function middle(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const nodes = [process.execPath, ...(existsSync(SYSTEM_NODE) && SYSTEM_NODE !== process.execPath ? [SYSTEM_NODE] : [])];
const fixture = readFileSync(FIXTURE, 'utf8');
console.log(`imgdiag CLI: bundle ${(bundleBytes / 1024).toFixed(0)} KB; start-up over ${RUNS} interleaved runs, median (fastest)`);
console.log('A shared machine only ever adds time, so the fastest run is the steadier figure when it is busy.');
console.log('| node | node -e 0 | imgdiag --version | ratio | imgdiag - < FILE (a diagnosis) | ratio |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const node of nodes) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const commands: [string[], string?][] = [[['-e', '0']], [[bin, '--version']], [[bin, '-'], fixture]];
  const times: number[][] = commands.map(() => []);
  // Interleaved, so a change in the machine's load weighs on every command alike; the first round warms up.
  for (let i = 0; i <= RUNS; i++) {
    for (const [index, [args, input]] of commands.entries()) {
      const time = await run(node, args, input);
      if (i > 0) times[index]?.push(time);
    }
  }
  const [bare, versionRun, diagnosis] = times.map(middle) as [number, number, number];
  const [bareMin, versionMin, diagnosisMin] = times.map((list) => Math.min(...list)) as [number, number, number];
  const cell = (median: number, fastest: number) => `${median.toFixed(0)} ms (${fastest.toFixed(0)} ms)`;
  const ratio = (median: number, fastest: number) => `${(median / bare).toFixed(2)}x (${(fastest / bareMin).toFixed(2)}x)`;
  console.log(`| ${version} | ${cell(bare, bareMin)} | ${cell(versionRun, versionMin)} | ${ratio(versionRun, versionMin)} | ${cell(diagnosis, diagnosisMin)} | ${ratio(diagnosis, diagnosisMin)} |`);
}

const server = await startLocalServer();
const peakFile = join(work, 'peak');
extraEnv = { NODE_OPTIONS: `--require=${peakReporter}`, IMGDIAG_BENCH_PEAK: peakFile };
console.log('');
console.log('scan of a page of 200 images on a local server (default --concurrency 6; median of 3)');
console.log('| node | wall time | peak memory (RSS) |');
console.log('| --- | ---: | ---: |');
for (const node of nodes) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const times: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < 3; i++) {
    times.push(await run(node, [bin, 'scan', '--json', `${server.origin}/page-200.html`]));
    peaks.push(Number(readFileSync(peakFile, 'utf8')) / 1024);
  }
  console.log(`| ${version} | ${middle(times).toFixed(0)} ms | ${Math.max(...peaks).toFixed(0)} MB |`);
}
await server.close();
