/**
 * The causes and fixes of the entries `ids` names. Here they are in memory already; the browser's
 * build replaces this module with one that loads each entry's from /catalog-text/ on demand
 * (src/build/browser-catalog.ts), so the diagnoser's first load carries none of them.
 */
import { findEntry } from './index.ts';
import { textsOf, type EntryTexts } from './lookup.ts';
import type { CatalogEntry } from './types.ts';

export async function loadEntryTexts(ids: readonly string[]): Promise<EntryTexts> {
  return textsOf(ids.map(findEntry).filter((entry): entry is CatalogEntry => entry !== undefined));
}
