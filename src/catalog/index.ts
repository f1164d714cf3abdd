/**
 * The shared code catalog: every id the site documents and the engine can report, gathered from
 * the registered providers (src/providers/catalogs.ts). Pure data and lookups, imported by the
 * build and the CLI; the diagnoser's browser script gets a catalog that fills in provider by
 * provider as pastes need them (src/build/browser-catalog.ts), with the same exports.
 */
import { PROVIDER_NAMES } from '../providers/ids.ts';
import { providerCatalogs } from '../providers/catalogs.ts';
import { createLookup, textsOf, type EntryTexts } from './lookup.ts';
import { sharedSources } from './sources.ts';
import type { CatalogEntry, Source } from './types.ts';

export type * from './types.ts';
export type { ProviderCatalog } from '../providers/types.ts';
export { docsPath, type EntryTexts } from './lookup.ts';

export const providers = providerCatalogs;

/** Every entry, provider by provider in registry order. */
export const catalog: readonly CatalogEntry[] = providerCatalogs.flatMap((provider) => provider.entries);

/** Every document an entry cites: the shared ones and each provider's own. */
export const sources: Readonly<Record<string, Source>> = Object.assign(
  {},
  sharedSources,
  ...providerCatalogs.map((provider) => provider.sources),
);

export const { findEntry, entryFor } = createLookup(catalog);

/** The source a key names; a key no provider defines is a mistake in the catalog, said plainly. */
export function sourceFor(key: string): Source {
  const source = sources[key];
  if (!source) throw new Error(`Source "${key}" is cited but not defined: add it to src/catalog/sources.ts or the provider's sources.`);
  return source;
}

export const providerNames = PROVIDER_NAMES;

/**
 * The causes and fixes of the entries `ids` names. Here they are in memory already; the browser's
 * catalog leaves them out and loads each entry's on demand (src/build/browser-catalog.ts).
 */
export async function loadEntryTexts(ids: readonly string[]): Promise<EntryTexts> {
  return textsOf(ids.map(findEntry).filter((entry): entry is CatalogEntry => entry !== undefined));
}
