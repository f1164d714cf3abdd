/**
 * The `test` every browser test uses: it fails a test whose page logged a console error or threw,
 * so a broken script cannot pass unnoticed.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // A page served with status 404 on purpose is reported as a failed load of itself.
        const ownNotFound = message.text().includes('status of 404') && message.location().url === page.url();
        if (message.type() === 'error' && !ownNotFound) errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
