import { expect, fixturePath, paste, test, widget, openWidget } from './diagnoser-fixture.ts';
import type { Page } from '@playwright/test';

/** Markup and script in every place a paste can carry text: the command, a URL, header values, a body. */
const HOSTILE_PASTE = `$ curl -i "https://example.com/cdn-cgi/image/width=300/<img src=x onerror=alert(1) data-imgdiag-pwned>.jpg"
HTTP/2 415
date: Mon, 23 Mar 2026 10:14:03 GMT
cf-resized: err=9412
server: cloudflare
x-note: "><script>window.imgdiagPwned = 1</script><img src=x onerror="alert(2)" data-imgdiag-pwned>
location: javascript:alert(3)
cf-ray: 3df20bebe26834f7-DUB

<html><body><script>alert(4)</script><iframe src="javascript:alert(5)" data-imgdiag-pwned></iframe></body></html>
`;

/** Nothing from the payload became an element, and nothing of it ran. */
async function expectInert(page: Page): Promise<void> {
  await expect(page.locator('[data-imgdiag-pwned]')).toHaveCount(0);
  await expect(page.locator('imgdiag-diagnoser img, imgdiag-diagnoser iframe, [data-imgdiag-output] script')).toHaveCount(0);
  expect(await page.evaluate(() => 'imgdiagPwned' in window)).toBe(false);
  await expect(page.locator('[data-imgdiag-output] a[href^="javascript:"]')).toHaveCount(0);
}

test.describe('hostile input', () => {
  test('shows markup and script in a paste as text only', async ({ page }) => {
    await openWidget(page, '/diagnose/');
    const ui = widget(page);
    await paste(ui.input, HOSTILE_PASTE);
    await expect(ui.summary).toHaveText(/^Diagnosis: /);
    await ui.whatWeRead.getByText('What we read', { exact: true }).click();
    await expect(ui.whatWeRead.getByText('x-note: "><script>window.imgdiagPwned = 1</script>', { exact: false })).toBeVisible();
    await expectInert(page);
  });

  test('shows markup in a shared link as text only', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openWidget(page, '/diagnose/');
    const ui = widget(page);
    await paste(ui.input, HOSTILE_PASTE);
    await ui.copyLink.click();
    await expect(ui.copyStatus).toHaveText(/^Link copied\./);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const opened = await page.context().newPage();
    await openWidget(opened, link);
    await expect(widget(opened).input).toHaveValue(/x-note: "><script>/);
    await expect(widget(opened).summary).toHaveText(/^Diagnosis: /);
    await expectInert(opened);
  });

  test('treats markup typed into the fragment itself as a damaged link', async ({ page }) => {
    await page.goto('/diagnose/#paste=<img src=x onerror=alert(1) data-imgdiag-pwned>"><script>alert(2)</script>');
    await expect(widget(page).summary).toHaveText(/^The headers in this link could not be read/);
    await expectInert(page);
  });

  test('shows markup in a HAR file’s URL, headers and body as text only', async ({ page }) => {
    await openWidget(page, '/diagnose/');
    const ui = widget(page);
    await ui.filePicker.setInputFiles(fixturePath('hostile.har'));
    await expect(ui.responses).toHaveCount(1);
    await expect(ui.responses.getByRole('heading', { level: 3 })).toContainText('<img src=x onerror=alert(1)>');
    await expectInert(page);
  });
});
