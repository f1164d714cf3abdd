/**
 * Starts scripts/serve-dist.ts as a child process on a free port, for tools that need the built
 * site over HTTP for a while (the Lighthouse audit, the build benchmark) and must not collide
 * with a preview or test server already running.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SERVE_DIST = fileURLToPath(new URL('./serve-dist.ts', import.meta.url));

export interface DistServer {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  close(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('No port'))));
    });
  });
}

/** Serves `<projectRoot>/dist` until `close()`; rejects if the server exits before it listens. */
export async function startDistServer(projectRoot: string = process.cwd()): Promise<DistServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE_DIST, '--port', String(port)], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((ready, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('is served at')) ready();
    });
    child.once('exit', (code) => fail(new Error(`serve-dist.ts exited with ${code} before listening:\n${errors}`)));
  });
  child.stdout.resume();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => void child.kill(),
  };
}
