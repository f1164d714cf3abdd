/**
 * What shows that Akamai answered, and that Image & Video Manager (IVM) worked on the image.
 * Akamai's edge (`server: AkamaiGHost`, `x-cache: TCP_... (AkamaiGHost/...)`, `x-akamai-*`,
 * Pragma and Akamai-Debug answers) shows the CDN; `server: Akamai Image Manager` / `Akamai
 * Image Server`, `x-im-*` headers and an `IM_` cache key show IVM itself (facts, cdns.md 4.3, 4.4).
 */
import type { Exchange, HeaderField } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf, perExchange, searchParamsOf } from '../../diagnose/signals.ts';

const AKAMAI_HOST = /(?:^|\.)(?:akamaized\.net|akamaihd\.net|edgesuite\.net|edgekey\.net|akamai\.net)$/;

/** IVM's own signals: its server names, its x-im-* headers, its cache-key parameters. */
export const ivmSignals = perExchange((exchange: Exchange): string[] => {
  return [
    ...headerSignals(exchange, [
      { name: 'server', value: /^Akamai Image (?:Manager|Server)\b/i },
      { name: 'x-cache-key', value: /_IM_(?:FILE_NAME|API_TOKEN|COMB_ON)=/ },
      { name: 'x-true-cache-key', value: /_IM_(?:FILE_NAME|API_TOKEN|COMB_ON)=/ },
    ]),
    ...imFields(exchange).map((field) => `${field.name}: ${field.value}`),
  ];
});

/** The Akamai edge's signals, whichever product answered behind it. */
export const akamaiEdgeSignals = perExchange((exchange: Exchange): string[] => {
  const signals = headerSignals(exchange, [
    { name: 'server', value: /^Akamai(?:GHost|NetStorage)\b/i },
    { name: 'x-cache', value: /\bTCP_[A-Z_]+\b.*\bAkamaiGHost\b|\bakamaitechnologies\.com\b/i },
    { name: 'x-check-cacheable' },
    { name: 'x-akamai-request-id' },
    { name: 'x-akamai-transformed' },
    { name: 'x-akamai-staging' },
    { name: 'x-reference-error' },
    { name: 'akamai-grn' },
    { name: 'akamai-cache-status' },
  ]);
  const host = hostOf(exchange.url);
  if (host && AKAMAI_HOST.test(host)) signals.push(`URL on ${host}`);
  return signals;
});

export const akamaiSignals = perExchange((exchange: Exchange): string[] => {
  return [...ivmSignals(exchange), ...akamaiEdgeSignals(exchange)];
});

/** The `x-im-*` response headers (Piez details: original size, format, widths...). */
export function imFields(exchange: Exchange): HeaderField[] {
  return exchange.headers.filter((field) => /^x-im-/i.test(field.name));
}

/** IVM's URL parameters: `imwidth=` (a width to resize to) and `impolicy=` (a named policy). */
export function ivmParameters(url: string | null): { imwidth: string | null; impolicy: string | null } {
  const params = searchParamsOf(url);
  return { imwidth: params.get('imwidth'), impolicy: params.get('impolicy') };
}
