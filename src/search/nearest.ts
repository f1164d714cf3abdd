/**
 * The catalog codes nearest to a missing path, for the 404 page: an exact code first, then the
 * numerically closest codes of the same length, then codes whose id contains the words asked for.
 */
import type { SearchMap } from './query.ts';

export function nearestCodes(path: string, map: SearchMap, limit = 6): string[] {
  const text = decodeSafely(path).toLowerCase();
  // Digit runs count on their own, so a mistyped `9413x` still finds 9413.
  const words = [...text.split(/[^a-z0-9-]+/), ...(text.match(/\d{3,}/g) ?? [])].filter(Boolean);
  const ids = Object.keys(map.codes).filter((key) => key.includes('/'));
  const scored = new Map<string, number>();
  for (const word of words) {
    for (const id of ids) {
      const code = id.slice(id.indexOf('/') + 1);
      const score = similarity(word, code);
      if (score > (scored.get(id) ?? 0)) scored.set(id, score);
    }
  }
  return [...scored.entries()]
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => id);
}

function similarity(word: string, code: string): number {
  if (word === code) return 1000;
  if (/^\d+$/.test(word) && /^\d+$/.test(code) && word.length === code.length) {
    return 500 - Math.min(499, Math.abs(Number(word) - Number(code)));
  }
  if (word.length >= 3 && code.includes(word)) return 100;
  return 0;
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
