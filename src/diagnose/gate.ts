/**
 * Which providers read an exchange: those whose hints match its own text. A provider whose hints
 * do not match cannot show a signal in it (tests/unit/registry.test.ts holds every fixture to
 * that), so a HAR of a thousand Cloudflare responses never runs the other services' rules.
 */
import { providerEngines } from '../providers/engines.ts';
import type { ProviderEngine } from '../providers/types.ts';
import type { Exchange } from './read/types.ts';
import { evidenceOf, statusEvidence } from './rule.ts';

/** The registry is read on each call: in the browser it grows as pastes need more providers. */
export function enginesFor(exchange: Exchange): ProviderEngine[] {
  const text = exchangeText(exchange);
  const body = exchange.body;
  return providerEngines.filter((engine) => engine.hints.test(text) || (body !== null && engine.hints.test(body)));
}

/** What the rules can read of an exchange, as lines; the body is matched on its own, uncopied. */
function exchangeText(exchange: Exchange): string {
  const lines = [exchange.method ?? '', exchange.url ?? '', exchange.status === null ? '' : statusEvidence(exchange)];
  for (const field of exchange.headers) lines.push(evidenceOf(field));
  for (const field of exchange.requestHeaders) lines.push(evidenceOf(field));
  return lines.join('\n');
}
