/**
 * Every face covers every registered provider: adding a service is its module, its content and
 * one line in each registry, and this test names whatever a new provider still lacks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, providers } from '../../src/catalog/index.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { enginesFor } from '../../src/diagnose/gate.ts';
import { readInput } from '../../src/diagnose/read/index.ts';
import { shortLinks } from '../../src/lib/short-links.ts';
import { GET as catalogJson } from '../../src/pages/catalog.json.ts';
import { GET as filtersCss } from '../../src/pages/codes/filters.css.ts';
import { providerEngines } from '../../src/providers/engines.ts';
import { PROVIDER_IDS } from '../../src/providers/ids.ts';
import { resolveQuery } from '../../src/search/query.ts';
import { buildSearchMap } from '../../src/search/search-map.ts';
import { diagnosisFixtures } from './diagnosis-projection.ts';

const ROOT = join(import.meta.dirname, '../..');
const services = providers.filter((provider) => provider.id !== 'http');
const map = buildSearchMap();

function guideProviders(): string[] {
  const dir = join(ROOT, 'content/guides');
  return readdirSync(dir).map((name) => /^provider:\s*(\S+)/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '');
}

async function bodyOf(route: typeof catalogJson): Promise<string> {
  const response = await (route as unknown as () => Response | Promise<Response>)();
  return response.text();
}

describe('the provider registry', () => {
  it('registers the same providers, in the same order, in its catalog and engine parts', () => {
    expect(providerEngines.map((engine) => engine.id)).toEqual(providers.map((provider) => provider.id));
    for (const provider of providers) expect(PROVIDER_IDS).toContain(provider.id);
    expect(providers.at(-1)?.id).toBe('http');
  });

  it.each(providers.map((provider) => [provider.id, provider] as const))('gives %s only entries of its own', (id, provider) => {
    expect(provider.entries.length).toBeGreaterThan(0);
    for (const entry of provider.entries) expect(entry.id.startsWith(`${id}/`) && entry.provider === id).toBe(true);
  });

  it.each(providers.map((provider) => provider.id))('gives %s a page for every entry', (id) => {
    for (const entry of catalog.filter((candidate) => candidate.provider === id)) {
      expect(existsSync(join(ROOT, 'content/codes', `${entry.id}.mdx`)), `${entry.id} has no page`).toBe(true);
    }
  });

  it.each(services.map((provider) => provider.id))('gives %s at least one guide', (id) => {
    expect(guideProviders()).toContain(id);
  });

  it.each(providers.map((provider) => provider.id))('lists %s in the codes table filter and in /catalog.json', async (id) => {
    expect(await bodyOf(filtersCss)).toContain(`[value='${id}']`);
    const published = JSON.parse(await bodyOf(catalogJson)) as { providers: { id: string }[]; entries: { provider: string }[] };
    expect(published.providers.map((provider) => provider.id)).toContain(id);
    expect(published.entries.some((entry) => entry.provider === id)).toBe(true);
  });

  it.each(services.map((provider) => [provider.id, provider] as const))('lets search find %s by name and code', (id, provider) => {
    expect(provider.queryWords.length).toBeGreaterThan(0);
    const entry = provider.entries[0];
    if (!entry) throw new Error(`${id} has no entries`);
    const word = provider.queryWords[0] ?? id;
    expect(resolveQuery(`${word} ${entry.code}`, map)?.path).toBe(`/codes/${entry.id}/`);
    for (const form of provider.searchForms) expect(map.forms).toContainEqual([form.pattern, `/codes/${form.entry}/`]);
  });

  it.each(services.map((provider) => [provider.id, provider] as const))('gives %s short links for its numeric codes', (id, provider) => {
    const numeric = provider.entries.filter((entry) => /^\d+$/.test(entry.code));
    if (numeric.length === 0) return;
    expect(provider.shortPrefix, `${id} has numeric codes but no short-link prefix`).not.toBeNull();
    const paths = new Set(shortLinks().map((link) => link.path));
    for (const entry of numeric) expect(paths.has(`${provider.shortPrefix}/${entry.code}`)).toBe(true);
  });

  it('gives every short link one page, and at most one provider the bare codes', () => {
    const paths = shortLinks().map((link) => link.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(providers.filter((provider) => provider.bareShortLinks).length).toBeLessThanOrEqual(1);
  });

  it.each(providers.map((provider) => provider.id))('gives %s examples and samples that diagnose back to their own ids', (id) => {
    const provider = providers.find((candidate) => candidate.id === id);
    for (const pick of provider?.examples ?? []) {
      const paste = catalog.find((entry) => entry.id === pick.entry)?.samples[pick.sample]?.paste;
      expect(paste, `${id} example ${pick.entry}#${pick.sample}`).toBeDefined();
    }
    for (const entry of provider?.entries ?? []) {
      expect(entry.samples.length, `${entry.id} has no sample`).toBeGreaterThan(0);
      for (const sample of entry.samples) {
        const outcome = diagnose(sample.paste);
        const ids = outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id)) : [];
        expect(ids, `${entry.id}: ${sample.label}`).toContain(entry.id);
      }
    }
  });
});

describe('the providers\' hints', () => {
  it.each(providers.map((provider) => [provider.id, provider] as const))('match every sample of %s', (id, provider) => {
    const hints = new RegExp(provider.hints, 'i');
    for (const entry of provider.entries) {
      for (const sample of entry.samples) expect(hints.test(sample.paste), `${entry.id}: ${sample.label}`).toBe(true);
    }
  });
});

describe('the engine\'s gate', () => {
  // The engine runs a provider only on exchanges its hints match; one whose hints miss must have
  // nothing to say there, or a paste would lose a finding to the gate.
  const pastes = [
    ...diagnosisFixtures(ROOT).map((file) => [file, readFileSync(join(ROOT, file), 'utf8')] as const),
    ...providers.flatMap((provider) => provider.entries.flatMap((entry) => entry.samples.map((sample) => [`${entry.id}: ${sample.label}`, sample.paste] as const))),
  ];

  it('skips only providers that find nothing in the exchange', () => {
    expect(pastes.length).toBeGreaterThan(300);
    for (const [name, paste] of pastes) {
      const read = readInput(paste);
      if (!read.ok) continue;
      for (const exchange of read.result.exchanges) {
        const gated = new Set(enginesFor(exchange).map((engine) => engine.id));
        for (const engine of providerEngines.filter((candidate) => !gated.has(candidate.id))) {
          const findings = engine.rules.flatMap((rule) => rule.run({ exchange, read: read.result, servedBy: [], imageUrl: null, earlier: [] }));
          expect({ name, provider: engine.id, signals: engine.signals(exchange), findings: findings.map((finding) => finding.id) }).toEqual({
            name,
            provider: engine.id,
            signals: [],
            findings: [],
          });
        }
      }
    }
  });
});
