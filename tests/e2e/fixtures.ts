/**
 * The `test` every browser test uses: it fails a test whose page logged a console error, threw,
 * or opened a dialog (a dialog would mean pasted script ran), so a broken or hijacked script
 * cannot pass unnoticed.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        // A page served with status 404 on purpose is reported as a failed load of itself.
        const ownNotFound = message.text().includes('status of 404') && message.location().url === page.url();
        if (message.type() === 'error' && !ownNotFound) problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use(problems);
      expect(problems, 'console errors, exceptions or dialogs during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
