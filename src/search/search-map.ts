/** Builds the code-to-page map the search box uses (served as /search-map.json). */
import { catalog, docsPath, findEntry, providers } from '../catalog/index.ts';
import type { SearchMap } from './query.ts';

function pathOf(id: string): string {
  const entry = findEntry(id);
  if (!entry) throw new Error(`A provider's search form names "${id}", which the catalog lacks: fix its catalog.ts.`);
  return docsPath(entry);
}

export function buildSearchMap(): SearchMap {
  const codes: Record<string, string> = {};
  for (const entry of catalog) {
    const path = docsPath(entry);
    codes[entry.id.toLowerCase()] = path;
    codes[entry.code.toLowerCase()] ??= path;
  }
  return {
    codes,
    forms: providers.flatMap((provider) => provider.searchForms.map(({ pattern, entry }) => [pattern, pathOf(entry)] as [string, string])),
    providers: providers.map(({ id, queryWords, numericCodes }) => ({
      id,
      words: queryWords,
      numericCodes: numericCodes && {
        pattern: numericCodes.pattern,
        quotedBy: numericCodes.quotedBy,
        unknown: pathOf(numericCodes.unknownEntry),
      },
    })),
  };
}
