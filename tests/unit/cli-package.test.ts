/**
 * The package as a user gets it: built, packed with `npm pack`, installed globally into a
 * temporary prefix, and run through the installed `imgdiag` command on Node 20 and Node 24.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackageCopy } from '../../scripts/build-cli.ts';
import { type LocalServer, startLocalServer } from './cli/local-server.ts';
import { PACKAGE_DIR, runCli } from './cli/run.ts';

const exec = promisify(execFile);
const FIXTURE = join(import.meta.dirname, '../fixtures/rules/cf-9412-login-page.txt');
/** Debian's Node, the oldest the package supports; the tests' own Node is the newest. */
const SYSTEM_NODE = '/usr/bin/node';

const nodes = [
  { name: `Node ${process.version}`, dir: dirname(process.execPath) },
  ...(existsSync(SYSTEM_NODE) ? [{ name: `Node ${execFileSync(SYSTEM_NODE, ['--version'], { encoding: 'utf8' }).trim()}`, dir: dirname(SYSTEM_NODE) }] : []),
];

let server: LocalServer;
let installed: string;
let files: string[];
const version = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')).version as string;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'imgdiag-pack-'));
  const { dir: source } = await buildPackageCopy(work);
  const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  const packed = await exec('npm', ['pack', source, '--pack-destination', work, '--json'], { env: npmEnv });
  const [report] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  files = report.files.map((file) => file.path).sort();
  await exec('npm', ['install', '--global', '--offline', '--prefix', join(work, 'prefix'), join(work, report.filename)], { env: npmEnv });
  installed = join(work, 'prefix/bin/imgdiag');
  server = await startLocalServer();
}, 60_000);
afterAll(() => server?.close());

/** The installed command, found through PATH, with `node` resolved to the given Node. */
function runInstalled(nodeDir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli(args, { command: [installed], env: { PATH: [nodeDir, dirname(installed), '/usr/bin', '/bin'].join(delimiter), ...env } });
}

describe('the packed imgdiag package', () => {
  it('holds the launcher, the bundle, its README, licence and metadata, nothing else', () => {
    expect(files).toEqual(['LICENSE', 'README.md', 'bin/imgdiag.js', 'dist/imgdiag.cjs', 'package.json']);
    const metadata = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'));
    expect(metadata).toMatchObject({ name: 'imgdiag', license: 'MIT', bin: { imgdiag: 'bin/imgdiag.js' }, engines: { node: '>=20' } });
    expect(metadata.dependencies).toBeUndefined();
  });

  describe.each(nodes)('installed and run on $name', ({ dir }) => {
    it('prints its version', async () => {
      expect(await runInstalled(dir, ['--version'])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
    });

    it('diagnoses a file and exits 1 on the error', async () => {
      const result = await runInstalled(dir, ['--json', FIXTURE]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      expect(JSON.parse(result.stdout).responses[0].findings[0].id).toBe('cloudflare/9412');
    });

    it('fetches a URL and scans a page', async () => {
      const fetched = await runInstalled(dir, [`${server.origin}/redirect/2`]);
      expect(fetched.status).toBe(0);
      expect(fetched.stdout).toContain('3 responses, every redirect followed');
      const scanned = await runInstalled(dir, ['scan', `${server.origin}/about.html`]);
      expect(scanned.status).toBe(1);
      expect(scanned.stdout).toContain('imgdiag: 6 images on 1 page: 1 with errors, 0 with warnings only, 5 fine');
    });
  });

  it('says which Node it needs on one too old, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imgdiag-old-node-'));
    const pretend = join(dir, 'pretend-node-18.cjs');
    writeFileSync(pretend, "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '18.19.0' } });\n");
    const result = await runInstalled(nodes[0]?.dir as string, ['--version'], { NODE_OPTIONS: `--require=${pretend}` });
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: 'imgdiag: needs Node.js 20 or newer; this is Node.js 18.19.0.\n' });
  });
});
