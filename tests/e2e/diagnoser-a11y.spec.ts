import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, fixture, paste, test, widget, openWidget } from './diagnoser-fixture.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** `within`: a selector to limit the check to, where the rest of the page is someone else's. */
async function expectNoViolations(page: Page, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (within ? builder.include(within) : builder).analyze();
  const found = results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  expect(found).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('/diagnose/ has no axe violations with a diagnosis, its details and a copy message shown', async ({ page }) => {
      await openWidget(page, '/diagnose/');
      const ui = widget(page);
      await paste(ui.input, fixture('portal-account.har'));
      await expect(ui.responses).toHaveCount(3);
      await ui.whatWeRead.getByText('What we read', { exact: true }).click();
      await page.getByText('Reading the headers by hand').click();
      await ui.copyMarkdown.click();
      await expect(ui.copyStatus).not.toBeEmpty();
      await expectNoViolations(page);
    });

    test('the diagnoser on a code page has no axe violations with its sample diagnosed', async ({ page }) => {
      await page.goto('/codes/cloudflare/9412/');
      await expect(widget(page).summary).toHaveText(/^Diagnosis: /);
      await expectNoViolations(page, 'imgdiag-diagnoser');
    });
  });
}

test('the home page has no axe violations with an example diagnosed', async ({ page }) => {
  await openWidget(page, '/');
  const ui = widget(page);
  await ui.examples.selectOption({ index: 7 });
  await expect(ui.summary).toHaveText(/^Diagnosis: /);
  await expectNoViolations(page);
});
