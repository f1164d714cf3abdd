/**
 * What shows that Next.js's image optimizer is involved: its cache header, its server's
 * `x-powered-by`, its image route in the URL, or one of its plain-text error bodies. On Vercel the
 * URL still names `/_next/image` (Next.js built it from next.config.js) while Vercel's own
 * optimizer answers, so both services show there, as they should.
 */
import type { Exchange } from '../../diagnose/read/types.ts';
import { isTextOnly } from '../../diagnose/read/body.ts';
import { headerSignals, pathOf, perExchange } from '../../diagnose/signals.ts';
import { nextjsMessages, nextjsTextMessages } from './data/messages.ts';

const IMAGE_ROUTE = /(?:^|\/)_next\/image\/?$/;
const compiledMessages = nextjsMessages.map(({ entry, pattern }) => ({ entry, pattern: new RegExp(pattern, 'i') }));
const compiledTextMessages = nextjsTextMessages.map(({ entry, pattern }) => ({ entry, pattern: new RegExp(pattern, 'i') }));

export const nextjsSignals = perExchange((exchange: Exchange): string[] => {
  const signals = headerSignals(exchange, [{ name: 'x-nextjs-cache' }, { name: 'x-powered-by', value: /\bnext\.js\b/i }]);
  if (isNextImageUrl(exchange.url)) signals.push(`URL path ${pathOf(exchange.url ?? '')} (the Next.js image route)`);
  const body = nextjsBodyMessage(exchange);
  if (body) signals.push(`body: ${body.line}`);
  return signals;
});

export function isNextImageUrl(url: string | null): boolean {
  return url !== null && IMAGE_ROUTE.test(pathOf(url));
}

/**
 * The optimizer's message in the body, the line that carries it and the entry that explains it.
 * In a response the message is the whole body, so only its first lines are read: an HTML page in
 * a HAR is not. Text (an issue comment, a log) may quote the message anywhere.
 */
export function nextjsBodyMessage(exchange: Exchange): { line: string; entry: string } | null {
  const text = isTextOnly(exchange);
  const [chars, count] = text ? [20_000, Infinity] : [2000, 3];
  const lines = (exchange.body?.slice(0, chars).split('\n') ?? []).map((line) => line.trim()).filter(Boolean).slice(0, count);
  const messages = text ? [...compiledMessages, ...compiledTextMessages] : compiledMessages;
  for (const line of lines) {
    const found = messages.find(({ pattern }) => pattern.test(line));
    if (found) return { line, entry: found.entry };
  }
  return null;
}
