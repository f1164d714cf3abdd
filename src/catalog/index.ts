/**
 * The shared code catalog: every id the site documents and the engine can report, gathered from
 * the registered providers (src/providers/catalogs.ts). Pure data and lookups, imported by the
 * build, the diagnoser's browser script and the CLI.
 */
import { PROVIDER_NAMES } from '../providers/ids.ts';
import { providerCatalogs } from '../providers/catalogs.ts';
import { createLookup } from './lookup.ts';
import { sharedSources } from './sources.ts';
import type { CatalogEntry, Source } from './types.ts';

export type * from './types.ts';
export type { ProviderCatalog } from '../providers/types.ts';
export { docsPath, type EntryTexts } from './lookup.ts';
export { loadEntryTexts } from './texts.ts';

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

export const providerNames = PROVIDER_NAMES;
