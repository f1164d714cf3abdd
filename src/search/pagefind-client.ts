/**
 * Pagefind's JS API (`/pagefind/pagefind.js`), imported the first time the reader searches and
 * typed down to what the search UI reads. Browser only.
 */
import { excerptRuns, type ExcerptRun } from './excerpt.ts';

/** Filters as the index holds them: name (`provider`, `kind`) to value to page count. */
export type FilterCounts = Record<string, Record<string, number>>;
/** The chosen value of each filter; a filter left out does not narrow. */
export type FilterChoice = Record<string, string>;

export interface PageResult {
  url: string;
  title: string;
  excerpt: ExcerptRun[];
  /** Each filter's values on this page, e.g. `{ provider: ['Cloudflare'], kind: ['Code'] }`. */
  filters: Record<string, string[]>;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  debouncedSearch(
    term: string,
    options: { filters?: FilterChoice },
    debounceMs: number,
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

/** Pagefind waits this long after the last keystroke; a newer query makes the older one resolve to null. */
const DEBOUNCE_MS = 120;
/** Results drawn per query: one screen, the rest is on /search/. */
const RESULT_LIMIT = 6;

let pending: Promise<PagefindApi> | undefined;

export function loadPagefind(bundle: string): Promise<PagefindApi> {
  pending ??= (async () => {
    // A URL Vite must not bundle: the index is written after the site is built.
    const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: '/', excerptLength: 24 });
    await api.init();
    return api;
  })();
  pending.catch(() => (pending = undefined));
  return pending;
}

/** The results for `term`, or null when a newer query replaced this one before it ran. */
export async function searchPages(bundle: string, term: string, filters: FilterChoice): Promise<PageResult[] | null> {
  const api = await loadPagefind(bundle);
  const search = await api.debouncedSearch(term, { filters }, DEBOUNCE_MS);
  if (search === null) return null;
  const data = await Promise.all(search.results.slice(0, RESULT_LIMIT).map((result) => result.data()));
  return data.map((page) => ({
    url: page.url,
    title: page.meta.title ?? page.url,
    excerpt: excerptRuns(page.excerpt),
    filters: page.filters,
  }));
}

export async function filterCounts(bundle: string): Promise<FilterCounts> {
  return (await loadPagefind(bundle)).filters();
}
