/**
 * A Vite plugin that keeps the diagnoser's browser scripts small however many providers there
 * are. In browser code (the diagnoser and its worker) three kinds of import resolve to generated
 * modules with the same exports:
 *
 * - `src/providers/engines.ts`: a registry that starts empty and loads, with `loadProvidersFor`,
 *   only the providers whose hints match the paste (each one its own chunk: its catalog part and
 *   its rules), so a Cloudflare paste never downloads the Next.js rules;
 * - `src/catalog/index.ts`: a catalog that fills in as providers load, and loads each entry's
 *   causes and fixes, a module of their own at a stable URL (src/pages/catalog-text/), when a
 *   diagnosis names the entry;
 * - a provider's data (`src/providers/<id>/catalog.ts`, `src/providers/<id>/data/*.ts`): only
 *   what rules read while they diagnose (ids, titles, severities, layers, variants, message
 *   classes, warnings).
 *
 * The CLI and the build keep the whole catalog and every provider in memory.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { CatalogEntry } from '../catalog/types.ts';

const PROVIDERS = fileURLToPath(new URL('../providers/', import.meta.url));
const ENGINES = fileURLToPath(new URL('../providers/engines.ts', import.meta.url));
const IDS = fileURLToPath(new URL('../providers/ids.ts', import.meta.url));
const CATALOG = fileURLToPath(new URL('../catalog/index.ts', import.meta.url));
const LOOKUP = fileURLToPath(new URL('../catalog/lookup.ts', import.meta.url));
const VIRTUAL = '\0imgdiag-browser:';
/** One chunk per provider, named so that tests/dist/budgets.test.ts can tell which is whose. */
const PROVIDER_CHUNK = 'imgdiag-provider-';
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

/** The browser's catalog: empty until providers load, then the same lookups as the full one. */
function browserCatalogIndex(): string {
  return [
    `import { catalogTextPath, createLookup, docsPath } from ${JSON.stringify(LOOKUP)};`,
    `import { PROVIDER_NAMES } from ${JSON.stringify(IDS)};`,
    'export { docsPath };',
    'export const providerNames = PROVIDER_NAMES;',
    'export const catalog = [];',
    'let lookup = createLookup(catalog);',
    'export const findEntry = (id) => lookup.findEntry(id);',
    'export const entryFor = (id) => lookup.entryFor(id);',
    '/** Adds a loaded provider\'s entries (the generated engines registry calls it). */',
    'export function addEntries(entries) {',
    '  catalog.push(...entries);',
    '  lookup = createLookup(catalog);',
    '}',
    // Ids come from the engine, which may have run in the worker with a catalog of its own, so
    // they are not checked against this one; an id without a module simply brings no text.
    'export async function loadEntryTexts(ids) {',
    '  const modules = await Promise.allSettled(ids.map((id) => import(/* @vite-ignore */ catalogTextPath(id))));',
    "  return Object.assign({}, ...modules.map((result) => (result.status === 'fulfilled' ? result.value.default : {})));",
    '}',
  ].join('\n');
}

/**
 * The browser's provider registry: each provider's hints, and a loader that imports its catalog
 * part and its engine part as one chunk. Loaded engines keep the registry's order.
 */
async function browserEngines(): Promise<string> {
  const { providerCatalogs } = (await import(`${pathToFileURL(join(PROVIDERS, 'catalogs.ts')).href}?t=${Date.now()}`)) as {
    providerCatalogs: readonly { id: string; hints: string }[];
  };
  const providers = providerCatalogs.map(
    ({ id, hints }) => `  { id: ${JSON.stringify(id)}, hints: new RegExp(${JSON.stringify(hints)}, 'i'), load: () => import(${JSON.stringify(`${PROVIDER_CHUNK}${id}`)}) },`,
  );
  return [
    `import { addEntries } from ${JSON.stringify(CATALOG)};`,
    'const registry = [',
    ...providers,
    '];',
    'export const providerEngines = [];',
    'const loading = new Map();',
    'function load(provider) {',
    '  if (!loading.has(provider.id)) {',
    '    loading.set(provider.id, provider.load().then(({ catalogPart, enginePart }) => {',
    "      const catalog = Object.values(catalogPart).find((part) => Array.isArray(part?.entries));",
    "      const engine = Object.values(enginePart).find((part) => Array.isArray(part?.rules));",
    '      addEntries(catalog.entries);',
    '      providerEngines.push(engine);',
    '      const order = registry.map((candidate) => candidate.id);',
    '      providerEngines.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));',
    '    }));',
    '  }',
    '  return loading.get(provider.id);',
    '}',
    '/** Loads every provider whose hints the paste matches (the plain-HTTP one matches any). */',
    'export async function loadProvidersFor(text) {',
    '  await Promise.all(registry.filter((provider) => provider.hints.test(text)).map(load));',
    '}',
  ].join('\n');
}

export function browserCatalog(): Plugin {
  return {
    name: 'imgdiag-browser-catalog',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith(PROVIDER_CHUNK)) return `${VIRTUAL}${source}`;
      if (!importer || !isBrowser(this, options?.ssr) || !source.endsWith('.ts')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return null;
      if (resolved.id === CATALOG || resolved.id === ENGINES) return `${VIRTUAL}${resolved.id}`;
      const inProviders = resolved.id.startsWith(PROVIDERS) ? resolved.id.slice(PROVIDERS.length) : null;
      return inProviders !== null && DATA_MODULE.test(inProviders) ? `${VIRTUAL}${resolved.id}` : null;
    },
    async load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const target = id.slice(VIRTUAL.length);
      if (target === CATALOG) return browserCatalogIndex();
      if (target === ENGINES) return browserEngines();
      if (target.startsWith(PROVIDER_CHUNK)) {
        const id = target.slice(PROVIDER_CHUNK.length);
        return [
          `export * as catalogPart from ${JSON.stringify(join(PROVIDERS, id, 'catalog.ts'))};`,
          `export * as enginePart from ${JSON.stringify(join(PROVIDERS, id, 'engine.ts'))};`,
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
