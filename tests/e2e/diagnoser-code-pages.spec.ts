import { findEntry } from '../../src/catalog/index.ts';
import { severityWord } from '../../src/diagnose/format/labels.ts';
import type { Diagnosis } from '../../src/diagnose/types.ts';
import { cli, expect, shownFindings, test, widget } from './diagnoser-fixture.ts';

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

      const diagnosis = JSON.parse(cli(['--json'], sample.paste)) as Diagnosis;
      await expect(ui.summary).toHaveText(
        new RegExp(`^Diagnosis: ${diagnosis.summary.errors} errors?, ${diagnosis.summary.warnings} warnings? in ${diagnosis.responses.length} responses?\\.$`),
      );
      const expected = diagnosis.responses.map((response) =>
        response.findings.map((finding) => ({ heading: `${severityWord[finding.severity]}: ${finding.title}`, id: finding.id, docs: finding.docs })),
      );
      expect(await shownFindings(page)).toEqual(expected);
      expect(expected.flat().map((finding) => finding.id)).toContain(id);
    });
  }
});
