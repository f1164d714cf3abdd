import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCommand, SOURCE_BIN } from './cli/run.ts';
import { PROVIDER_IDS, PROVIDER_NAMES } from '../../src/providers/ids.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/rules');
const CLI_FIXTURES = join(import.meta.dirname, '../fixtures/cli');

/** The shipped bundle, which starts several times faster than the TypeScript source. */
let bundle: string;
beforeAll(async () => {
  [, bundle] = await bundledCommand();
});

function run(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}, entry: string = bundle) {
  const result = spawnSync(process.execPath, [entry, ...args], {
    input,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', IMGDIAG_SITE_URL: '', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('imgdiag CLI', () => {
  it('prints the contract object with --json and exits 1 when a finding is an error', () => {
    const { status, stdout, stderr } = run(['--json', join(FIXTURES, 'cf-9412-login-page.txt')]);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    const diagnosis = JSON.parse(stdout);
    expect(diagnosis.version).toBe(1);
    expect(diagnosis.summary).toEqual({ errors: 1, warnings: 0 });
    expect(diagnosis.responses[0]).toMatchObject({ index: 0, status: 415, provider: 'cloudflare' });
    expect(diagnosis.responses[0].findings[0]).toMatchObject({
      id: 'cloudflare/9412',
      provider: 'cloudflare',
      code: '9412',
      severity: 'error',
      evidence: 'cf-resized: err=9412',
      docs: '/codes/cloudflare/9412/',
    });
  });

  it('runs from source the same way, as npm run diagnose does in a clone', () => {
    const { status, stdout } = run(['--json', join(FIXTURES, 'cf-9412-login-page.txt')], undefined, {}, SOURCE_BIN);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).responses[0].findings[0].id).toBe('cloudflare/9412');
  });

  it('reads standard input when FILE is - or absent, and exits 0 without error findings', () => {
    const paste = readFileSync(join(FIXTURES, 'cf-resized-with-warning.txt'), 'utf8');
    for (const args of [['--json', '-'], ['--json']]) {
      const { status, stdout } = run(args, paste);
      expect(status).toBe(0);
      expect(JSON.parse(stdout).responses[0].findings.map((finding: { id: string }) => finding.id)).toEqual([
        'cloudflare/resized',
        'cloudflare/warning',
      ]);
    }
  });

  it('prints readable text by default, without colour when NO_COLOR is set or stdout is not a terminal', () => {
    const { status, stdout } = run([join(FIXTURES, 'cld-404-not-found.txt')], undefined, { NO_COLOR: '1' });
    expect(status).toBe(1);
    expect(stdout).toContain('imgdiag: 1 error, 0 warnings in 1 response');
    expect(stdout).toContain('Error  Resource not found  (cloudinary/404)');
    expect(stdout).toContain('https://imgdiag.dev/codes/cloudinary/404/');
    expect(stdout).not.toContain('\u001b[');
  });

  it('prints a redacted Markdown block with --markdown', () => {
    const { status, stdout } = run(['--markdown', join(FIXTURES, 'cf-origin-credentials-curl-v.txt')]);
    expect(status).toBe(1);
    expect(stdout).toContain('### imgdiag diagnosis: 1 error, 0 warnings in 1 response');
    expect(stdout).toContain('`cf-ray: 8f61a9b8c7d6e5f4-DUB`');
    expect(stdout).not.toContain('8f14e45fceea167a5a36dedd4bea2543');
  });

  it('exits 2 with one line in the CLI wording on empty input', () => {
    const { status, stdout, stderr } = run([], '   \n\n');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'imgdiag: standard input is empty; expected HTTP response headers, curl -i/-I/-v output or a HAR file (curl -sI URL | imgdiag), or give a FILE or URL.\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'imgdiag-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(run([join(dir, 'empty.txt')]).stderr).toBe(`imgdiag: ${join(dir, 'empty.txt')} is empty; expected HTTP response headers, curl -i/-I/-v output or a HAR file.\n`);
  });

  it('says a directory is a directory', () => {
    const { status, stderr } = run([FIXTURES]);
    expect(status).toBe(2);
    expect(stderr).toBe(`imgdiag: ${FIXTURES} is a directory; give a file in it (a saved curl -i output or a .har file).\n`);
  });

  it('puts the errors of a whole page HAR first, folds the fine responses to one line each, and ends with the summary', () => {
    const { status, stdout } = run([join(CLI_FIXTURES, 'outdoor-page.har')]);
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('imgdiag: 1 error, 1 warning in 28 responses');
    expect(lines[3]).toMatch(/^Response 15 of 28: .* 415, https:\/\/shop\.example\.com\/.*tent-4p\.jpg$/);
    expect(lines[6]).toBe('  ✖ Error  Origin returned a non-image  (cloudflare/9412)');
    expect(stdout.indexOf('Response 9 of 28')).toBeGreaterThan(stdout.indexOf('Response 15 of 28'));
    const folded = lines.filter((line) => /^  ✔ Response \d+ of 28: .*  OK: Resized successfully \(cloudflare\/resized\)$/.test(line));
    expect(folded).toHaveLength(26);
    expect(lines.at(-1)).toBe(lines[0]);
    expect(lines.length).toBeLessThan(90);
  });

  it('shows only error findings with --only errors', () => {
    const { status, stdout } = run(['--only', 'errors', join(CLI_FIXTURES, 'outdoor-page.har')]);
    expect(status).toBe(1);
    expect(stdout).toContain('(cloudflare/9412)');
    expect(stdout).not.toContain('cloudflare/warning');
    expect(stdout).toContain('27 of 28 responses have nothing at the level of --only errors.');
    expect(run(['--only', 'all', '-'], 'a: b').stderr).toMatch(/--only takes errors or warnings/);
    expect(run(['--only', 'errors', '--json', '-'], 'a: b').status).toBe(2);
  });

  it('points the More: links at --site-url, else IMGDIAG_SITE_URL', () => {
    const file = join(FIXTURES, 'cld-404-not-found.txt');
    expect(run(['--site-url', 'http://localhost:4321/', file]).stdout).toContain('More: http://localhost:4321/codes/cloudinary/404/');
    expect(run([file], undefined, { IMGDIAG_SITE_URL: 'https://docs.internal.example' }).stdout).toContain('More: https://docs.internal.example/codes/cloudinary/404/');
    const bad = run([file], undefined, { IMGDIAG_SITE_URL: 'docs' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^imgdiag: IMGDIAG_SITE_URL takes an http\(s\) URL/);
  });

  it('prints the package version with --version', () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../cli/package.json'), 'utf8'));
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('turns an unexpected exception into one line and exit 2, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imgdiag-'));
    const broken = join(dir, 'broken-stringify.cjs');
    // Fails only on the diagnosis object, so Node's own start-up is untouched.
    writeFileSync(
      broken,
      'const stringify = JSON.stringify;\n' +
        'JSON.stringify = (value, ...rest) => { if (value && value.responses) throw new RangeError("simulated failure"); return stringify(value, ...rest); };\n',
    );
    const { status, stdout, stderr } = run(['--json', join(FIXTURES, 'cld-404-not-found.txt')], undefined, { NODE_OPTIONS: `--require=${broken}` });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('imgdiag: unexpected failure: RangeError: simulated failure. Please report it with the command you ran.\n');
  });

  it('exits 2 on binary input', () => {
    const { status, stderr } = run(['-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(status).toBe(2);
    expect(stderr).toMatch(/binary/);
    const controls = run(['-'], Buffer.from('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(64)));
    expect(controls).toMatchObject({ status: 2, stderr: 'imgdiag: the input looks binary rather than text; expected HTTP response headers, curl -i/-I/-v output or a HAR file.\n' });
  });

  it('exits 2 on text that holds no headers', () => {
    const { status, stderr } = run(['-'], 'The image on our home page is broken since this morning, please help!\n');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^imgdiag: /);
  });

  it('exits 2 on a file over 20 MB without reading it whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imgdiag-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x-filler: '.padEnd(1024, 'a').concat('\n').repeat(21 * 1024));
    const { status, stderr } = run([big]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/at most 20 MB/);
  });

  it('exits 2 on over 20 MB of standard input', () => {
    const { status, stderr } = run(['-'], Buffer.alloc(21 * 1024 * 1024, 'a'));
    expect(status).toBe(2);
    expect(stderr).toMatch(/over .* MB; imgdiag reads at most 20 MB/);
  });

  it('exits 2 on bad usage: an unknown option, two formats, a missing file', () => {
    expect(run(['--yaml']).stderr).toMatch(/unknown option --yaml/);
    expect(run(['--json', '--markdown', '-'], 'a: b').status).toBe(2);
    const missing = run(['/no/such/file.har']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it('explains itself with --help and exits 0', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: imgdiag \[--json \| --markdown\] \[FILE \| -\]/);
  });

  it('names every registered service in its help, on lines that fit a terminal', () => {
    const { stdout } = run(['--help']);
    const help = stdout.replace(/\s+/g, ' ');
    for (const id of PROVIDER_IDS.filter((candidate) => candidate !== 'http')) expect(help).toContain(PROVIDER_NAMES[id]);
    expect(stdout.split('\n').every((line) => line.length <= 100)).toBe(true);
  });
});
