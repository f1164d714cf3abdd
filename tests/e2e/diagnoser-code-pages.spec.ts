import { findEntry } from '../../src/catalog/index.ts';
import { needsRemedy } from '../../src/diagnose/format/labels.ts';
import { cliDiagnosis, expect, findingsOf, shownFindings, test, widget } from './diagnoser-fixture.ts';

/** Pages whose first sample covers a Cloudflare error, a success, no resize, Cloudinary and a redirect chain. */
const pages = ['cloudflare/9412', 'cloudflare/9404', 'cloudflare/resized', 'cloudflare/not-resized', 'cloudinary/404', 'cloudinary/401', 'http/redirect-chain'];

test.describe('the diagnoser on code pages', () => {
  for (const id of pages) {
    test(`shows /codes/${id}/ prefilled with its sample, diagnosed exactly as the CLI diagnoses it`, async ({ page }) => {
      const sample = findEntry(id)?.samples[0];
      if (!sample) throw new Error(`the catalog has no sample for ${id}`);
      await page.goto(`/codes/${id}/`);
      const ui = widget(page);
      await expect(ui.input).toHaveValue(sample.paste);

      const diagnosis = cliDiagnosis(sample.paste);
      await expect(ui.summary).toHaveText(
        new RegExp(`^Diagnosis: ${diagnosis.summary.errors} errors?, ${diagnosis.summary.warnings} warnings? in ${diagnosis.responses.length} responses?\\.$`),
      );
      const expected = findingsOf(diagnosis, `/codes/${id}/`);
      expect(await shownFindings(page)).toEqual(expected);
      expect(expected.flat().map((finding) => finding.id)).toContain(id);
      // Causes and fixes arrive in modules of their own in the browser: where a finding other than
      // the page's own code needs a remedy, they must be there.
      const others = diagnosis.responses.flatMap((response) => response.findings).filter((finding) => finding.id !== id);
      const needsFixing = others.some((finding) => needsRemedy(finding.severity));
      expect(expected.flat().some((finding) => finding.fixes.length > 0)).toBe(needsFixing);
    });

    test(`/codes/${id}/ shows its causes and fixes once, and its diagnoser links to them, not to the page itself`, async ({ page }) => {
      await page.goto(`/codes/${id}/`);
      const own = page.locator('imgdiag-diagnoser').getByRole('link', { name: new RegExp(`^More about ${findEntry(id)?.title}`) });
      await expect(own).toHaveCount(0);
      const entry = findEntry(id);
      if (entry && needsRemedy(entry.severity)) {
        await expect(page.locator('imgdiag-diagnoser').getByRole('link', { name: 'how to fix it' })).toHaveAttribute('href', '#fixes');
      }
    });
  }
});

test.describe('a code page before the reader touches the widget', () => {
  test('shows the sample already diagnosed, having loaded no engine, catalog or widget code', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/codes/cloudflare/9404/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('imgdiag-diagnoser').getByRole('heading', { name: /Error: /, level: 4 }).first()).toBeVisible();
    const heavy = scripts.filter((path) => /engine|imgdiag-diagnoser|cloudflare|cloudinary|http\./.test(path));
    expect(heavy, `scripts loaded before interaction: ${scripts.join(', ')}`).toEqual([]);

    await widget(page).input.fill('HTTP/2 404\ncf-resized: err=9412\nserver: cloudflare\n');
    await expect(widget(page).summary).toHaveText('Diagnosis: 1 error, 0 warnings in 1 response.');
    await expect(page.locator('imgdiag-diagnoser').getByRole('heading', { name: /Origin returned a non-image/ })).toBeVisible();
  });
});
