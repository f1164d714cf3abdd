/**
 * A browser's console line saying the image never reached the page: a refusal to hand the
 * response over (Chrome's `net::ERR_BLOCKED_BY_ORB`, Firefox's `blocked by
 * OpaqueResponseBlocking`, a CORS message, a Cross-Origin-Resource-Policy block, an extension's),
 * or a request that got no response at all (`net::ERR_NAME_NOT_RESOLVED`, a refused or reset
 * connection, a bad certificate). Such a line is evidence by itself: it says the image failed
 * even when the status it shows is 200. Pure: the reader keeps a paste that holds one, and the
 * plain-HTTP rules explain it.
 */

export type BlockMechanism = 'orb' | 'corp' | 'cors' | 'client' | 'network';

export interface BrowserBlock {
  mechanism: BlockMechanism;
  /** The console line that names it, trimmed. */
  line: string;
}

/** Strongest first: a paste that shows an ORB block and a CORS message is read as the former. */
const BLOCKS: readonly { mechanism: BlockMechanism; pattern: RegExp }[] = [
  { mechanism: 'orb', pattern: /ERR_BLOCKED_BY_ORB|blocked by OpaqueResponseBlocking|Cross-Origin Read Blocking/i },
  { mechanism: 'corp', pattern: /ERR_BLOCKED_BY_RESPONSE\.NotSameOrigin/i },
  { mechanism: 'cors', pattern: /blocked by CORS policy|Cross-Origin Request Blocked|CORS header .Access-Control-Allow-Origin. missing/i },
  { mechanism: 'client', pattern: /ERR_BLOCKED_BY_CLIENT/i },
  {
    mechanism: 'network',
    pattern:
      /net::ERR_(?:NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|CONNECTION_(?:REFUSED|RESET|CLOSED|TIMED_OUT|FAILED)|TIMED_OUT|ADDRESS_UNREACHABLE|INTERNET_DISCONNECTED|EMPTY_RESPONSE|CERT_[A-Z_]+|SSL_PROTOCOL_ERROR|HTTP2_PROTOCOL_ERROR|QUIC_PROTOCOL_ERROR)\b/i,
  },
];

/** Every form names a block, CORS or a network error: the cheap test that most pastes fail. */
const ANY_BLOCK = /blocked|CORS|net::ERR_/i;
/** How much of a long line the evidence quotes, before and after the words that name the block. */
const BEFORE = 90;
const AFTER = 110;

export function browserBlockIn(text: string | null): BrowserBlock | null {
  if (text === null || !ANY_BLOCK.test(text)) return null;
  for (const { mechanism, pattern } of BLOCKS) {
    const match = pattern.exec(text);
    if (match !== null) return { mechanism, line: lineAround(text, match.index, match.index + match[0].length) };
  }
  return null;
}

/**
 * The line that holds the match, as pasted but without a Markdown quote's marks or the code span
 * around it, and cut to the words near the match when the line is a long sentence.
 */
function lineAround(text: string, from: number, to: number): string {
  const lineStart = text.lastIndexOf('\n', from) + 1;
  const newline = text.indexOf('\n', to);
  const lineEnd = newline < 0 ? text.length : newline;
  const start = Math.max(lineStart, wordStart(text, from - BEFORE));
  const end = Math.min(lineEnd, wordEnd(text, to + AFTER));
  const cut = text.slice(start, end).replace(/^[\s>]+/, '').trim();
  const line = /^`[^`]+`$/.test(cut) ? cut.slice(1, -1) : cut;
  return `${start > lineStart ? '…' : ''}${line}${end < lineEnd ? '…' : ''}`;
}

function wordStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(' ', at);
  return space < 0 ? at : space + 1;
}

function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return space < 0 ? at : space;
}
