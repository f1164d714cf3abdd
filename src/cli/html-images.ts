/**
 * Every image URL an HTML page references, for scan mode: `img` src and srcset (and the data-src
 * and data-srcset of lazy loaders, which hold the real URLs), `picture source` srcset, inline
 * `style` url(...) values, `link rel=preload as=image`, and the og:image and twitter:image meta.
 *
 * A small tag scanner rather than a parser: it only needs start tags and their attributes, which
 * HTML keeps simple (https://html.spec.whatwg.org/multipage/syntax.html#attributes-2). Comments and
 * the text of script, style and template elements are skipped, since tags written there are not
 * elements of the page. Linear in the size of the page.
 */

const SKIPPED_CONTENT = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
// Quoted values are taken whole, so an `alt="a > b"` does not end the tag.
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
// An unquoted value runs to whitespace or `>`, as browsers read it (`src=a.jpg?w=1&h=2` included).
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const STYLE_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;
const META_IMAGE_NAMES = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src']);

/** The page's image URLs, absolute, without fragments, each once, in the order the page gives them. */
export function imageUrls(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  let base = pageUrl;
  const text = html.replace(SKIPPED_CONTENT, ' ');
  for (const match of text.matchAll(START_TAG)) {
    const tag = (match[1] as string).toLowerCase();
    const attributes = readAttributes(match[2] ?? '');
    if (tag === 'base' && attributes.has('href')) base = resolve(attributes.get('href') as string, pageUrl) ?? base;
    for (const reference of referencesOf(tag, attributes)) {
      const url = resolve(reference, base);
      if (url !== null) found.push(url);
    }
  }
  return [...new Set(found)];
}

function referencesOf(tag: string, attributes: Map<string, string>): string[] {
  const references: string[] = [];
  const add = (name: string) => {
    const value = attributes.get(name);
    if (value !== undefined) references.push(value);
  };
  const addSrcset = (name: string) => {
    const value = attributes.get(name);
    if (value !== undefined) references.push(...srcsetUrls(value));
  };
  if (tag === 'img') {
    add('src');
    addSrcset('srcset');
    add('data-src');
    addSrcset('data-srcset');
  } else if (tag === 'source') {
    // Only a picture's source has srcset; a video's or audio's has src, which is no image.
    addSrcset('srcset');
    addSrcset('data-srcset');
  } else if (tag === 'link') {
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('preload') && (attributes.get('as') ?? '').toLowerCase() === 'image') {
      add('href');
      addSrcset('imagesrcset');
    }
  } else if (tag === 'meta') {
    const name = (attributes.get('property') ?? attributes.get('name') ?? '').toLowerCase();
    if (META_IMAGE_NAMES.has(name)) add('content');
  }
  const style = attributes.get('style');
  if (style !== undefined) {
    for (const match of style.matchAll(STYLE_URL)) references.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return references;
}

/** Attribute names lower-cased, values with character references decoded; the first of a name wins. */
function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] as string).toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The character references URLs carry in practice: `&amp;` above all, and numeric ones. */
export function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));?/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[(name as string).toLowerCase()] ?? whole;
  });
}

/**
 * The URLs of a srcset: each candidate is a URL, then optional descriptors (`2x`, `640w`) up to a
 * comma. A URL may itself contain commas (Cloudinary's `w_300,c_fill`), so a candidate's URL runs to
 * whitespace, and only a comma at its very end separates it from the next
 * (https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute).
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && /[\s,]/.test(srcset[at] as string)) at++;
    if (at >= srcset.length) break;
    let end = at;
    while (end < srcset.length && !/\s/.test(srcset[end] as string)) end++;
    let url = srcset.slice(at, end);
    at = end;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Descriptors, up to the comma that ends the candidate (none inside parentheses).
      let depth = 0;
      while (at < srcset.length && !(srcset[at] === ',' && depth === 0)) {
        if (srcset[at] === '(') depth++;
        else if (srcset[at] === ')') depth = Math.max(0, depth - 1);
        at++;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}

/** An absolute http(s) URL without its fragment, or null (data:, blob:, javascript:, malformed). */
function resolve(reference: string, base: string): string | null {
  const trimmed = reference.trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** The page URLs of a sitemap, or of a sitemap index (whose entries are sitemaps), or null when `xml` is neither. */
export function sitemapEntries(xml: string): { kind: 'pages' | 'sitemaps'; urls: string[] } | null {
  const head = xml.slice(0, 4096);
  const kind = /<(?:\w+:)?urlset\b/.test(head) ? 'pages' : /<(?:\w+:)?sitemapindex\b/.test(head) ? 'sitemaps' : null;
  if (kind === null) return null;
  const urls = [...xml.matchAll(/<(?:\w+:)?loc>\s*(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?\s*<\/(?:\w+:)?loc>/g)].map((match) => decodeEntities((match[1] as string).trim()));
  return { kind, urls: [...new Set(urls.filter((url) => /^https?:\/\//i.test(url)))] };
}
