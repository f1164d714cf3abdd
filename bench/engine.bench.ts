/**
 * The engine's benchmark table (npm run bench): a typical paste, a 1 MB mixed paste and a 5 MB
 * HAR, each timed (median of several runs) against a baseline that only touches the input once
 * (a line split, or JSON.parse for the HAR). Also prints the diagnoser's script size when dist/
 * has been built.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { diagnose } from '../src/diagnose/index.ts';

const FIXTURES = 'tests/fixtures/rules';

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => unknown, budgetMs: number): number {
  run();
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  do {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  } while (performance.now() < until || times.length < 5);
  return median(times);
}

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function mixedPaste(bytes: number): string {
  const pieces = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).map(fixture);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = pieces[i % pieces.length] ?? '';
    parts.push(piece);
    size += piece.length + 1;
  }
  return parts.join('\n');
}

function har(bytes: number): string {
  const entries: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const entry = {
      startedDateTime: '2026-11-20T10:00:00.000Z',
      time: 120,
      request: {
        method: 'GET',
        url: `https://www.example.com/cdn-cgi/image/width=${200 + (i % 800)},format=auto/catalog/item-${i}.jpg`,
        httpVersion: 'http/2.0',
        headers: [
          { name: 'accept', value: 'image/avif,image/webp,image/apng,image/*,*/*;q=0.8' },
          { name: 'user-agent', value: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/142.0 Safari/537.36' },
        ],
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: 0,
      },
      response: {
        status: i % 7 === 0 ? 404 : 200,
        statusText: '',
        httpVersion: 'http/2.0',
        headers: [
          { name: 'content-type', value: i % 7 === 0 ? 'text/plain' : 'image/avif' },
          { name: 'cf-resized', value: i % 7 === 0 ? 'err=9404' : `internal=ok/m q=0 n=31${i % 10}+85 c=17+38 v=2026.9.0 l=${1000 + i}` },
          { name: 'server', value: 'cloudflare' },
          { name: 'cf-ray', value: `8f${(1e13 + i).toString(16)}-AMS` },
          { name: 'cache-control', value: 'public, max-age=31536000' },
        ],
        cookies: [],
        content: { size: 1000 + i, mimeType: 'image/avif' },
        redirectURL: '',
        headersSize: -1,
        bodySize: 1000 + i,
      },
      cache: {},
      timings: { send: 0, wait: 100, receive: 20 },
    };
    const text = JSON.stringify(entry);
    size += text.length;
    entries.push(entry);
  }
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, pages: [], entries } });
}

const cases = [
  { name: 'typical paste (curl -sI, CF-1)', input: fixture('cf-resized-with-warning.txt'), baseline: (text: string) => text.split('\n'), baselineName: 'line split' },
  { name: '1 MB mixed paste', input: mixedPaste(1024 * 1024), baseline: (text: string) => text.split('\n'), baselineName: 'line split' },
  { name: '5 MB HAR', input: har(5 * 1024 * 1024), baseline: (text: string) => JSON.parse(text), baselineName: 'JSON.parse' },
];

const rows = cases.map(({ name, input, baseline, baselineName }) => {
  const outcome = diagnose(input);
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`);
  const engine = time(() => diagnose(input), 1500);
  const base = time(() => baseline(input), 800);
  return {
    input: name,
    size: `${(input.length / 1024).toFixed(1)} KB`,
    responses: outcome.diagnosis.responses.length,
    'imgdiag (ms)': engine.toFixed(3),
    [`baseline (ms)`]: `${base.toFixed(3)} (${baselineName})`,
    ratio: `${(engine / base).toFixed(1)}x`,
  };
});
console.log('Engine: median time per diagnosis');
console.table(rows);

try {
  const assets = readdirSync('dist/_astro').filter((name) => name.endsWith('.js'));
  const scripts = assets.map((name) => {
    const bytes = readFileSync(join('dist/_astro', name));
    return { script: name, bytes: statSync(join('dist/_astro', name)).size, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  console.log('Built scripts in dist/_astro (the diagnoser budget is 30 KB gzip, engine and catalog included)');
  console.table(scripts.sort((a, b) => b.gzip - a.gzip));
} catch {
  console.log('dist/ is not built: run npm run build to see the script sizes.');
}
