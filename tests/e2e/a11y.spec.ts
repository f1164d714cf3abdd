/**
 * Every page in the sitemap passes axe (WCAG 2.0, 2.1 and 2.2 A and AA, and best practices) in
 * the light and the dark colour scheme. The sitemap is swept in batches of a dozen pages, each
 * batch one test with one browser page, so the sweep reports as it goes and the workers share
 * it; widgets are checked in their loaded state (the code
 * pages' diagnoser with its sample diagnosed). The widget's other states have their own checks in
 * diagnoser-a11y.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { sitemapUrls } from '../dist/site.ts';

type NodeResult = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]['nodes'][number];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The sitemap, plus the templates it leaves out: search with results, and the 404 page. */
const SEARCH_WITH_RESULTS = '/search/?q=origin%20returned%20html';
const paths = [
  ...sitemapUrls().map((url) => {
    const { pathname, search } = new URL(url);
    return pathname + search;
  }),
  SEARCH_WITH_RESULTS,
  '/no-such-page/',
];

/**
 * Lets the code pages' diagnoser finish what it does on load (it diagnoses its sample), so that
 * axe sees the page as the reader does and not halfway through a redraw.
 */
async function settle(page: Page, path: string): Promise<void> {
  if (path === SEARCH_WITH_RESULTS) await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toBeVisible();
  const prefilled = page.locator('imgdiag-diagnoser:has(textarea:not(:empty))');
  if ((await prefilled.count()) === 0) return;
  await expect(
    prefilled.locator('[data-imgdiag-summary][data-imgdiag-state="done"], [data-imgdiag-summary][data-imgdiag-state="problem"]'),
    `${path}: the diagnoser did not finish diagnosing its sample`,
  ).toHaveCount(1);
}

function describeNode(node: NodeResult): string {
  const target = node.target.join(' ');
  const contrast = node.any.find((check) => check.id === 'color-contrast')?.data as
    | { fgColor?: string; bgColor?: string; contrastRatio?: number }
    | undefined;
  return contrast?.fgColor ? `${target} (${contrast.fgColor} on ${contrast.bgColor}, ${contrast.contrastRatio}:1)` : target;
}

async function violationsOn(page: Page, path: string, navigate = true): Promise<string[]> {
  if (navigate) {
    await page.goto(path);
    await settle(page, path);
  }
  // Only violations come back in full: the passes are not read, and serialising them is slow.
  const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((violation) => {
    const nodes = violation.nodes.map(describeNode);
    const shown = nodes.slice(0, 5).join(' | ') + (nodes.length > 5 ? ` | and ${nodes.length - 5} more` : '');
    return `${path}: ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}. Elements: ${shown}`;
  });
}

const BATCH = 12;
const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, index) => paths.slice(index * BATCH, (index + 1) * BATCH));

test('the sitemap lists pages to sweep', () => {
  expect(paths.length, 'the sitemap lists no pages: run `npm run build` first').toBeGreaterThan(2);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`the ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const batch of batches) {
      test(`${batch[0]} to ${batch.at(-1)} have no axe violations in the ${scheme} colour scheme`, async ({ page }) => {
        test.setTimeout(batch.length * 8_000);
        const violations: string[] = [];
        for (const path of batch) violations.push(...(await violationsOn(page, path)));
        expect(violations, `axe violations in the ${scheme} colour scheme`).toEqual([]);
      });
    }

    test(`the open search dialog, with results and filters, has no axe violations in the ${scheme} colour scheme`, async ({ page }) => {
      await page.goto('/codes/cloudflare/9412/');
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await dialog.getByRole('combobox', { name: 'Search codes and guides' }).fill('origin returned');
      await expect(dialog.getByRole('listbox', { name: 'Results' }).getByRole('option').nth(1)).toBeVisible();
      await page.keyboard.press('ArrowDown');
      expect(await violationsOn(page, 'the search dialog', false)).toEqual([]);
    });

    test(`the open theme and section menus have no axe violations in the ${scheme} colour scheme`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/guides/');
      await page.getByRole('button', { name: /^Theme/ }).click();
      await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible();
      expect(await violationsOn(page, 'the theme menu', false)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      expect(await violationsOn(page, 'the section menu', false)).toEqual([]);
    });
  });
}
