/**
 * Catalog text marks code with backticks (`curl -sI <source URL>`). Faces split it into plain and
 * code runs and render each as text, so no catalog string is ever parsed as HTML. Pure.
 */
export interface TextRun {
  text: string;
  code: boolean;
}

/** The text without its code marks, for places that take plain text (meta descriptions). */
export function plainText(text: string): string {
  return text.replaceAll('`', '');
}

export function splitInlineCode(text: string): TextRun[] {
  return text
    .split('`')
    .map((part, index) => ({ text: part, code: index % 2 === 1 }))
    .filter((run) => run.text !== '');
}
