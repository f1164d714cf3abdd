/**
 * Every fact the catalog states points at a source that exists and can be followed, and an
 * entry's certainty agrees with its variants' and with the sources behind them.
 */
import { describe, expect, it } from 'vitest';
import { certaintyProblems } from '../../src/catalog/certainty.ts';
import { catalog, providers, sources } from '../../src/catalog/index.ts';
import type { CatalogEntry } from '../../src/catalog/types.ts';

/** Each place a source key is cited, as `where -> key`. */
function citations(): { where: string; key: string }[] {
  const cited: { where: string; key: string }[] = [];
  const cite = (where: string, keys: readonly string[]) => keys.forEach((key) => cited.push({ where, key }));
  for (const entry of catalog) {
    cite(entry.id, entry.sources);
    entry.variants.forEach((variant) => cite(`${entry.id} variant "${variant.message}"`, variant.sources));
    entry.history.forEach((note) => cite(`${entry.id} history (${note.when})`, note.sources));
    entry.samples.forEach((sample) => cite(`${entry.id} sample "${sample.label}"`, sample.sources));
  }
  // Message classes, warning texts and any other table a provider publishes.
  for (const provider of providers) {
    for (const [table, rows] of Object.entries(provider.tables)) {
      rows.forEach((row, index) => {
        const keys = (row as { sources?: unknown }).sources;
        if (Array.isArray(keys)) cite(`${provider.id} ${table}[${index}]`, keys);
      });
    }
  }
  return cited;
}

/** A made-up entry for the certainty check, valid apart from what each case changes. */
function entry(overrides: Partial<CatalogEntry>): CatalogEntry {
  return {
    id: 'cloudflare/9999',
    provider: 'cloudflare',
    kind: 'code',
    code: '9999',
    title: 'Test entry',
    summary: 'A made-up entry.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: ['A cause.'],
    fixes: ['A fix.'],
    related: [],
    history: [],
    caveats: [],
    sources: ['cfTroubleshooting'],
    samples: [],
    keywords: [],
    ...overrides,
  };
}

const uncertainVariant = { status: 415, message: 'From the unconfirmed table', certainty: 'uncertain' as const, sources: ['cfErrorsReference'] };

describe('catalog sources', () => {
  it('reaches the message classes and the warning texts, not only the entries', () => {
    const places = citations().map((citation) => citation.where);
    expect(places.some((where) => where.startsWith('cloudinary messageClasses['))).toBe(true);
    expect(places.some((where) => where.startsWith('cloudflare warnings['))).toBe(true);
  });

  it('cites only source keys that a provider or the shared list defines', () => {
    const undefinedKeys = citations().filter(({ key }) => !(key in sources)).map(({ where, key }) => `${where} -> ${key}`);
    expect(undefinedKeys).toEqual([]);
  });

  it('gives every source a URL, unless it says why it has no public copy', () => {
    const unlinked = Object.entries(sources)
      .filter(([, source]) => !source.url && !source.noPublicCopy?.trim())
      .map(([key]) => key);
    expect(unlinked).toEqual([]);
  });

  it('never gives a source both a URL and a reason for having none', () => {
    const both = Object.entries(sources)
      .filter(([, source]) => source.url && source.noPublicCopy)
      .map(([key]) => key);
    expect(both).toEqual([]);
  });

  it('links every URL over https', () => {
    const plain = Object.entries(sources)
      .filter(([, source]) => source.url && !source.url.startsWith('https://'))
      .map(([key, source]) => `${key}: ${source.url}`);
    expect(plain).toEqual([]);
  });

  it('no longer links the moved /images/transform-images/ pages of the current Cloudflare docs', () => {
    const moved = Object.entries(sources)
      .filter(([, source]) => source.url?.startsWith('https://developers.cloudflare.com/images/transform-images/'))
      .map(([key]) => key);
    expect(moved).toEqual([]);
  });
});

describe('certainty agreement', () => {
  it('holds for every catalog entry', () => {
    expect(catalog.flatMap((candidate) => certaintyProblems(candidate, sources))).toEqual([]);
  });

  it('refuses a documented entry whose only backing is the uncertain table its variants cite', () => {
    const problems = certaintyProblems(entry({ variants: [uncertainVariant, uncertainVariant], sources: ['cfErrorsReference'] }), sources);
    expect(problems.join('\n')).toMatch(/cloudflare\/9999 is "documented"/);
  });

  it('accepts a documented meaning above uncertain variants when a documented source of its own backs it', () => {
    const problems = certaintyProblems(entry({ variants: [uncertainVariant], sources: ['cfTroubleshooting', 'cfErrorsReference'] }), sources);
    expect(problems).toEqual([]);
  });

  it('refuses a variant marked stronger than every source it cites', () => {
    const overstated = { ...uncertainVariant, certainty: 'documented' as const, sources: ['captureUnattributed'] };
    const problems = certaintyProblems(entry({ variants: [overstated] }), sources);
    expect(problems.join('\n')).toMatch(/variant "From the unconfirmed table" is "documented" but its strongest source is "observed"/);
  });

  it('refuses an entry marked stronger than every source it cites', () => {
    const problems = certaintyProblems(entry({ certainty: 'documented', sources: ['captureAnimalsVidaDigna'] }), sources);
    expect(problems.join('\n')).toMatch(/is "documented" but its strongest source is "observed"/);
  });
});
