import { describe, expect, it } from 'vitest';
import { browserCatalog } from '../../src/build/browser-catalog.ts';
import { catalog } from '../../src/catalog/index.ts';
import { completeTexts } from '../../src/diagnose/complete.ts';
import { diagnose } from '../../src/diagnose/index.ts';

type Load = (id: string) => Promise<string | null>;
const load = browserCatalog().load as unknown as Load;

/** The JSON a generated `export const name = JSON.parse("...")` line holds. */
function exported(code: string, name: string): unknown {
  const line = code.split('\n').find((candidate) => candidate.startsWith(`export const ${name} = JSON.parse(`));
  if (!line) throw new Error(`no export ${name}`);
  return JSON.parse(JSON.parse(line.slice(line.indexOf('(') + 1, line.lastIndexOf(')'))));
}

describe('the browser catalog', () => {
  it('keeps every entry and what the rules read, without the long texts', async () => {
    const code = (await load('\0imgdiag-browser-catalog')) ?? '';
    const entries = exported(code, 'catalog') as typeof catalog;
    expect(entries.map((entry) => entry.id)).toEqual(catalog.map((entry) => entry.id));
    for (const [index, entry] of entries.entries()) {
      const full = catalog[index];
      expect(entry.title).toBe(full?.title);
      expect(entry.variants.map((variant) => [variant.status, variant.message])).toEqual(full?.variants.map((variant) => [variant.status, variant.message]));
      expect(entry.causes).toEqual([]);
      expect(entry).not.toHaveProperty('samples');
    }
  });

});

describe('completing a diagnosis', () => {
  it('fills in causes and fixes that were left empty and keeps a rule\'s own fixes', async () => {
    const outcome = diagnose('HTTP/2 404\nserver: Cloudinary\nx-cld-error: Resource not found - a/b\n');
    if (!outcome.ok) throw new Error(outcome.error.message);
    const finding = outcome.diagnosis.responses[0]?.findings[0];
    if (!finding) throw new Error('no finding');
    const ruleFixes = [...finding.fixes];
    finding.causes = [];
    const completed = await completeTexts(outcome.diagnosis);
    const entry = catalog.find((candidate) => candidate.id === 'cloudinary/404');
    expect(completed.responses[0]?.findings[0]?.causes).toEqual(entry?.causes);
    expect(completed.responses[0]?.findings[0]?.fixes).toEqual(ruleFixes);
  });
});
