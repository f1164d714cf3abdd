/**
 * The build refuses broken content with a message that names the file and the field. Each case
 * copies the project into .tmp/, breaks one thing and runs `astro sync`, which loads and validates
 * every collection exactly as the build does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.tmp');
const copies: string[] = [];

function projectCopy(): string {
  mkdirSync(WORK, { recursive: true });
  const dir = mkdtempSync(join(WORK, 'content-check-'));
  copies.push(dir);
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function sync(dir: string): { status: number | null; output: string } {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('content validation', () => {
  it('accepts the content as it is', () => {
    expect(sync(projectCopy()).status).toBe(0);
  }, 60_000);

  it('names the guide and the field when a frontmatter value is wrong', () => {
    const dir = projectCopy();
    const file = join(dir, 'content/guides/broken-guide.mdx');
    writeFileSync(file, '---\ntitle: A guide\ndescription: Too short.\nprovider: fastlyy\norder: 999\nupdated: 2026-11-22\n---\n\n## Body\n');
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('broken-guide');
    expect(output).toMatch(/description must be one sentence of 50 to 160 characters/);
    expect(output).toMatch(/provider must be one of cloudflare, cloudinary, .*, general/);
  }, 60_000);

  it('names the file when its frontmatter is not valid YAML', () => {
    const dir = projectCopy();
    writeFileSync(join(dir, 'content/guides/bad-yaml.mdx'), '---\ntitle: "unclosed\norder: [1\n---\n\nText\n');
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('bad-yaml.mdx');
  }, 60_000);

  it('names the file when a code page names an entry the catalog lacks', () => {
    const dir = projectCopy();
    writeFileSync(join(dir, 'content/codes/cloudflare/9999.mdx'), '---\nentry: cloudflare/9999\nupdated: 2026-11-22\n---\n\n## How it happens\n');
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('cloudflare/9999');
    expect(output).toMatch(/"cloudflare\/9999" is not a catalog id/);
  }, 60_000);

  it('names the file when a code page sits at another path than the entry it names', () => {
    const dir = projectCopy();
    writeFileSync(join(dir, 'content/codes/cloudflare/9413-copy.mdx'), '---\nentry: cloudflare/9413\nupdated: 2026-11-22\n---\n\nText\n');
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/9413-copy\.mdx: frontmatter field "entry" is "cloudflare\/9413"/);
  }, 60_000);

  it('names the missing file when a catalog entry has no page', () => {
    const dir = projectCopy();
    rmSync(join(dir, 'content/codes/cloudflare/9412.mdx'));
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/codes\/cloudflare\/9412\.mdx is missing: catalog entry "cloudflare\/9412" needs a page/);
  }, 60_000);
});
