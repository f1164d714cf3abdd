/**
 * Builds the installable CLI (npm run build:cli): src/cli/ and the engine bundled by esbuild into
 * one plain CommonJS file, cli/dist/imgdiag.cjs, which cli/bin/imgdiag.js loads. Plain JavaScript
 * for Node 20 and later: no type stripping at run time, no dependencies at install time.
 * Then `npm pack ./cli` makes the tarball. The tests build the same way into a copy of cli/.
 */
import { build } from 'esbuild';
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Writes `<packageDir>/dist/imgdiag.cjs` (and the licence beside it) and returns its size in bytes. */
export async function buildCli(packageDir: string = join(ROOT, 'cli')): Promise<number> {
  rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
  // The package ships the repository's licence; npm pack takes a LICENSE file from the package root.
  copyFileSync(join(ROOT, 'LICENSE'), join(packageDir, 'LICENSE'));
  const result = await build({
    entryPoints: [join(ROOT, 'src/cli/main.ts')],
    outfile: join(packageDir, 'dist/imgdiag.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The oldest Node the package's engines field names.
    target: 'node20',
    // Less to parse at every start; stack traces are never shown to the user anyway.
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}

/**
 * The package's sources (cli/ without what a build or a pack leaves there) copied to
 * `<parent>/package` and built there: how the tests and the bench get the shipped bundle without
 * touching cli/. Returns the copy's folder.
 */
export async function buildPackageCopy(parent: string): Promise<{ dir: string; bytes: number }> {
  const dir = join(parent, 'package');
  cpSync(join(ROOT, 'cli'), dir, { recursive: true, filter: (path) => !/[/\\](?:dist|node_modules|LICENSE)$|\.tgz$/.test(path) });
  return { dir, bytes: await buildCli(dir) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await buildCli();
  console.log(`built cli/dist/imgdiag.cjs (${(bytes / 1024).toFixed(0)} KB); pack it with: npm pack ./cli`);
}
