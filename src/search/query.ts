/**
 * Turns what people type or paste into the search box into a catalog page, when it names one:
 * `9412`, `err=9403`, `Cf-Resized: err=9403`, `ERROR 9412: ...`, `cloudinary 401`,
 * `x-cld-error: Resource not found - ...`. Pure: shared by the header search, the search page and
 * the tests.
 */

/** The small map the build writes to /search-map.json (see src/pages/search-map.json.ts). */
export interface SearchMap {
  /** Lower-case code or id (`9412`, `cloudflare/9412`, `not-resized`) to page path. */
  codes: Record<string, string>;
  /** Cloudinary message classes in match order: regex source and the page for their status. */
  messages: [pattern: string, path: string][];
  /** Page for a Cloudflare code the catalog does not know. */
  unknownCloudflare: string;
}

export interface QueryHit {
  path: string;
  /** The code or message the query was read as, for the "Go to" label. */
  matched: string;
}

const CLOUDFLARE_CODES = /\b9[45]\d\d\b/g;
/** A header line that names a Cloudflare code: `Cf-Resized: err=9403`, `ERROR 9412: ...`. */
const CLOUDFLARE_HEADER_FORM = /cf-resized|cf-images-binding|err\s*=|\berror\s+9[45]\d\d/i;
const PROVIDER_AND_CODE = /^(?:cloudflare|cf|cloudinary|cld|http)[\s/:-]+([a-z0-9-]+)$/i;
const STATUS_ONLY = /^(?:http\s*)?(\d{3})$/i;
const CLOUDINARY_WORD = /\b(?:cloudinary|cld|x-cld-error)\b/i;
const CLD_ERROR = /^x-cld-error\s*:?\s*(.+)$/i;

export function resolveQuery(query: string, map: SearchMap): QueryHit | null {
  const text = query.trim().slice(0, 500);
  if (text === '') return null;
  const lower = text.toLowerCase();

  const direct = map.codes[lower];
  if (direct) return { path: direct, matched: text };

  const withProvider = PROVIDER_AND_CODE.exec(text);
  if (withProvider?.[1]) {
    const path = map.codes[withProvider[1].toLowerCase()];
    if (path) return { path, matched: withProvider[1] };
  }

  const status = STATUS_ONLY.exec(text);
  if (status?.[1]) {
    const path = map.codes[status[1]];
    if (path) return { path, matched: status[1] };
  }

  const cldError = CLD_ERROR.exec(text);
  if (cldError?.[1]) return matchMessage(cldError[1], map);

  return cloudflareCode(text, map) ?? cloudinaryStatus(text, map);
}

/**
 * One Cloudflare code in a short query (`how to fix 9412`, `cloudflare 9404 error`) or in a
 * header form. Another header (`content-length: 9412`) or two codes at once are left to search.
 */
function cloudflareCode(text: string, map: SearchMap): QueryHit | null {
  const codes = [...new Set(text.match(CLOUDFLARE_CODES) ?? [])];
  const code = codes[0];
  if (codes.length !== 1 || !code) return null;
  if (!CLOUDFLARE_HEADER_FORM.test(text) && (text.includes(':') || text.length > 80)) return null;
  return { path: map.codes[code] ?? map.unknownCloudflare, matched: code };
}

/** `cloudinary 404 not found`, `x-cld-error 401`: a status the catalog has, named with Cloudinary. */
function cloudinaryStatus(text: string, map: SearchMap): QueryHit | null {
  if (!CLOUDINARY_WORD.test(text)) return null;
  const statuses = [...new Set(text.match(/\b[1-5]\d\d\b/g) ?? [])];
  const path = statuses.length === 1 && statuses[0] ? map.codes[`cloudinary/${statuses[0]}`] : undefined;
  return path && statuses[0] ? { path, matched: statuses[0] } : null;
}

function matchMessage(message: string, map: SearchMap): QueryHit | null {
  for (const [pattern, path] of map.messages) {
    if (new RegExp(pattern, 'i').test(message)) return { path, matched: message.trim() };
  }
  return null;
}

/**
 * The words to hand Pagefind: a query that names a code searches for the code alone, and
 * header punctuation (`err=`, `x-cld-error:`) is dropped so it cannot split or spoil the terms.
 */
export function pagefindTerms(query: string): string {
  const code = /\b(9[45]\d\d)\b/.exec(query)?.[1];
  if (code) return code;
  return query
    .replace(/^\s*(?:x-cld-error|cf-resized|cf-images-binding|warning)\s*:\s*/i, '')
    .replace(/[=:;"'<>{}[\]()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
