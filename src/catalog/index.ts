/**
 * The shared code catalog: every id the site documents and the engine can report.
 * Pure data and lookups, imported by the build, the diagnoser's browser script and the CLI.
 */
import { cloudflareCodes } from './entries/cloudflare-codes.ts';
import { cloudflareConditions } from './entries/cloudflare-conditions.ts';
import { cloudinaryEntries } from './entries/cloudinary.ts';
import { httpConditions } from './entries/http-conditions.ts';
import type { CatalogEntry, ProviderId } from './types.ts';

export type * from './types.ts';
export { sources } from './sources.ts';
export { cloudinaryMessageClasses } from './cloudinary-messages.ts';
export { cloudflareWarnings } from './cloudflare-warnings.ts';

/** Every entry, Cloudflare first, then Cloudinary, then plain HTTP conditions. */
export const catalog: readonly CatalogEntry[] = [
  ...cloudflareCodes,
  ...cloudflareConditions,
  ...cloudinaryEntries,
  ...httpConditions,
];

const entriesById = new Map(catalog.map((entry) => [entry.id, entry]));

export function findEntry(id: string): CatalogEntry | undefined {
  return entriesById.get(id);
}

/** The entry for an id the engine is about to emit; a missing one is a programming error. */
export function entryFor(id: string): CatalogEntry {
  const entry = entriesById.get(id);
  if (!entry) throw new Error(`No catalog entry for "${id}": add it to src/catalog/entries/.`);
  return entry;
}

/** The site path of an entry's page, e.g. `/codes/cloudflare/9412/`. */
export function docsPath(entry: Pick<CatalogEntry, 'provider' | 'code'>): string {
  return `/codes/${entry.provider}/${entry.code}/`;
}

export const providerNames: Record<ProviderId, string> = {
  cloudflare: 'Cloudflare',
  cloudinary: 'Cloudinary',
  http: 'HTTP',
};
