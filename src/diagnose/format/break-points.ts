/**
 * Where a long token of code may wrap: after the slashes, commas, ampersands and question marks
 * that separate a URL's or a header's parts, so `/cdn-cgi/image/width=600,fit=cover/a.jpg` may
 * break after `image/` or `600,` and never inside `cdn-cgi`. A slash before a digit (`HTTP/2`)
 * is no separator. Faces put a `<wbr>` between the pieces. Pure: shared by the pages and the
 * diagnoser's view.
 */

/** Shorter runs never need a break of their own. */
const LONG = 16;

/** `text` cut after each separator; one piece when it is short or has none. */
export function breakPoints(text: string): string[] {
  if (text.length < LONG) return [text];
  return text.split(/(?<=[,&?])(?=[^/,&?\s])|(?<=\/)(?=[^/,&?\s\d])/).filter((piece) => piece !== '');
}
