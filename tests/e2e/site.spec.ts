import { catalog } from '../../src/catalog/index.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.describe('the codes table', () => {
  test('lists every catalog entry without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/codes/');
    await expect(page.locator('tbody tr')).toHaveCount(catalog.length);
    await context.close();
  });

  test('filters by provider and by who must act, and the filters combine', async ({ page }) => {
    await page.goto('/codes/');
    const rows = page.locator('tbody tr');
    await page.getByRole('group', { name: 'Provider' }).getByRole('radio', { name: 'Cloudinary' }).check();
    const cloudinary = catalog.filter((entry) => entry.provider === 'cloudinary');
    await expect(rows.locator('visible=true')).toHaveCount(cloudinary.length);
    await page.getByRole('group', { name: 'Who must act' }).getByRole('radio', { name: 'Request' }).check();
    await expect(rows.locator('visible=true')).toHaveCount(cloudinary.filter((entry) => entry.actor === 'request').length);
    await page.getByRole('group', { name: 'Provider' }).getByRole('radio', { name: 'All' }).check();
    await expect(rows.locator('visible=true')).toHaveCount(catalog.filter((entry) => entry.actor === 'request').length);
  });
});

test.describe('short links', () => {
  for (const [short, target] of [
    ['/9412', '/codes/cloudflare/9412/'],
    ['/cf/9404', '/codes/cloudflare/9404/'],
    ['/cld/404', '/codes/cloudinary/404/'],
  ] as const) {
    test(`${short} forwards to ${target}`, async ({ page }) => {
      await page.goto(short);
      await page.waitForURL(`**${target}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

test.describe('themes', () => {
  for (const path of ['/guides/request-loops-and-via/', '/codes/cloudflare/9403/']) {
    test(`code on ${path} is highlighted, in other colours in dark than in light`, async ({ browser }) => {
      const colours: string[][] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(path);
        const tokens = page.locator('pre.astro-code span[style]');
        expect(await tokens.count()).toBeGreaterThan(0);
        colours.push(await tokens.evaluateAll((spans) => [...new Set(spans.slice(0, 60).map((span) => getComputedStyle(span).color))]));
        await context.close();
      }
      const [light = [], dark = []] = colours;
      expect(light.length, 'light theme uses several token colours').toBeGreaterThan(1);
      expect(dark).not.toEqual(light);
    });
  }

  test('the theme toggle switches and remembers the theme without a flash on the next page', async ({ page }) => {
    await page.goto('/guides/');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    const control = page.getByRole('button', { name: 'Theme: Same as the system' });
    await control.click();
    await page.getByRole('radio', { name: 'Dark' }).click();
    await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
    expect(await background()).not.toBe(light);
    await page.goto('/codes/', { waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.evaluate(() => document.documentElement.dataset.imgdiagTheme)).toBe('dark');
  });
});

test.describe('guides', () => {
  test('have a table of contents whose links reach their sections, and previous and next links', async ({ page }) => {
    await page.goto('/guides/resizing-not-attempted/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const first = toc.getByRole('link').first();
    const target = (await first.getAttribute('href')) ?? '';
    await first.click();
    await expect(page.locator(target)).toBeInViewport();
    const pager = page.getByRole('navigation', { name: 'Previous and next guides' });
    await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', /\/guides\/.+\//);
    await expect(pager.getByRole('link', { name: /Next/ })).toHaveAttribute('href', /\/guides\/.+\//);
  });
});

test.describe('the 404 page', () => {
  test('offers the codes nearest to a mistyped code', async ({ page }) => {
    const response = await page.goto('/codes/cloudflare/9413x/');
    expect(response?.status()).toBe(404);
    const links = page.getByRole('heading', { name: 'Codes near what you asked for' }).locator('..').getByRole('link');
    await expect(links.first()).toContainText('9413');
  });
});

test.describe('the layout', () => {
  test('starts with a skip link that moves focus to the main content', async ({ page }) => {
    await page.goto('/codes/cloudflare/9412/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('has a header of one row at 360 px: the name, a menu of the sections, search and the theme', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/diagnose/');
    const header = page.locator('header');
    expect((await header.boundingBox())?.height ?? 0).toBeLessThanOrEqual(64);
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('link', { name: 'Diagnose' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('link', { name: 'Codes' }).click();
    await page.waitForURL('**/codes/');
    await context.close();
  });

  test('shows focus as a ring in the accent colour, not the colour of an error', async ({ page }) => {
    await page.goto('/codes/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    const [red = 0, , blue = 0] = (await focused.evaluate((element) => getComputedStyle(element).outlineColor)).match(/\d+/g)!.map(Number);
    expect(blue, 'the ring is blue, where errors are red').toBeGreaterThan(red);
  });

  test('fits a 360 px wide screen without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of ['/', '/codes/', '/codes/cloudflare/9412/', '/guides/reading-cf-resized/', '/diagnose/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  // What scripts draw after load (search results, the 404 page's nearer codes) must not move what
  // the reader is already looking at: Lighthouse counts that as layout shift.
  const drawn: [string, (page: Page) => Promise<void>][] = [
    ['/search/?q=9412', (page) => expect(page.getByRole('status')).toHaveText(/results?/)],
    ['/no-such/9413x/', (page) => expect(page.locator('imgdiag-nearest-codes li').first()).toHaveText('cloudflare/9413')],
  ];
  for (const [path, ready] of drawn) {
    test(`${path} draws its results without moving the page`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { imgdiagShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await ready(page);
      await page.waitForTimeout(300);
      const shift = await page.evaluate(() => (window as unknown as { imgdiagShifts: number[] }).imgdiagShifts.reduce((sum, value) => sum + value, 0));
      expect(shift, 'cumulative layout shift').toBeLessThan(0.05);
    });
  }
});
