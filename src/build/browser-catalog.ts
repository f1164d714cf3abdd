/**
 * A Vite plugin that gives browser bundles a lighter catalog. The engine imports
 * src/catalog/index.ts everywhere; in browser code (the diagnoser and its worker) that import
 * resolves to a generated module holding only what rules read (ids, titles, severities, layers,
 * variants, message classes, warnings). Each entry's causes and fixes are a module of their own
 * at a stable URL (src/pages/catalog-text/), imported when a diagnosis names the entry, so the
 * widget's first load stays small and a diagnosis loads only the text it shows, however large the
 * catalog grows. The CLI and the build keep the whole catalog in memory.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { CatalogEntry, CloudflareWarning, CloudinaryMessageClass } from '../catalog/types.ts';

const CATALOG = fileURLToPath(new URL('../catalog/index.ts', import.meta.url));
const LOOKUP = fileURLToPath(new URL('../catalog/lookup.ts', import.meta.url));
const BROWSER_CATALOG = '\0imgdiag-browser-catalog';

type FullCatalog = typeof import('../catalog/index.ts');

async function loadCatalog(): Promise<FullCatalog> {
  // A query string gives a fresh module, so a rebuild in watch mode sees catalog edits.
  return import(`${pathToFileURL(CATALOG).href}?t=${Date.now()}`) as Promise<FullCatalog>;
}

/** An entry with only what the engine reads while it diagnoses; causes and fixes come later. */
function skeleton({ id, provider, kind, code, title, severity, layer, variants }: CatalogEntry) {
  return { id, provider, kind, code, title, severity, layer, causes: [], fixes: [], variants: variants.map(({ status, message }) => ({ status, message })) };
}

/** A message class without the examples and sources that only tests and pages read. */
function messageClass({ id, title, pattern, impliedStatus, explanation, fixes }: CloudinaryMessageClass) {
  return { id, title, pattern, impliedStatus, explanation, fixes };
}

function warning({ text, explanation, certainty }: CloudflareWarning) {
  return { text, explanation, certainty };
}

function json(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

export function browserCatalog(): Plugin {
  return {
    name: 'imgdiag-browser-catalog',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const server = options?.ssr === true || this.environment?.config?.consumer === 'server';
      if (server || !importer || !source.endsWith('catalog/index.ts')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === CATALOG ? BROWSER_CATALOG : null;
    },
    async load(id) {
      if (id !== BROWSER_CATALOG) return null;
      const full = await loadCatalog();
      return [
        `import { catalogTextPath, createLookup, docsPath } from ${JSON.stringify(LOOKUP)};`,
        'export { docsPath };',
        `export const catalog = ${json(full.catalog.map(skeleton))};`,
        `export const cloudinaryMessageClasses = ${json(full.cloudinaryMessageClasses.map(messageClass))};`,
        `export const cloudflareWarnings = ${json(full.cloudflareWarnings.map(warning))};`,
        `export const providerNames = ${json(full.providerNames)};`,
        'export const { findEntry, entryFor } = createLookup(catalog);',
        'export async function loadEntryTexts(ids) {',
        '  const known = ids.filter((id) => findEntry(id));',
        '  const modules = await Promise.all(known.map((id) => import(/* @vite-ignore */ catalogTextPath(id))));',
        '  return Object.assign({}, ...modules.map((module) => module.default));',
        '}',
      ].join('\n');
    },
  };
}
