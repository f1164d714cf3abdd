import { expect, test } from './fixtures.ts';
import { widget } from './diagnoser-fixture.ts';

test.describe('the diagnoser as a tool', () => {
  test('sets the paste and the diagnosis side by side on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/diagnose/');
    const box = await widget(page).input.boundingBox();
    const result = await page.locator('.imgdiag-diagnoser__result').boundingBox();
    expect(result!.x).toBeGreaterThanOrEqual(box!.x + box!.width);
    expect(result!.y).toBeLessThan(box!.y + box!.height);
  });

  test('says what to paste until there is a diagnosis, with a link to the capturing guide', async ({ page }) => {
    await page.goto('/diagnose/');
    const empty = page.getByText('The diagnosis appears here');
    await expect(empty).toBeVisible();
    await expect(page.getByRole('link', { name: 'How to capture response headers' })).toHaveAttribute('href', '/guides/capturing-response-headers/');
    await widget(page).examples.selectOption({ index: 1 });
    await expect(widget(page).summary).toHaveText(/^Diagnosis: /, { timeout: 15_000 });
    await expect(empty).toBeHidden();
  });

  test('on a narrow screen brings the diagnosis into view after an example is chosen, leaving focus where it was', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/diagnose/');
    const ui = widget(page);
    await ui.examples.focus();
    await ui.examples.selectOption({ index: 1 });
    // The first diagnosis waits for the engine to load, which a busy machine can slow.
    await expect(ui.summary).toHaveText(/^Diagnosis: /, { timeout: 15_000 });
    await expect(ui.summary).toBeInViewport();
    await expect(ui.examples).toBeFocused();
  });

  test('typing never scrolls the box away', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/diagnose/');
    const ui = widget(page);
    await ui.input.scrollIntoViewIfNeeded();
    await ui.input.click();
    await page.keyboard.type('HTTP/2 404\ncf-resized: err=9404\n');
    await expect(ui.summary).toHaveText('Diagnosis: 1 error, 0 warnings in 1 response.', { timeout: 15_000 });
    await expect(ui.input).toBeInViewport();
  });
});
