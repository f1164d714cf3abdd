/**
 * A Vite plugin that gives browser bundles a lighter catalog. The engine imports
 * src/catalog/index.ts everywhere; in browser code (the diagnoser and its worker) that import
 * resolves to a generated module holding only what rules read (ids, titles, severities,
 * variants, message classes, warnings). Each provider's causes and fixes become a chunk of their
 * own, loaded by `loadEntryTexts` when a diagnosis needs them, so the widget's first load stays
 * small while the CLI and the build keep the whole catalog in memory.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { CatalogEntry, ProviderId } from '../catalog/types.ts';

const CATALOG = fileURLToPath(new URL('../catalog/index.ts', import.meta.url));
const LOOKUP = fileURLToPath(new URL('../catalog/lookup.ts', import.meta.url));
const BROWSER_CATALOG = '\0imgdiag-browser-catalog';
const TEXTS_PREFIX = 'virtual:imgdiag-catalog-texts/';

type FullCatalog = typeof import('../catalog/index.ts');

async function loadCatalog(): Promise<FullCatalog> {
  // A query string gives a fresh module, so a rebuild in watch mode sees catalog edits.
  return import(`${pathToFileURL(CATALOG).href}?t=${Date.now()}`) as Promise<FullCatalog>;
}

/** An entry with only what the engine reads while it diagnoses. */
function skeleton(entry: CatalogEntry): CatalogEntry {
  return {
    ...entry,
    summary: '',
    causes: [],
    fixes: [],
    related: [],
    history: [],
    caveats: [],
    sources: [],
    samples: [],
    keywords: [],
    variants: entry.variants.map(({ status, message, certainty }) => ({ status, message, certainty, sources: [] })),
  };
}

function json(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

export function browserCatalog(): Plugin {
  return {
    name: 'imgdiag-browser-catalog',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith(TEXTS_PREFIX)) return `\0${source}`;
      const server = options?.ssr === true || this.environment?.config?.consumer === 'server';
      if (server || !importer || !source.endsWith('catalog/index.ts')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === CATALOG ? BROWSER_CATALOG : null;
    },
    async load(id) {
      if (id.startsWith(`\0${TEXTS_PREFIX}`)) {
        const provider = id.slice(TEXTS_PREFIX.length + 1) as ProviderId;
        return `export default ${json(await (await loadCatalog()).loadEntryTexts(provider))};`;
      }
      if (id !== BROWSER_CATALOG) return null;
      const full = await loadCatalog();
      const providers = Object.keys(full.providerNames);
      return [
        `import { createLookup, docsPath } from ${JSON.stringify(LOOKUP)};`,
        'export { docsPath };',
        `export const catalog = ${json(full.catalog.map(skeleton))};`,
        `export const cloudinaryMessageClasses = ${json(full.cloudinaryMessageClasses)};`,
        `export const cloudflareWarnings = ${json(full.cloudflareWarnings)};`,
        `export const providerNames = ${json(full.providerNames)};`,
        'export const { findEntry, entryFor } = createLookup(catalog);',
        'const texts = {',
        ...providers.map((provider) => `  ${JSON.stringify(provider)}: () => import(${JSON.stringify(TEXTS_PREFIX + provider)}),`),
        '};',
        'export function loadEntryTexts(provider) { return texts[provider]().then((module) => module.default); }',
      ].join('\n');
    },
  };
}
