/**
 * Pagefind hands excerpts as HTML: the page's text, entity-escaped, with the matched words in
 * `<mark>`. The search UI draws them as text runs instead of parsing HTML, so nothing indexed
 * can ever become markup. Pure: shared by the search dialog, the search page and the tests.
 */
export interface ExcerptRun {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const point = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isInteger(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** The excerpt as text runs, `mark` true for the words Pagefind matched; any other tag is dropped. */
export function excerptRuns(html: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      marked = tag === '<mark>';
      continue;
    }
    const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
    if (text !== '') runs.push({ text, mark: marked });
  }
  return runs;
}
