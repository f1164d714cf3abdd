import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from './cli/local-server.ts';
import { bundledCommand, type RunResult, runCli as runSource } from './cli/run.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/rules');

let server: LocalServer;
let command: [string, string];
beforeAll(async () => {
  [server, command] = await Promise.all([startLocalServer(), bundledCommand()]);
});

/** The shipped bundle: what an installed imgdiag runs, and faster to start than the source. */
const runCli = (args: string[]): Promise<RunResult> => runSource(args, { command });
afterAll(() => server.close());

const url = (path: string) => `${server.origin}${path}`;
const fixtureUrl = (name: string) => url(server.fixturePaths.get(name) as string);
const ids = (diagnosis: { responses: { findings: { id: string }[] }[] }) => diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id));

describe('imgdiag URL', () => {
  it.each([
    ['cf-9412-login-page.txt', 'cloudflare/9412', 1],
    ['cld-404-not-found.txt', 'cloudinary/404', 1],
    ['cf-resized-with-warning.txt', 'cloudflare/warning', 0],
    ['http-server-error.txt', 'http/server-error', 1],
  ])('fetches a service playing %s and finds %s as the capture does', async (name, id, status) => {
    const result = await runCli(['--json', fixtureUrl(name)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(status);
    const diagnosis = JSON.parse(result.stdout);
    expect(diagnosis.version).toBe(1);
    expect(ids(diagnosis)).toContain(id);
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
    expect(diagnosis.summary.errors > 0).toBe(expected.summary.errors > 0);
    expect(diagnosis.responses[0]).toMatchObject({ status: expected.responses.at(-1).status, url: fixtureUrl(name) });
  });

  it('sends a browser Accept and no cookie, or what --accept and -H give', async () => {
    await runCli([url('/echo.jpg')]);
    const plain = server.lastHeaders.get('/echo.jpg');
    expect(plain?.accept).toMatch(/^image\/avif,image\/webp/);
    expect(plain?.cookie).toBeUndefined();
    expect(plain?.['user-agent']).toMatch(/^imgdiag\/\d+\.\d+\.\d+/);
    await runCli(['--accept', 'image/png', '-H', 'Cookie: session=abc', '--header=X-Debug: 1', url('/echo.jpg')]);
    const given = server.lastHeaders.get('/echo.jpg');
    expect(given).toMatchObject({ accept: 'image/png', cookie: 'session=abc', 'x-debug': '1' });
  });

  it('follows redirects itself and keeps every hop as a response', async () => {
    const result = await runCli(['--json', url('/redirect/3')]);
    expect(result.status).toBe(0);
    const diagnosis = JSON.parse(result.stdout);
    expect(diagnosis.responses.map((response: { status: number }) => response.status)).toEqual([302, 302, 302, 200]);
    expect(diagnosis.responses.map((response: { url: string }) => response.url)).toEqual([3, 2, 1, 0].map((n) => url(`/redirect/${n}`)));
    expect(ids(diagnosis)).toContain('http/redirect-chain');
    const text = await runCli([url('/redirect/3')]);
    expect(text.stdout).toContain(`Fetched ${url('/redirect/3')}; 4 responses, every redirect followed`);
  });

  it('detects a redirect loop, stops, and reports it as an error', async () => {
    const result = await runCli(['--json', url('/loop/a')]);
    expect(result.status).toBe(1);
    const diagnosis = JSON.parse(result.stdout);
    expect(diagnosis.responses).toHaveLength(2);
    expect(ids(diagnosis)).toContain('http/redirect-loop');
  });

  it('follows at most 10 redirects', async () => {
    const result = await runCli([url('/redirect/15')]);
    expect(result.stdout).toContain('stopped after 10 redirects');
    expect(server.hits.get('/redirect/4')).toBeUndefined();
  });

  it('reads the error body as evidence, decoding gzip', async () => {
    const result = await runCli(['--json', url('/gzip-error/photo.jpg')]);
    expect(result.status).toBe(1);
    const finding = JSON.parse(result.stdout).responses[0].findings.find((f: { id: string }) => f.id === 'cloudflare/9412');
    expect(finding.evidence).toMatch(/^ERROR 9412: Could not resize the image/);
  });

  it('reads only the first 64 KB of a 50 MB body, and none of a 50 MB image', async () => {
    const started = performance.now();
    const [error, image] = await Promise.all([runCli(['--json', url('/big-error')]), runCli(['--json', url('/big-image')])]);
    expect(performance.now() - started).toBeLessThan(5000);
    const body = JSON.parse(error.stdout).responses[0];
    expect(body.findings.map((f: { id: string }) => f.id)).toContain('cloudflare/9413');
    expect(image.status).toBe(0);
  });

  it('keeps what arrived of a body that stops half way, when the timeout ends the request', async () => {
    const result = await runCli(['--json', '--timeout', '0.5', url('/stalled-body/photo.jpg')]);
    expect(result.stderr).toBe('');
    const [response] = JSON.parse(result.stdout).responses;
    expect(response.status).toBe(415);
    expect(response.findings.map((f: { id: string }) => f.id)).toContain('cloudflare/9412');
  });

  it.each([
    ['/hang', ['--timeout', '0.5'], /^imgdiag: no complete response from http:\/\/127\.0\.0\.1:\d+\/hang within 0\.5 s; raise --timeout to wait longer\.$/],
    ['/reset', [], /^imgdiag: connection reset by 127\.0\.0\.1:\d+ before a response arrived\.$/],
  ])('fails %s with one line and exit 2', async (path, extra, message) => {
    const result = await runCli([...extra, url(path)]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd()).toMatch(message);
  });

  it('says so in one line when nothing listens, or the host does not resolve', async () => {
    const refused = await runCli(['http://127.0.0.1:9/a.jpg']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('imgdiag: connection refused by 127.0.0.1:9: nothing accepts connections there.\n');
    const unknown = await runCli(['http://no-such-host.invalid/a.jpg']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/^imgdiag: cannot resolve no-such-host\.invalid: DNS lookup failed \(E[A-Z_]+\)\.$/m);
  });

  it('names a TLS problem in one line', async () => {
    const result = await runCli([url('/echo.jpg').replace('http:', 'https:')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^imgdiag: TLS problem with 127\.0\.0\.1:\d+: wrong version number, so the port likely serves plain HTTP \(try http:\/\/\) \(EPROTO\)\.\n$/,
    );
  });

  it('checks several URLs: one JSON document, exit 2 when one could not be fetched', async () => {
    const result = await runCli(['--json', fixtureUrl('cld-404-not-found.txt'), url('/reset')]);
    expect(result.status).toBe(2);
    const { version, results } = JSON.parse(result.stdout);
    expect(version).toBe(1);
    expect(results[0].url).toBe(fixtureUrl('cld-404-not-found.txt'));
    expect(ids(results[0].diagnosis)).toContain('cloudinary/404');
    expect(results[1]).toEqual({ url: url('/reset'), error: expect.stringMatching(/connection reset/) });
  });

  it('prints a Markdown block naming the fetched URL', async () => {
    const result = await runCli(['--markdown', fixtureUrl('cld-404-not-found.txt')]);
    expect(result.stdout).toContain(`Fetched ${fixtureUrl('cld-404-not-found.txt')}.`);
    expect(result.stdout).toContain('[cloudinary/404](https://imgdiag.dev/codes/cloudinary/404/)');
  });
});
