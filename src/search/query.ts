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

const CLOUDFLARE_CODE = /\b(?:err\s*=\s*|error\s+|code\s+)?(9[45]\d\d)\b/i;
const PROVIDER_AND_CODE = /^(?:cloudflare|cf|cloudinary|cld|http)[\s/:-]+([a-z0-9-]+)$/i;
const STATUS_ONLY = /^(?:http\s*)?(\d{3})$/i;
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

  const cloudflare = CLOUDFLARE_CODE.exec(text);
  if (cloudflare?.[1] && /cf-resized|err\s*=|error\s+9|^\s*9[45]\d\d\b/i.test(text)) {
    const code = cloudflare[1];
    return { path: map.codes[code] ?? map.unknownCloudflare, matched: code };
  }
  return null;
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
