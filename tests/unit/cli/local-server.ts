/**
 * An HTTP server on 127.0.0.1 that plays the services the CLI meets, so URL and scan mode are
 * tested without the network. Fixture captures (tests/fixtures/rules) are served at their own
 * URL's path, with their status, headers and body; the other routes play what no fixture can:
 * redirect chains and loops, a response that never comes, a connection reset, a 50 MB body,
 * a gzip-encoded error body, pages full of images and a sitemap.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInput } from '../../../src/diagnose/read/index.ts';
import type { Exchange } from '../../../src/diagnose/read/types.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/rules');
const CLI_FIXTURES = join(import.meta.dirname, '../../fixtures/cli');

/** Captures served as they were recorded; each is reached at the path of its own URL. */
export const SERVED_FIXTURES = ['cf-9412-login-page.txt', 'cld-404-not-found.txt', 'http-not-an-image.txt', 'cf-resized-with-warning.txt', 'http-server-error.txt'];

/** Framing headers that belonged to the recorded connection, not to the response's meaning. */
const HOP_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'content-encoding']);

/** A plain 1x1 GIF, the body of every image that works. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export interface LocalServer {
  origin: string;
  /** The path each served fixture answers at. */
  fixturePaths: Map<string, string>;
  /** How many requests each path received. */
  hits: Map<string, number>;
  /** Request headers of the latest request to each path. */
  lastHeaders: Map<string, IncomingMessage['headers']>;
  close(): Promise<void>;
}

function lastExchange(name: string): Exchange {
  const read = readInput(readFileSync(join(FIXTURES, name), 'utf8'));
  if (!read.ok) throw new Error(`fixture ${name} does not read: ${read.error.message}`);
  return read.result.exchanges.at(-1) as Exchange;
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

export async function startLocalServer(): Promise<LocalServer> {
  const fixtures = new Map<string, Exchange>();
  const fixturePaths = new Map<string, string>();
  for (const name of SERVED_FIXTURES) {
    const exchange = lastExchange(name);
    const path = pathOf(exchange.url as string);
    fixtures.set(path, exchange);
    fixturePaths.set(name, path);
  }
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, IncomingMessage['headers']>();
  const hanging = new Set<ServerResponse>();
  let origin = '';

  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    lastHeaders.set(path, request.headers);
    response.on('error', () => {});
    const fixture = fixtures.get(path);
    if (fixture) return serveExchange(response, fixture);
    const route = new URL(path, 'http://local').pathname;
    const redirect = /^\/redirect\/(\d+)$/.exec(route);
    if (redirect) {
      const left = Number(redirect[1]);
      if (left === 0) return image(response);
      // Relative and absolute Locations both occur; alternate them.
      const next = left % 2 === 0 ? `/redirect/${left - 1}` : `${origin}/redirect/${left - 1}`;
      return send(response, 302, { location: next, 'content-type': 'text/html' }, 'Found');
    }
    if (route === '/moved/about.html') return send(response, 301, { location: '/about.html' }, '');
    if (route === '/loop/a') return send(response, 301, { location: '/loop/b' }, '');
    if (route === '/loop/b') return send(response, 301, { location: '/loop/a' }, '');
    if (route === '/hang') {
      hanging.add(response);
      return;
    }
    if (route === '/reset') return request.socket.destroy();
    if (route === '/big-error') return streamBody(response, 500, 'text/plain; charset=utf-8', 'ERROR 9413: Could not resize the image: the image is too large. ');
    if (route === '/big-image') return streamBody(response, 200, 'image/jpeg', '\u00ff\u00d8\u00ff');
    if (route === '/gzip-error/photo.jpg') {
      const body = gzipSync('ERROR 9412: Could not resize the image: The requested file is not an image.\n');
      return send(response, 415, { 'content-type': 'text/plain', 'content-encoding': 'gzip', server: 'cloudflare', 'cf-ray': '8f3a6c1e2b7d4a91-LHR' }, body);
    }
    if (route === '/stalled-body/photo.jpg') {
      // The status, the headers and half a gzip body, then nothing more: the body never ends.
      const body = gzipSync(`ERROR 9412: Could not resize the image: The requested file is not an image.\n${'<p>filler</p>\n'.repeat(4000)}`);
      response.writeHead(415, { 'content-type': 'text/html', 'content-encoding': 'gzip', server: 'cloudflare', 'content-length': String(body.length) });
      response.write(body.subarray(0, body.length >> 1));
      hanging.add(response);
      return;
    }
    if (route === '/echo.jpg') return image(response);
    if (route.startsWith('/img/')) return image(response);
    if (route === '/page-50.html') return send(response, 200, { 'content-type': 'text/html; charset=utf-8' }, pageOfImages(fixturePaths));
    if (route === '/page-200.html') return send(response, 200, { 'content-type': 'text/html; charset=utf-8' }, pageOfPlainImages(200));
    if (route === '/sitemap.xml') {
      return send(response, 200, { 'content-type': 'application/xml' }, sitemap([`${origin}/page-50.html`, `${origin}/about.html`]));
    }
    if (route === '/sitemap-index.xml') {
      // Lists itself too, as a careless generator might: it must be read once.
      return send(response, 200, { 'content-type': 'application/xml' }, sitemapIndex([`${origin}/sitemap.xml`, `${origin}/sitemap-fine.xml`, `${origin}/sitemap-index.xml`]));
    }
    if (route === '/sitemap-fine.xml') return send(response, 200, { 'content-type': 'text/xml' }, sitemap([`${origin}/fine.html`]));
    if (route === '/with-reset.html') return send(response, 200, { 'content-type': 'text/html' }, '<img src="/img/ok.jpg"><img src="/reset">');
    if (route === '/fine.html') return send(response, 200, { 'content-type': 'text/html' }, '<img src="/img/f1.jpg"><img src="/img/f2.jpg" srcset="/img/f3.jpg 2x">');
    if (route === '/about.html') {
      return send(response, 200, { 'content-type': 'text/html' }, readFileSync(join(CLI_FIXTURES, 'about.html'), 'utf8'));
    }
    send(response, 404, { 'content-type': 'text/plain' }, 'Not Found');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fixturePaths,
    hits,
    lastHeaders,
    close: async () => {
      for (const response of hanging) response.socket?.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  response.writeHead(status, headers);
  response.end(body);
}

function image(response: ServerResponse): void {
  send(response, 200, { 'content-type': 'image/gif', 'cache-control': 'public, max-age=31536000' }, PIXEL);
}

function serveExchange(response: ServerResponse, exchange: Exchange): void {
  const headers: [string, string][] = exchange.headers.filter((field) => !HOP_HEADERS.has(field.name.toLowerCase())).map((field) => [field.name, field.value]);
  response.writeHead(exchange.status ?? 200, exchange.reason ?? undefined, headers.flat());
  response.end(exchange.body ?? '');
}

/** 50 MB in 64 KB chunks, written as fast as the client reads; stops when the client goes. */
function streamBody(response: ServerResponse, status: number, type: string, seed: string): void {
  const chunk = Buffer.from(seed.repeat(Math.ceil(65536 / seed.length)).slice(0, 65536), 'latin1');
  let left = 50 * 1024 * 1024;
  response.writeHead(status, { 'content-type': type, 'content-length': String(left), server: 'cloudflare' });
  const write = () => {
    while (left > 0) {
      left -= chunk.length;
      if (!response.write(chunk)) return void response.once('drain', write);
    }
    response.end();
  };
  response.on('close', () => {
    left = 0;
  });
  write();
}

/**
 * 50 images, referenced every way a page can: img src and srcset (one Cloudinary-style URL with
 * commas), picture sources, inline style, preload, og:image and twitter:image, a lazy loader's
 * data-src, relative and absolute URLs, `&amp;` in attributes, and duplicates that count once.
 * Five of them are the served fixtures: three errors and two warnings.
 */
function pageOfImages(fixturePaths: Map<string, string>): string {
  const parts: string[] = ['<!doctype html><html><head><title>Catalog</title>'];
  parts.push('<meta property="og:image" content="/img/og.jpg">', '<meta name="twitter:image" content="/img/twitter.jpg">');
  parts.push('<link rel="preload" as="image" href="/img/hero.jpg" imagesrcset="/img/hero-640.jpg 640w, /img/hero-1280.jpg 1280w">');
  parts.push('<style>.x { background: url(/img/not-counted.jpg) }</style></head><body>');
  for (const [, path] of fixturePaths) parts.push(`<img src="${path.replaceAll('&', '&amp;')}" alt="">`);
  parts.push('<!-- <img src="/img/commented-out.jpg"> -->');
  parts.push('<div style="background-image: url(\'/img/bg.jpg\')"></div>');
  parts.push('<picture><source type="image/avif" srcset="/img/pic.avif 1x, /img/pic@2x.avif 2x"><img src="/img/pic.jpg" alt=""></picture>');
  parts.push('<img src="/img/c_fill,w_300/a.jpg" srcset="/img/c_fill,w_300/a.jpg 1x, /img/c_fill,w_600/a.jpg 2x" alt="">');
  parts.push('<img data-src="/img/lazy.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">');
  parts.push('<img src="/img/q.jpg?w=1&amp;h=2" alt=""><img src="/img/q.jpg?w=1&h=2" alt="">');
  // Unique so far: 5 in the head, the fixtures, bg, 3 in the picture, 2 with commas, lazy, q.
  const fixed = 5 + fixturePaths.size + 1 + 3 + 2 + 1 + 1;
  for (let i = 0; i < 50 - fixed; i++) parts.push(`<img src="/img/${i}.jpg" alt="">`);
  parts.push('<script>document.write("<img src=\\"/img/scripted.jpg\\">")</script></body></html>');
  return parts.join('\n');
}

function pageOfPlainImages(count: number): string {
  const images = Array.from({ length: count }, (_, i) => `<img src="/img/bench-${i}.jpg" alt="">`);
  return `<!doctype html><html><head><title>Bench</title></head><body>\n${images.join('\n')}\n</body></html>`;
}

function sitemap(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${url}</loc><lastmod>2026-11-20</lastmod></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

function sitemapIndex(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <sitemap><loc>${url}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}
