/**
 * Turns what people type or paste into the search box into a catalog page, when it names one:
 * `9412`, `err=9403`, `Cf-Resized: err=9403`, `ERROR 9412: ...`, `cloudinary 401`, `imgix 403`,
 * `x-cld-error: Resource not found - ...`, and each provider's own header forms. Pure: shared by
 * the header search, the search page and the tests. The map comes from the provider registry, so
 * nothing here names a service.
 */

/** The small map the build writes to /search-map.json (see src/search/search-map.ts). */
export interface SearchMap {
  /** Lower-case code or id (`9412`, `cloudflare/9412`, `not-resized`) to page path. */
  codes: Record<string, string>;
  /** Providers' header and message forms in registry order: regex source and page path. */
  forms: [pattern: string, path: string][];
  /** What each provider's name and codes look like in a query. */
  providers: ProviderQuery[];
}

export interface ProviderQuery {
  id: string;
  /** Words that name the provider, lower case. */
  words: string[];
  /** Numeric codes quoted in free text, with the page for an unknown one; null where none. */
  numericCodes: { pattern: string; quotedBy: string; unknown: string } | null;
}

export interface QueryHit {
  path: string;
  /** The code or message the query was read as, for the "Go to" label. */
  matched: string;
}

const STATUS_ONLY = /^(?:http\s*)?(\d{3})$/i;
const STATUS = /\b[1-5]\d\d\b/g;
/** A header name with a hyphen (`x-cld-error`) or a known short one, then a colon. */
const HEADER_PREFIX = /^\s*(?:[a-z0-9]+-[a-z0-9-]+|warning|server)\s*:\s*/i;

export function resolveQuery(query: string, map: SearchMap): QueryHit | null {
  const text = query.trim().slice(0, 500);
  if (text === '') return null;
  const lower = text.toLowerCase();

  const direct = map.codes[lower];
  if (direct) return { path: direct, matched: text };

  const named = providerAndCode(text, map);
  if (named) return named;

  const status = STATUS_ONLY.exec(text);
  if (status?.[1]) {
    const path = map.codes[status[1]];
    if (path) return { path, matched: status[1] };
  }

  for (const [pattern, path] of map.forms) {
    if (new RegExp(pattern, 'i').test(text)) return { path, matched: text.replace(HEADER_PREFIX, '').trim() };
  }

  for (const provider of map.providers) {
    const hit = numericCode(text, provider, map) ?? providerStatus(text, provider, map);
    if (hit) return hit;
  }
  return null;
}

/** `cloudflare/9422`, `CF 9520`, `imgix 403`: a provider's word, then one of its codes. */
function providerAndCode(text: string, map: SearchMap): QueryHit | null {
  const match = /^([a-z][a-z0-9.-]*)[\s/:-]+([a-z0-9-]+)$/i.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const [word, code] = [match[1].toLowerCase(), match[2].toLowerCase()];
  const provider = map.providers.find((candidate) => candidate.words.includes(word));
  if (!provider) return null;
  // A bare code counts only when it is this provider's: `imgix 423` must not open Cloudinary's 423.
  const bare = map.codes[code];
  const path = map.codes[`${provider.id}/${code}`] ?? (bare?.startsWith(`/codes/${provider.id}/`) ? bare : undefined);
  return path ? { path, matched: match[2] } : null;
}

/**
 * One numeric code in a short query (`how to fix 9412`, `cloudflare 9404 error`) or in a header
 * form. Another header (`content-length: 9412`) or two codes at once are left to search.
 */
function numericCode(text: string, provider: ProviderQuery, map: SearchMap): QueryHit | null {
  if (!provider.numericCodes) return null;
  const { pattern, quotedBy, unknown } = provider.numericCodes;
  const codes = [...new Set(text.match(new RegExp(pattern, 'g')) ?? [])];
  const code = codes[0];
  if (codes.length !== 1 || !code) return null;
  if (!new RegExp(quotedBy, 'i').test(text) && (text.includes(':') || text.length > 80)) return null;
  return { path: map.codes[`${provider.id}/${code}`] ?? map.codes[code] ?? unknown, matched: code };
}

/** `cloudinary 404 not found`, `imgix returns 403`: one status the provider documents, named with it. */
function providerStatus(text: string, provider: ProviderQuery, map: SearchMap): QueryHit | null {
  const words = text.toLowerCase().split(/[^a-z0-9.-]+/);
  if (!provider.words.some((word) => words.includes(word))) return null;
  const statuses = [...new Set(text.match(STATUS) ?? [])];
  const status = statuses.length === 1 ? statuses[0] : undefined;
  const path = status ? map.codes[`${provider.id}/${status}`] : undefined;
  return path && status ? { path, matched: status } : null;
}

/**
 * The words to hand Pagefind: a query that names a provider's numeric code searches for the
 * code alone, and header punctuation (`err=`, `x-cld-error:`) is dropped so it cannot split or
 * spoil the terms.
 */
export function pagefindTerms(query: string, map: SearchMap): string {
  for (const provider of map.providers) {
    const code = provider.numericCodes ? new RegExp(provider.numericCodes.pattern).exec(query)?.[0] : undefined;
    if (code) return code;
  }
  return query
    .replace(HEADER_PREFIX, '')
    .replace(/[=:;"'<>{}[\]()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
