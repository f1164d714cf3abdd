/**
 * Lookups over a list of catalog entries. Shared by the full catalog (build, CLI, tests) and the
 * lighter one the browser gets (see src/build/browser-catalog.ts). Pure.
 */
import type { CatalogEntry } from './types.ts';

/** What the engine needs to look up an id. */
export interface CatalogLookup {
  findEntry(id: string): CatalogEntry | undefined;
  /** The entry for an id the engine is about to emit; a missing one is a programming error. */
  entryFor(id: string): CatalogEntry;
}

export function createLookup(entries: readonly CatalogEntry[]): CatalogLookup {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    findEntry: (id) => byId.get(id),
    entryFor: (id) => {
      const entry = byId.get(id);
      if (!entry) throw new Error(`No catalog entry for "${id}": add it to its provider's data in src/providers/.`);
      return entry;
    },
  };
}

/** The site path of an entry's page, e.g. `/codes/cloudflare/9412/`. */
export function docsPath(entry: Pick<CatalogEntry, 'provider' | 'code'>): string {
  return `/codes/${entry.provider}/${entry.code}/`;
}

/** The site path of the module holding an entry's causes and fixes (src/pages/catalog-text/). */
export function catalogTextPath(id: string): string {
  return `/catalog-text/${id}.js`;
}

/** An entry's causes and fixes: the bulk of its text, which the browser loads per entry. */
export type EntryTexts = Record<string, Pick<CatalogEntry, 'causes' | 'fixes'>>;

export function textsOf(entries: readonly CatalogEntry[]): EntryTexts {
  return Object.fromEntries(entries.map((entry) => [entry.id, { causes: entry.causes, fixes: entry.fixes }]));
}
