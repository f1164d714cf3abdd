/**
 * Short links to code pages: `/9412`, `/cf/9412`, `/cld/404`, one prefix per provider that has
 * one (its catalog part's `shortPrefix`). Numeric codes only: a slug such as `/not-resized` would
 * crowd the site's own paths.
 */
import { providers } from '../catalog/index.ts';
import type { CatalogEntry } from '../catalog/types.ts';

export interface ShortLink {
  path: string;
  entry: CatalogEntry;
}

export function shortLinks(): ShortLink[] {
  return providers.flatMap((provider) =>
    provider.entries
      .filter((entry) => /^\d+$/.test(entry.code))
      .flatMap((entry) => [
        ...(provider.shortPrefix ? [{ path: `${provider.shortPrefix}/${entry.code}`, entry }] : []),
        ...(provider.bareShortLinks ? [{ path: entry.code, entry }] : []),
      ]),
  );
}
