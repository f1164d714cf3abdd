import { providers } from '../../src/catalog/index.ts';
import { cliDiagnosis, expect, findingsOf, fixture, fixturePath, paste, shownFindings, test, widget, openWidget } from './diagnoser-fixture.ts';

test.describe('the diagnoser on /diagnose/', () => {
  test.beforeEach(async ({ page }) => {
    await openWidget(page, '/diagnose/');
  });

  const formats = [
    { name: 'curl -sI output', file: 'curl-si-9404.txt', format: 'http-message', responses: 1, finding: 'cloudflare/9404' },
    { name: 'curl -v output with a redirect', file: 'curl-v-redirects-9412.txt', format: 'curl-verbose', responses: 2, finding: 'cloudflare/9412' },
    { name: "Chrome devtools' two-line copy", file: 'chrome-two-line-cloudinary-404.txt', format: 'devtools-two-line', responses: 1, finding: 'cloudinary/404' },
    { name: 'a HAR file pasted as text', file: 'portal-account.har', format: 'har', responses: 3, finding: 'cloudflare/9412' },
    { name: 'a JSON object of headers', file: 'headers-9517.json', format: 'json-headers', responses: 1, finding: 'cloudflare/9517' },
  ];
  for (const { name, file, format, responses, finding } of formats) {
    test(`diagnoses ${name} as the CLI does`, async ({ page }) => {
      const ui = widget(page);
      const text = fixture(file);
      await paste(ui.input, text);
      await expect(ui.summary).toHaveText(/^Diagnosis: \d+ errors?, \d+ warnings? in \d+ responses?\.$/);
      await expect(ui.responses).toHaveCount(responses);
      const shown = await shownFindings(page);
      expect(shown.flat().map((item) => item.id)).toContain(finding);
      expect(shown).toEqual(findingsOf(cliDiagnosis(await ui.input.inputValue())));
      await ui.whatWeRead.getByText('What we read', { exact: true }).click();
      await expect(ui.whatWeRead.locator('code').first()).toHaveText(format);
    });
  }

  test('redraws the diagnosis as the reader types, after a short pause', async ({ page }) => {
    const ui = widget(page);
    await ui.input.pressSequentially('HTTP/2 404\ncf-resized: err=94', { delay: 20 });
    await ui.input.pressSequentially('12');
    await expect(page.getByRole('heading', { level: 4, name: 'Error: Origin returned a non-image' })).toBeVisible();
    await expect(ui.summary).toHaveText('Diagnosis: 1 error, 0 warnings in 1 response.');
  });

  test('shows each finding with a severity word, evidence, causes, fixes and a link to its page', async ({ page }) => {
    const ui = widget(page);
    await paste(ui.input, fixture('curl-si-9404.txt'));
    const finding = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Source image not found/ }) });
    await expect(finding.getByRole('heading', { level: 4 })).toHaveText(/^✖ Error: /);
    await expect(finding.getByText('Evidence:')).toContainText('cf-resized: err=9404');
    await expect(finding.getByText('Likely causes', { exact: true })).toBeVisible();
    await expect(finding.getByText('What to change', { exact: true })).toBeVisible();
    await expect(finding.getByRole('link', { name: 'More about cloudflare/9404' })).toHaveAttribute('href', '/codes/cloudflare/9404/');
  });

  test('lists what it read: the format, each status line and the headers', async ({ page }) => {
    const ui = widget(page);
    await paste(ui.input, fixture('curl-v-redirects-9412.txt'));
    await ui.whatWeRead.getByText('What we read', { exact: true }).click();
    await expect(ui.whatWeRead).toContainText('Read as curl -v output');
    await expect(ui.whatWeRead.locator('pre').nth(0)).toContainText('HTTP/1.1 301 Moved Permanently');
    await expect(ui.whatWeRead.locator('pre').nth(1)).toContainText('HTTP/2 415\ndate: Mon, 23 Mar 2026 10:14:03 GMT\ncf-resized: err=9412');
    // It stays open while the reader edits.
    await ui.input.press('End');
    await ui.input.pressSequentially('\n');
    await expect(ui.whatWeRead).toHaveAttribute('open', '');
  });

  test('loads an example response from the menu and diagnoses it', async ({ page }) => {
    const ui = widget(page);
    await ui.examples.selectOption({ label: 'Cloudinary 404 Resource not found: Public ID that does not exist (curl -sI)' });
    await ui.loadExample.click();
    await expect(ui.input).toHaveValue(/x-cld-error: Resource not found - docs\/nope-xyz/);
    await expect(ui.summary).toHaveText('Diagnosis: 1 error, 0 warnings in 1 response.');
    expect((await shownFindings(page)).flat().map((item) => item.id)).toContain('cloudinary/404');
  });

  test('offers every provider\'s examples, covering errors, success, no resize, Cloudinary and redirects', async ({ page }) => {
    const labels = await widget(page).examples.locator('option:not([value=""])').allInnerTexts();
    expect(labels).toHaveLength(providers.reduce((count, provider) => count + provider.examples.length, 0));
    for (const expected of [/9412/, /Resized successfully/, /not resized/, /Cloudinary 400/, /Cloudinary 401/, /Cloudinary 404/, /Redirects/]) {
      expect(labels.some((label) => expected.test(label)), String(expected)).toBe(true);
    }
  });

  test('reads a HAR file chosen with the file picker', async ({ page }) => {
    const ui = widget(page);
    await ui.filePicker.setInputFiles(fixturePath('portal-account.har'));
    await expect(ui.copyStatus).toHaveText(/^Opened portal-account\.har, 13 KB\.$/);
    await expect(ui.responses).toHaveCount(3);
    const ids = (await shownFindings(page)).flat().map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(['cloudflare/9412', 'cloudinary/404']));
  });

  test('reads a HAR file dropped on the box', async ({ page }) => {
    const ui = widget(page);
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'portal-account.har', { type: 'application/json' }));
      return transfer;
    }, fixture('portal-account.har'));
    await ui.dropzone.dispatchEvent('dragenter', { dataTransfer });
    await expect(ui.dropzone).toHaveAttribute('data-imgdiag-dragging', '');
    await ui.dropzone.dispatchEvent('drop', { dataTransfer });
    await expect(ui.dropzone).not.toHaveAttribute('data-imgdiag-dragging');
    await expect(ui.copyStatus).toHaveText(/^Opened portal-account\.har/);
    await expect(ui.responses).toHaveCount(3);
    expect(await ui.input.inputValue()).toContain('"version": "1.2"');
  });

  test('says plainly when a pasted text is binary', async ({ page }) => {
    const ui = widget(page);
    await ui.input.evaluate((box: HTMLTextAreaElement) => {
      box.value = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000\u0000\u0000\u0001\u0000\b\u0006\u0000\u0000\u0000';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(ui.summary).toHaveText(/binary data rather than text/);
    await expect(ui.responses).toHaveCount(0);
  });

  test('refuses a binary file with a message that names it', async ({ page }) => {
    const ui = widget(page);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await ui.filePicker.setInputFiles({ name: 'avatar.png', mimeType: 'image/png', buffer: png });
    await expect(ui.summary).toHaveText('avatar.png is not a text file (it looks like an image or other binary data): open a .har, .txt or .json file.');
  });

  test('answers a paste over 20 MB with a clear message and stays responsive', async ({ page }) => {
    const ui = widget(page);
    const longestStall = await ui.input.evaluate(async (box: HTMLTextAreaElement) => {
      let last = performance.now();
      let longest = 0;
      let running = true;
      const tick = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', `HTTP/2 200\nx-padding: ${'x'.repeat(20 * 1024 * 1024)}\n`);
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      running = false;
      return longest;
    });
    await expect(ui.summary).toHaveText(/^This paste is too large to read \(over 20 MB\)/);
    await expect(page.getByText(/^The pasted text \(20\.0 MB\) is too long to show in the box/)).toBeVisible();
    await expect(ui.input).toHaveValue('');
    // Frames kept coming: the page never froze for long (a textarea holding 20 MB freezes it for seconds).
    expect(longestStall).toBeLessThan(1000);
    // Editing the box again replaces the held text.
    await paste(ui.input, fixture('curl-si-9404.txt'));
    await expect(ui.summary).toHaveText('Diagnosis: 1 error, 0 warnings in 1 response.');
    await expect(page.getByText(/too long to show in the box/)).toBeHidden();
  });

  test('refuses a file over 20 MB before reading it', async ({ page }) => {
    const ui = widget(page);
    await ui.filePicker.setInputFiles({ name: 'everything.har', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 0x20) });
    await expect(ui.summary).toHaveText(/^everything\.har is 21\.0 MB; the diagnoser reads files up to 20\.0 MB\./);
  });

  test('reads a multi-megabyte HAR in a worker while the page keeps responding', async ({ page }) => {
    const ui = widget(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const entries = JSON.parse(fixture('portal-account.har')).log.entries as unknown[];
    await ui.input.evaluate((box: HTMLTextAreaElement, entry) => {
      // About 4 MB: the same failing image request a thousand times over.
      const har = { log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries: Array.from({ length: 1000 }, () => entry) } };
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', JSON.stringify(har, null, 2));
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, entries[1]);
    await expect(ui.summary).toHaveText(/^Reading about \d+\.\d MB of text…$/);
    // The main thread answers while the worker reads.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await expect(ui.summary).toHaveText('Diagnosis: 1000 errors, 0 warnings in 1000 responses.', { timeout: 20_000 });
    await expect(page.getByText(/^The pasted text \(\d+\.\d MB\) is too long to show in the box/)).toBeVisible();
    expect(workers.some((url) => /\/_astro\/.*\.js$/.test(new URL(url).pathname))).toBe(true);
  });

  test('can be used with the keyboard alone', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const ui = widget(page);
    for (let presses = 0; presses < 40 && !(await ui.examples.evaluate((element) => element === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(ui.examples).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(ui.loadExample).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(ui.summary).toHaveText(/^Diagnosis: /);

    await page.keyboard.press('Tab');
    await expect(ui.filePicker).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(ui.input).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('HTTP/2 404\ncf-resized: err=9404\n');
    await expect(ui.summary).toHaveText('Diagnosis: 1 error, 0 warnings in 1 response.');

    await page.keyboard.press('Tab');
    await expect(ui.copyLink).toBeFocused();
    expect(await ui.copyLink.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(ui.copyStatus).toHaveText(/^Link copied\./);
    await page.keyboard.press('Tab');
    await expect(ui.copyMarkdown).toBeFocused();
    await page.keyboard.press('Space');
    await expect(ui.copyStatus).toHaveText(/^Markdown copied/);
  });
});

test.describe('the diagnoser without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('explains how to read the headers by hand and how to run the CLI', async ({ page }) => {
    const response = await page.goto('/diagnose/');
    // Playwright turns scripts off without turning the parser's scripting flag off, so <noscript>
    // stays raw text here; a browser with JavaScript off shows it. Check that it is served.
    expect(await response?.text()).toMatch(/<noscript>\s*<p[^>]*>\s*The diagnoser runs in your browser with JavaScript, which is off\./);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Load example' })).toBeHidden();
    await page.getByText('Reading the headers by hand').click();
    for (const text of ['Cf-Resized', 'x-cld-error', 'HTTP/2 415']) await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/\| npm run --silent diagnose$/)).toBeVisible();
  });

  test('still shows the sample response on a code page', async ({ page }) => {
    await page.goto('/codes/cloudflare/9412/');
    await expect(widget(page).input).toHaveValue(/cf-resized: err=9412/);
  });
});
