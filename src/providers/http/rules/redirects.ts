/**
 * Redirect chains in a `curl -L`, `-v` or HAR paste: how long they are and whether they loop.
 * Reported once, on the response that closes the chain.
 */
import { headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { findingFor, type Rule } from '../../../diagnose/rule.ts';

export const httpRedirects: Rule = {
  name: 'http-redirects',
  emits: ['http/redirect-chain', 'http/redirect-loop'],
  run({ exchange, read }) {
    const chain = chainEndingAt(read.exchanges, exchange.index);
    if (chain.length < 2) return [];
    const findings: Finding[] = [];
    // The URLs the client asked for: the first one, then every Location it was sent to.
    const visited = [chain[0]?.url ?? null, ...chain.filter(isRedirect).map(locationOf)].filter(
      (url): url is string => url !== null,
    );
    const repeated = visited.find((url, index) => visited.indexOf(url) !== index);
    const hops = chain.map((hop) => `${hop.status ?? '?'} ${hop.url ?? '(URL not shown)'}`).join(' -> ');
    if (repeated) {
      findings.push(findingFor('http/redirect-loop', `Location ${repeated} is visited more than once`, { notes: [hops] }));
    } else {
      findings.push(
        findingFor('http/redirect-chain', `${chain.length - 1} redirect${chain.length > 2 ? 's' : ''} before this response`, {
          notes: [hops],
        }),
      );
    }
    return findings;
  },
};

/** The redirects that lead to exchange `index`, itself included, when it ends the chain. */
function chainEndingAt(exchanges: readonly Exchange[], index: number): Exchange[] {
  const next = exchanges[index + 1];
  const current = exchanges[index];
  if (!current || (next && isRedirect(current))) return [];
  const chain = [current];
  for (let i = index - 1; i >= 0; i--) {
    const hop = exchanges[i];
    if (!hop || !isRedirect(hop)) break;
    chain.unshift(hop);
  }
  return chain;
}

function isRedirect(exchange: Exchange): boolean {
  return exchange.status !== null && exchange.status >= 300 && exchange.status < 400 && headerValue(exchange.headers, 'location') !== null;
}

/** Where a redirect sends the client, resolved against the URL it answered. */
function locationOf(exchange: Exchange): string | null {
  const location = headerValue(exchange.headers, 'location');
  if (!location) return null;
  try {
    return new URL(location, exchange.url ?? undefined).href;
  } catch {
    return location;
  }
}
