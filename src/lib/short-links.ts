/**
 * Short links to code pages: `/9412`, `/cf/9412`, `/cld/404`. Numeric codes only: a slug such
 * as `/not-resized` would crowd the site's own paths.
 */
import { catalog } from '../catalog/index.ts';
import type { CatalogEntry } from '../catalog/types.ts';

export interface ShortLink {
  path: string;
  entry: CatalogEntry;
}

const PREFIXES: Partial<Record<CatalogEntry['provider'], string>> = { cloudflare: 'cf', cloudinary: 'cld' };

export function shortLinks(): ShortLink[] {
  const links: ShortLink[] = [];
  for (const entry of catalog) {
    if (!/^\d+$/.test(entry.code)) continue;
    const prefix = PREFIXES[entry.provider];
    if (prefix) links.push({ path: `${prefix}/${entry.code}`, entry });
    if (entry.provider === 'cloudflare') links.push({ path: entry.code, entry });
  }
  return links;
}

