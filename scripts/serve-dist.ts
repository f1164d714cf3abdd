/**
 * Serves the built site from dist/ on localhost the way a static host would: directory indexes,
 * a redirect to the trailing slash, dist/404.html for missing paths, gzip for text, and the
 * headers that dist/_headers assigns (CSP and friends), so tests see what a deployment sends.
 *   node scripts/serve-dist.ts [--port 4321] [--host 127.0.0.1]   (PORT in the environment sets the default port)
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile, type HeaderRule } from './static-headers.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT || '4321' }, host: { type: 'string', default: '127.0.0.1' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`The port must be a number from 1 to 65535, not "${values.port}". Pick one with PORT=4400 npm start or --port 4400.`);
  process.exit(2);
}
const root = resolve('dist');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript|wasm)|image\/svg)/;

let rules: HeaderRule[] = [];
try {
  rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
} catch {
  // No _headers file: serve without extra headers.
}

async function fileFor(pathname: string): Promise<{ file: string; status: number } | { redirect: string }> {
  const decoded = normalize(decodeURIComponent(pathname));
  const candidate = resolve(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return { file: join(root, '404.html'), status: 404 };
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return { file: candidate, status: 200 };
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = join(candidate, 'index.html');
    if (await stat(index).catch(() => null)) return { file: index, status: 200 };
  }
  return { file: join(root, '404.html'), status: 404 };
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const target = await fileFor(url.pathname);
    if ('redirect' in target) {
      response.writeHead(301, { location: target.redirect + url.search });
      response.end();
      return;
    }
    const type = types[extname(target.file)] ?? 'application/octet-stream';
    // Static hosts compress text on the fly; without it, local page-load figures are pessimistic.
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(target.status, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      ...headersFor(url.pathname, rules),
    });
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(target.file).pipe(createGzip()).pipe(response);
    else createReadStream(target.file).pipe(response);
  } catch {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Bad request');
  }
});

server.on('error', (error: NodeJS.ErrnoException) => {
  const why =
    error.code === 'EADDRINUSE'
      ? `port ${port} is already in use (another server, or an earlier npm start still running)`
      : error.code === 'EACCES'
        ? `this user may not listen on port ${port}`
        : error.message;
  console.error(`Cannot serve dist/ on ${values.host}:${port}: ${why}. Pick another port: PORT=4400 npm start, or npm run preview -- --port 4400.`);
  process.exit(2);
});

server.listen(port, values.host, () => {
  console.log(`imgdiag is served at http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${port}/`);
});
