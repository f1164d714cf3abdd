/** Fetches /search-map.json once per page; null when it cannot be had (offline, blocked). */
import type { SearchMap } from './query.ts';

let pending: Promise<SearchMap | null> | undefined;

export function loadSearchMap(url: string): Promise<SearchMap | null> {
  pending ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<SearchMap>) : null))
    .catch(() => null);
  return pending;
}
