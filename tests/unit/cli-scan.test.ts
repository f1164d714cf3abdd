import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from './cli/local-server.ts';
import { bundledCommand, type RunResult, runCli as runSource } from './cli/run.ts';

let server: LocalServer;
let command: [string, string];
beforeAll(async () => {
  [server, command] = await Promise.all([startLocalServer(), bundledCommand()]);
});
afterAll(() => server.close());

const runCli = (args: string[], input?: string): Promise<RunResult> => runSource(args, { command, input });
const url = (path: string) => `${server.origin}${path}`;

interface ScannedImage {
  url: string;
  diagnosis: { summary: { errors: number; warnings: number }; responses: { findings: { id: string }[] }[] } | null;
  error?: string;
}

describe('imgdiag scan', () => {
  it('checks every image of a page of 50 once and prints the version 1 JSON', async () => {
    const result = await runCli(['scan', '--json', url('/page-50.html')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const scan = JSON.parse(result.stdout) as { version: number; page: string; images: ScannedImage[] };
    expect(scan.version).toBe(1);
    expect(scan.page).toBe(url('/page-50.html'));
    expect(scan.images).toHaveLength(50);
    const urls = scan.images.map((image) => image.url);
    expect(new Set(urls).size).toBe(50);
    for (const path of ['/img/og.jpg', '/img/twitter.jpg', '/img/hero.jpg', '/img/hero-1280.jpg', '/img/bg.jpg', '/img/pic@2x.avif', '/img/c_fill,w_600/a.jpg', '/img/lazy.jpg', '/img/q.jpg?w=1&h=2']) {
      expect(urls).toContain(url(path));
    }
    for (const path of ['/img/commented-out.jpg', '/img/scripted.jpg', '/img/not-counted.jpg']) expect(urls).not.toContain(url(path));
    expect(urls.some((image) => image.startsWith('data:'))).toBe(false);
    const withId = (id: string) => scan.images.filter((image) => image.diagnosis?.responses.some((response) => response.findings.some((finding) => finding.id === id)));
    expect(withId('cloudflare/9412').map((image) => image.url)).toEqual([url(server.fixturePaths.get('cf-9412-login-page.txt') as string)]);
    expect(withId('cloudinary/404')).toHaveLength(1);
    expect(withId('http/not-an-image')).toHaveLength(1);
    expect(scan.images.filter((image) => (image.diagnosis?.summary.errors ?? 0) > 0)).toHaveLength(3);
  });

  it('prints a table with the errors first, then a summary line', async () => {
    const result = await runCli(['scan', url('/page-50.html')]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${url('/page-50.html')}: 50 images`);
    expect(lines[1]).toMatch(/^STATUS\s+SERVICE\s+WORST FINDING\s+URL$/);
    expect(lines.slice(2, 5).every((line) => line.includes('✖ Error'))).toBe(true);
    expect(lines[2]).toMatch(/^415\s+Cloudflare\s+✖ Error: .*\(cloudflare\/9412\)\s+http:/);
    expect(lines.slice(5, 7).every((line) => line.includes('▲ Warning'))).toBe(true);
    expect(lines.at(-1)).toBe('imgdiag: 50 images on 1 page: 3 with errors, 2 with warnings only, 45 fine');
    expect(result.stderr).toBe('');
  });

  it('shows only the images with errors under --only errors', async () => {
    const result = await runCli(['--only', 'errors', 'scan', url('/page-50.html')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('47 more left out: nothing at the level of --only errors.');
    expect(result.stdout).not.toContain('▲ Warning');
  });

  it('scans every page a sitemap lists, each image once', async () => {
    const before = server.hits.get('/img/og.jpg') ?? 0;
    const result = await runCli(['scan', '--json', '--concurrency', '3', url('/sitemap.xml')]);
    const scan = JSON.parse(result.stdout) as { pages: { page: string; images: ScannedImage[] }[] };
    expect(scan.pages.map((page) => page.page)).toEqual([url('/page-50.html'), url('/about.html')]);
    const about = scan.pages[1]?.images.map((image) => image.url);
    expect(about).toEqual(['/img/og.jpg', '/img/logo.svg', '/img/team-800.jpg', '/img/team-400.jpg', '/img/team-1600.jpg', '/images/store-front-retired.jpg'].map(url));
    expect((server.hits.get('/img/og.jpg') ?? 0) - before).toBe(1);
    expect(result.status).toBe(1);
  });

  it('follows a sitemap index to its sitemaps, each read once, and folds a page without problems to one line', async () => {
    const result = await runCli(['scan', url('/sitemap-index.xml')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${url('/page-50.html')}: 50 images\nSTATUS`);
    expect(result.stdout).toContain(`${url('/about.html')}: 6 images\nSTATUS`);
    expect(result.stdout).toContain(`${url('/fine.html')}: 3 images, none with an error or a warning`);
    // 50 + 6 + 3, the og:image the first two pages share counted once.
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('imgdiag: 58 images on 3 pages: 4 with errors, 2 with warnings only, 52 fine');
    expect(server.hits.get('/sitemap-index.xml')).toBe(1);
  });

  it('reports a page that redirected under the URL it was given, in the one-page JSON shape', async () => {
    const result = await runCli(['scan', '--json', url('/moved/about.html')]);
    const scan = JSON.parse(result.stdout) as { page: string; images: ScannedImage[] };
    expect(scan.page).toBe(url('/moved/about.html'));
    expect(scan.images[1]?.url).toBe(url('/img/logo.svg'));
  });

  it('reads page URLs from standard input with --urls -', async () => {
    const result = await runCli(['scan', '--urls', '-'], `# pages to check\n${url('/about.html')}\n\n`);
    expect(result.stdout).toContain(`${url('/about.html')}: 6 images`);
    expect(result.stdout).toMatch(/404\s+-\s+✖ Error: .*\(http\/client-error\)\s+http:.*store-front-retired\.jpg/);
  });

  // util-linux's script(1) gives the command a terminal, as a person at a shell would have.
  it.skipIf(!existsSync('/usr/bin/script'))('counts the images checked on standard error when it is a terminal, and clears the line at the end', async () => {
    const shellLine = `${command.join(' ')} scan ${url('/about.html')} > /dev/null`;
    const result = await runSource([], { command: ['/usr/bin/script', '-qec', shellLine, '/dev/null'] });
    const frames = result.stdout.split('\r\u001b[2K');
    expect(frames.slice(1, -1)).toEqual([0, 1, 2, 3, 4, 5, 6].map((done) => `imgdiag: checked ${done} of 6 images`));
    expect(frames.at(-1)).toBe('');
  });

  it('lists an image it could not fetch as failed, after the errors, and exits 2', async () => {
    const text = await runCli(['scan', url('/with-reset.html')]);
    expect(text.status).toBe(2);
    expect(text.stdout.split('\n')[2]).toMatch(/^failed\s+-\s+✖ connection reset by 127\.0\.0\.1:\d+ before a response arrived\.\s+http:.*\/reset$/);
    const json = await runCli(['scan', '--json', url('/with-reset.html')]);
    expect(JSON.parse(json.stdout).images[1]).toEqual({ url: url('/reset'), diagnosis: null, error: expect.stringMatching(/^connection reset/) });
  });

  it('exits 2 with one line when the page cannot be had or is no page', async () => {
    const missing = await runCli(['scan', url('/no-such-page.html')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`imgdiag: cannot scan ${url('/no-such-page.html')}: the page answered HTTP/1.1 404 Not Found.\n`);
    const image = await runCli(['scan', url('/echo.jpg')]);
    expect(image.status).toBe(2);
    expect(image.stderr).toMatch(/it is not an HTML page \(Content-Type image\/gif\); to check one image, run imgdiag http/);
  });

  it('refuses bad usage: no page, a non-URL, --markdown', async () => {
    expect((await runCli(['scan'])).stderr).toMatch(/^imgdiag: scan needs a PAGE_URL/);
    expect((await runCli(['scan', 'index.html'])).stderr).toMatch(/not one/);
    expect((await runCli(['scan', '--markdown', url('/about.html')])).status).toBe(2);
    expect((await runCli(['scan', '--concurrency', '0', url('/about.html')])).stderr).toMatch(/--concurrency takes a positive number/);
  });
});
