/**
 * A forgiving reader for the object a JavaScript console prints, which is close to JSON but not
 * JSON: `{content-type: 'image/jpeg'}` (Chrome), `{ 'content-type': 'image/jpeg' }` (Node),
 * `Headers { ... }`, trailing commas, `'a' +` string continuations. One pass, no recursion.
 */

/** A value as printed: a string, a list of strings, or the text of a bare literal (`42`, `true`). */
export type LiteralValue = string | string[];

/** The leading object's entries in order, or null when the text does not start with one. */
export function parseObjectLiteral(text: string): Array<[string, LiteralValue]> | null {
  const scanner = new Scanner(text);
  scanner.skipSpace();
  scanner.skipWord();
  scanner.skipSpace();
  if (!scanner.take('{')) return null;
  const entries: Array<[string, LiteralValue]> = [];
  for (;;) {
    scanner.skipSpace();
    if (scanner.take('}')) return entries;
    const key = scanner.atQuote() ? scanner.quoted() : scanner.bare();
    scanner.skipSpace();
    if (key === null || key === '' || !scanner.take(':')) return null;
    scanner.skipSpace();
    const value = scanner.value();
    if (value === null) return null;
    entries.push([key, value]);
    scanner.skipSpace();
    if (!scanner.take(',') && scanner.peek() !== '}') return null;
  }
}

const QUOTES = `'"\``;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

class Scanner {
  private at = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  peek(): string {
    return this.text[this.at] ?? '';
  }

  take(char: string): boolean {
    if (this.text[this.at] !== char) return false;
    this.at++;
    return true;
  }

  skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  /** A constructor name before the brace (`Headers {`). */
  skipWord(): void {
    while (this.at < this.text.length && /[\w$]/.test(this.text[this.at] ?? '')) this.at++;
  }

  /** An unquoted key, up to the colon. */
  bare(): string | null {
    const start = this.at;
    while (this.at < this.text.length && !/[\s:,{}[\]'"`]/.test(this.text[this.at] ?? '')) this.at++;
    return this.at > start ? this.text.slice(start, this.at) : null;
  }

  value(): LiteralValue | null {
    if (this.take('[')) return this.list();
    return this.scalar();
  }

  private list(): string[] | null {
    const items: string[] = [];
    for (;;) {
      this.skipSpace();
      if (this.take(']')) return items;
      const item = this.scalar();
      if (item === null) return null;
      items.push(item);
      this.skipSpace();
      if (!this.take(',') && this.peek() !== ']') return null;
    }
  }

  /** A string (joined across `+` continuations) or the text of a bare literal. */
  private scalar(): string | null {
    if (!this.atQuote()) return this.literal();
    const first = this.quoted();
    if (first === null) return null;
    const parts = [first];
    for (;;) {
      const resume = this.at;
      this.skipSpace();
      if (!this.take('+')) {
        this.at = resume;
        return parts.join('');
      }
      this.skipSpace();
      const next = this.atQuote() ? this.quoted() : null;
      if (next === null) return null;
      parts.push(next);
    }
  }

  /** A bare literal such as `42`, `true` or `null`; nested objects and arrays are refused. */
  private literal(): string | null {
    const start = this.at;
    while (this.at < this.text.length && !/[,}\]\n{[]/.test(this.text[this.at] ?? '')) this.at++;
    const literal = this.text.slice(start, this.at).trim();
    return literal === '' || this.peek() === '{' || this.peek() === '[' ? null : literal;
  }

  atQuote(): boolean {
    const char = this.peek();
    return char !== '' && QUOTES.includes(char);
  }

  /** The string that starts at a quote, or null when it is not closed. */
  quoted(): string | null {
    const quote = this.peek();
    this.at++;
    const chars: string[] = [];
    while (this.at < this.text.length) {
      const char = this.text[this.at++] ?? '';
      if (char === quote) return chars.join('');
      if (char !== '\\') {
        chars.push(char);
        continue;
      }
      const escaped = this.text[this.at++] ?? '';
      if (escaped === 'u' || escaped === 'x') {
        const length = escaped === 'u' ? 4 : 2;
        const hex = this.text.slice(this.at, this.at + length);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) return null;
        chars.push(String.fromCharCode(parseInt(hex, 16)));
        this.at += length;
      } else {
        chars.push(ESCAPES[escaped] ?? escaped);
      }
    }
    return null;
  }
}
