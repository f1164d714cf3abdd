import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { browserCatalog, forBrowser } from '../../src/build/browser-catalog.ts';
import { catalog, providers } from '../../src/catalog/index.ts';
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

/** The browser module standing in for a provider's `catalog.ts`. */
async function browserProviderCatalog(id: string): Promise<{ entries: typeof catalog }> {
  const file = fileURLToPath(new URL(`../../src/providers/${id}/catalog.ts`, import.meta.url));
  const code = (await load(`\0imgdiag-browser:${file}`)) ?? '';
  const name = /^export const (\w+) = /m.exec(code)?.[1];
  if (!name) throw new Error(`no export in the browser module for ${file}`);
  return exported(code, name) as { entries: typeof catalog };
}

describe('the browser catalog', () => {
  it.each(providers.map((provider) => provider.id))('keeps every %s entry and what the rules read, without the long texts', async (id) => {
    const full = providers.find((provider) => provider.id === id)?.entries ?? [];
    const entries = (await browserProviderCatalog(id)).entries;
    expect(entries.map((entry) => entry.id)).toEqual(full.map((entry) => entry.id));
    for (const [index, entry] of entries.entries()) {
      expect(entry.title).toBe(full[index]?.title);
      expect(entry.variants.map((variant) => [variant.status, variant.message])).toEqual(full[index]?.variants.map((variant) => [variant.status, variant.message]));
      expect(entry.causes).toEqual([]);
      expect(entry).not.toHaveProperty('samples');
    }
  });

  it('leaves out what only pages read, however deep it stands', () => {
    expect(forBrowser({ messageClasses: [{ id: 'a', fixes: ['keep'], examples: ['drop'], sources: ['drop'] }] })).toEqual({
      messageClasses: [{ id: 'a', fixes: ['keep'] }],
    });
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
