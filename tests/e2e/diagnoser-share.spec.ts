import { inflateRawSync } from 'node:zlib';
import { cli, expect, fixture, paste, shownFindings, test, widget, openWidget } from './diagnoser-fixture.ts';

/** The paste a share link carries, decoded the way anyone holding the link could. */
function decodeLink(link: string): string {
  const encoded = new URL(link).hash.replace(/^#paste=/, '');
  return inflateRawSync(Buffer.from(encoded, 'base64url')).toString('utf8');
}

test.describe('sharing a diagnosis', () => {
  test.beforeEach(async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openWidget(page, '/diagnose/');
  });

  test('copies a link whose fragment holds the redacted paste, and the link restores and diagnoses it', async ({ page, context }) => {
    const ui = widget(page);
    await paste(ui.input, fixture('curl-v-secrets-cloudinary.txt'));
    await expect(ui.summary).toHaveText(/^Diagnosis: /);
    await ui.copyLink.click();
    await expect(ui.copyStatus).toHaveText('Link copied. Cookies, credentials and URL signatures in it are replaced by [redacted].');

    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(new URL('/diagnose/', page.url()).href);
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#paste=[A-Za-z0-9_-]+$/);

    const carried = decodeLink(link);
    for (const secret of ['7c1d9e44b2a04f6f8e3a', 'eyJhbGciOiJIUzI1NiJ9', 'kR4bWq2Zx7', 's--abcdefgh--']) expect(carried).not.toContain(secret);
    expect(carried).toContain('> Cookie: [redacted]');
    expect(carried).toContain('> Authorization: [redacted]');
    expect(carried).toContain('/s--[redacted]--/');
    expect(carried).toContain('< x-cld-error: Resource not found - team/ana');

    const opened = await context.newPage();
    await openWidget(opened, link);
    const restored = widget(opened);
    await expect(restored.input).toHaveValue(carried);
    await expect(restored.summary).toHaveText(/^Diagnosis: /);
    expect((await shownFindings(opened)).flat().map((finding) => finding.id)).toContain('cloudinary/404');
  });

  test('restores a link opened in the same tab when only the fragment changes', async ({ page }) => {
    const ui = widget(page);
    await paste(ui.input, fixture('curl-si-9404.txt'));
    await ui.copyLink.click();
    await expect(ui.copyStatus).toHaveText(/^Link copied\./);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await paste(ui.input, '');
    await openWidget(page, link);
    await expect(ui.input).toHaveValue(fixture('curl-si-9404.txt'));
    await expect(ui.summary).toHaveText('Diagnosis: 1 error, 0 warnings in 1 response.');
  });

  test('refuses a paste too large for a link and says what to do instead', async ({ page }) => {
    const ui = widget(page);
    await ui.input.evaluate((box: HTMLTextAreaElement) => {
      // Varied text that deflate cannot shrink below the link limit.
      let noise = '';
      for (let i = 0; i < 40_000; i++) noise += `x-trace-${i}: ${((i * 2654435761) >>> 0).toString(36)}\n`;
      box.value = `HTTP/2 200\n${noise}`;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await ui.copyLink.click();
    await expect(ui.copyStatus).toHaveText(/^This paste is too large for a link: compressed, it needs \d+ KB and a link holds at most 16 KB\./);
  });

  test('says so when a link is damaged, without failing', async ({ page }) => {
    await openWidget(page, '/diagnose/#paste=bm90IGRlZmxhdGVk');
    await expect(widget(page).summary).toHaveText(/^The headers in this link could not be read/);
  });

  test('copies the diagnosis as the same redacted Markdown the CLI prints', async ({ page }) => {
    const ui = widget(page);
    await paste(ui.input, fixture('curl-v-secrets-cloudinary.txt'));
    await ui.copyMarkdown.click();
    await expect(ui.copyStatus).toHaveText('Markdown copied: the diagnosis and the headers, with secrets redacted.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(cli(['--markdown'], await ui.input.inputValue()));
    expect(markdown).toMatch(/^### imgdiag diagnosis: /);
    expect(markdown).toContain('x-request-id: 5e0c7a91d3b24f68a1c9e7b3d2f40a6c');
    expect(markdown).not.toContain('s--abcdefgh--');
  });

  test('has nothing to copy before a paste', async ({ page }) => {
    const ui = widget(page);
    await ui.copyMarkdown.click();
    await expect(ui.copyStatus).toHaveText(/^Nothing to copy yet/);
    await ui.copyLink.click();
    await expect(ui.copyStatus).toHaveText(/^Nothing to share yet/);
  });
});

test.describe('when the browser refuses the clipboard', () => {
  test('hands over the text, selected, with a message', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await openWidget(page, '/diagnose/');
    const ui = widget(page);
    await paste(ui.input, fixture('curl-si-9404.txt'));
    await ui.copyMarkdown.click();
    await expect(ui.copyStatus).toHaveText(/^The browser did not let this page copy\. The Markdown is in the box below, selected/);
    const handover = page.getByRole('textbox', { name: 'Text to copy' });
    await expect(handover).toBeFocused();
    await expect(handover).toHaveValue(/^### imgdiag diagnosis: 1 error/);
  });
});

test.describe('privacy', () => {
  test('makes no request but same-origin GETs of the site’s own files while pasting, reading files, copying and sharing', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const requests: { method: string; url: string }[] = [];
    page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
    page.on('websocket', (socket) => requests.push({ method: 'WEBSOCKET', url: socket.url() }));
    await openWidget(page, '/diagnose/');
    const origin = new URL(page.url()).origin;
    const ui = widget(page);

    await paste(ui.input, fixture('curl-v-secrets-cloudinary.txt'));
    await expect(ui.summary).toHaveText(/^Diagnosis: /);
    await ui.examples.selectOption({ index: 1 });
    await ui.filePicker.setInputFiles({ name: 'portal-account.har', mimeType: 'application/json', buffer: Buffer.from(fixture('portal-account.har')) });
    await expect(ui.responses).toHaveCount(3);
    await ui.copyMarkdown.click();
    await expect(ui.copyStatus).toHaveText(/^Markdown copied/);
    await ui.copyLink.click();
    await expect(ui.copyStatus).toHaveText(/^Link copied/);
    // A big paste takes the worker path too.
    await ui.input.evaluate((box: HTMLTextAreaElement) => {
      box.value = `HTTP/2 404\ncf-resized: err=9404\nx-padding: ${'p'.repeat(400 * 1024)}\n`;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(ui.summary).toHaveText('Diagnosis: 1 error, 0 warnings in 1 response.');

    const foreign = requests.filter((request) => request.method !== 'GET' || new URL(request.url).origin !== origin);
    expect(foreign).toEqual([]);
    // Nothing pasted travels in a URL either.
    expect(requests.filter((request) => /portal_session|team\/ana|x-padding|paste=/.test(request.url))).toEqual([]);
  });
});
