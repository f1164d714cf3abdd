/**
 * A Vite plugin that gives browser bundles a lighter catalog. Providers keep their catalog data in
 * `src/providers/<id>/catalog.ts` and `src/providers/<id>/data/*.ts`; in browser code (the
 * diagnoser and its worker) each such import resolves to a generated module with the same exports,
 * holding only what rules read while they diagnose (ids, titles, severities, layers, variants,
 * message classes, warnings). Each entry's causes and fixes are a module of their own at a stable
 * URL (src/pages/catalog-text/), which the browser's `src/catalog/texts.ts` imports when a
 * diagnosis names the entry, so the widget's first load stays small and a diagnosis loads only the
 * text it shows, however large the catalog grows. The CLI and the build keep the whole catalog.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { CatalogEntry } from '../catalog/types.ts';

const PROVIDERS = fileURLToPath(new URL('../providers/', import.meta.url));
const TEXTS = fileURLToPath(new URL('../catalog/texts.ts', import.meta.url));
const LOOKUP = fileURLToPath(new URL('../catalog/lookup.ts', import.meta.url));
const INDEX = fileURLToPath(new URL('../catalog/index.ts', import.meta.url));
const VIRTUAL = '\0imgdiag-browser:';
const DATA_MODULE = /^[^/\\]+[/\\](?:catalog\.ts|data[/\\][^/\\]+\.ts)$/;

/** Fields only pages, tests and /catalog.json read: the browser never needs them. */
const PAGE_ONLY = new Set([
  'samples', 'caveats', 'history', 'sources', 'keywords', 'examples', 'summary', 'related',
  'blurb', 'featured', 'tables', 'searchForms', 'queryWords', 'numericCodes', 'shortPrefix', 'bareShortLinks',
]);

function isEntry(value: object): value is CatalogEntry {
  return 'id' in value && 'variants' in value && 'samples' in value;
}

/** An entry with only what the engine reads while it diagnoses; causes and fixes come later. */
function skeleton({ id, provider, kind, code, title, severity, layer, variants }: CatalogEntry) {
  return { id, provider, kind, code, title, severity, layer, causes: [], fixes: [], variants: variants.map(({ status, message }) => ({ status, message })) };
}

/** `value` without what only pages read, however deep: entries become skeletons. */
export function forBrowser(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forBrowser);
  if (value === null || typeof value !== 'object') return value;
  if (isEntry(value)) return skeleton(value);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !PAGE_ONLY.has(key))
      .map(([key, field]) => [key, forBrowser(field)]),
  );
}

function json(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

function isBrowser(plugin: { environment?: { config?: { consumer?: string } } }, ssr: boolean | undefined): boolean {
  return ssr !== true && plugin.environment?.config?.consumer !== 'server';
}

export function browserCatalog(): Plugin {
  return {
    name: 'imgdiag-browser-catalog',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !isBrowser(this, options?.ssr) || !source.endsWith('.ts')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return null;
      if (resolved.id === TEXTS) return `${VIRTUAL}texts`;
      const inProviders = resolved.id.startsWith(PROVIDERS) ? resolved.id.slice(PROVIDERS.length) : null;
      return inProviders !== null && DATA_MODULE.test(inProviders) ? `${VIRTUAL}${resolved.id}` : null;
    },
    async load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const target = id.slice(VIRTUAL.length);
      if (target === 'texts') {
        return [
          `import { catalogTextPath } from ${JSON.stringify(LOOKUP)};`,
          `import { findEntry } from ${JSON.stringify(INDEX)};`,
          'export async function loadEntryTexts(ids) {',
          '  const known = ids.filter((id) => findEntry(id));',
          '  const modules = await Promise.all(known.map((id) => import(/* @vite-ignore */ catalogTextPath(id))));',
          '  return Object.assign({}, ...modules.map((module) => module.default));',
          '}',
        ].join('\n');
      }
      // A query string gives a fresh module, so a rebuild in watch mode sees catalog edits.
      const full = (await import(`${pathToFileURL(target).href}?t=${Date.now()}`)) as Record<string, unknown>;
      return Object.entries(full)
        .map(([name, value]) => `export const ${name} = ${json(forBrowser(value))};`)
        .join('\n');
    },
  };
}
