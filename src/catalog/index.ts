/**
 * The shared code catalog: every id the site documents and the engine can report.
 * Pure data and lookups, imported by the build, the diagnoser's browser script and the CLI.
 */
import { cloudflareCodes } from './entries/cloudflare-codes.ts';
import { cloudflareConditions } from './entries/cloudflare-conditions.ts';
import { cloudinaryEntries } from './entries/cloudinary.ts';
import { httpConditions } from './entries/http-conditions.ts';
import { createLookup, textsOf, type EntryTexts } from './lookup.ts';
import type { CatalogEntry, ProviderId } from './types.ts';

export type * from './types.ts';
export { sources } from './sources.ts';
export { cloudinaryMessageClasses } from './cloudinary-messages.ts';
export { cloudflareWarnings } from './cloudflare-warnings.ts';
export { docsPath, type EntryTexts } from './lookup.ts';

/** Every entry, Cloudflare first, then Cloudinary, then plain HTTP conditions. */
export const catalog: readonly CatalogEntry[] = [
  ...cloudflareCodes,
  ...cloudflareConditions,
  ...cloudinaryEntries,
  ...httpConditions,
];

export const { findEntry, entryFor } = createLookup(catalog);

/**
 * The causes and fixes of the entries `ids` names. Here they are in memory already; the browser's
 * catalog leaves them out and loads each entry's on demand (src/build/browser-catalog.ts).
 */
export async function loadEntryTexts(ids: readonly string[]): Promise<EntryTexts> {
  return textsOf(ids.map(findEntry).filter((entry): entry is CatalogEntry => entry !== undefined));
}

export const providerNames: Record<ProviderId, string> = {
  cloudflare: 'Cloudflare',
  cloudinary: 'Cloudinary',
  http: 'HTTP',
};
