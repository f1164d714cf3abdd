/**
 * Where a share link carries its paste: the fragment parameter `#paste=...`. Apart from the rest
 * of share.ts so that the widget can tell whether a page was opened from a share link without
 * loading the code that unpacks one.
 */
export const SHARE_PARAM = 'paste';

export function carriesSharedPaste(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(SHARE_PARAM);
}
