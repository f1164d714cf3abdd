import { describe, expect, it } from 'vitest';
import { catalog, findEntry } from '../../src/catalog/index.ts';
import { cloudinaryMessageClasses } from '../../src/providers/cloudinary/data/messages.ts';
import { readInput } from '../../src/diagnose/read/index.ts';

/** The 24 codes the Cloudflare seed document lists (shared/seeds/000_8e8e96f8ff9ab12b.txt). */
const SEED_CLOUDFLARE_CODES = [
  '9401', '9402', '9403', '9404', '9406', '9407', '9408', '9412', '9413', '9419', '9420', '9421',
  '9424', '9504', '9505', '9509', '9510', '9511', '9516', '9517', '9518', '9522', '9523', '9524',
];
/** The codes only the checked facts document (shared/facts/catalog-facts.md, 1.3). */
const FACTS_CLOUDFLARE_CODES = [
  '9416', '9422', '9423', '9425', '9426', '9427', '9429', '9430', '9431', '9432', '9519', '9520',
  '9525', '9527', '9528', '9529',
];

describe('the code catalog', () => {
  it('holds every Cloudflare code of the seed and of the facts', () => {
    const missing = [...SEED_CLOUDFLARE_CODES, ...FACTS_CLOUDFLARE_CODES].filter((code) => !findEntry(`cloudflare/${code}`));
    expect(missing).toEqual([]);
  });

  it('holds the Cloudinary statuses of the seed (400, 401, 404) and of the facts (423)', () => {
    for (const status of ['400', '401', '404', '423']) expect(findEntry(`cloudinary/${status}`)?.kind).toBe('status');
  });

  it('gives every entry a unique id made of its provider and code', () => {
    const ids = catalog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of catalog) expect(entry.id).toBe(`${entry.provider}/${entry.code}`);
  });

  it('links only to related ids that exist, never to itself', () => {
    const dangling = catalog.flatMap((entry) =>
      entry.related.filter((id) => id === entry.id || !findEntry(id)).map((id) => `${entry.id} -> ${id}`),
    );
    expect(dangling).toEqual([]);
  });

  it('gives every entry a title, a summary, causes, fixes and at least one sample', () => {
    const thin = catalog.filter(
      (entry) => !entry.title || !entry.summary || entry.causes.length === 0 || entry.fixes.length === 0 || entry.samples.length === 0,
    );
    expect(thin.map((entry) => entry.id)).toEqual([]);
  });

  it('keeps the two HTTP statuses of 9402 and of 9504 apart', () => {
    expect(findEntry('cloudflare/9402')?.variants.map((variant) => variant.status)).toEqual(expect.arrayContaining([502, 413]));
    expect(findEntry('cloudflare/9504')?.variants.map((variant) => variant.status)).toEqual(expect.arrayContaining([522, 524]));
  });

  it('records that 9422 changed meaning in 2025 and that the sources disagree on 9408 and 9420', () => {
    expect(findEntry('cloudflare/9422')?.history.some((note) => note.when.includes('2025'))).toBe(true);
    expect(findEntry('cloudflare/9408')?.caveats.length).toBeGreaterThan(0);
    expect(findEntry('cloudflare/9420')?.caveats.length).toBeGreaterThan(0);
  });

  it('dates the two renumberings the sources show: 9423 to 9422 on the pricing page, 9511 to 9520 by PR #19414', () => {
    const quota = findEntry('cloudflare/9422')?.history.find((note) => note.when.includes('2025'));
    expect(quota?.sources).toEqual(expect.arrayContaining(['cfPricing2024', 'cfPricing']));
    for (const id of ['cloudflare/9511', 'cloudflare/9520']) {
      expect(findEntry(id)?.history.some((note) => note.when === '2025-01' && note.sources.includes('cfPr19414'))).toBe(true);
    }
  });

  it('keeps the unverified "9422 took too long" meaning out of the history', () => {
    const history = catalog.flatMap((entry) => entry.history.map((note) => note.text));
    expect(history.filter((text) => /too long to process/i.test(text))).toEqual([]);
  });

  it.each(catalog.flatMap((entry) => entry.samples.map((sample) => [entry.id, sample.label, sample.paste] as const)))(
    'reads the sample of %s (%s)',
    (_id, _label, paste) => {
      const outcome = readInput(paste);
      expect(outcome.ok ? outcome.result.exchanges.length : outcome.error.message).toBeGreaterThan(0);
    },
  );
});

describe('the Cloudinary message classes', () => {
  it.each(cloudinaryMessageClasses.flatMap((messageClass) => messageClass.examples.map((example) => [messageClass.id, example] as const)))(
    'class %s is the first to match its example %j',
    (id, example) => {
      const first = cloudinaryMessageClasses.find((candidate) => new RegExp(candidate.pattern, 'i').test(example));
      expect(first?.id).toBe(id);
    },
  );
});
