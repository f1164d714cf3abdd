/**
 * The codes table's filters as CSS, one rule per registered provider and per actor: a row stays
 * when it matches the checked value or "all". Generated from the registry so that a new provider
 * gets its filter without anyone editing a stylesheet; the page still ships no script.
 */
import type { APIRoute } from 'astro';
import { providers } from '../../catalog/index.ts';
import { actorShort } from '../../components/labels.ts';

function hideOthers(name: string, value: string): string {
  return `.imgdiag-codes:has(input[name='${name}'][value='${value}']:checked) tr[data-imgdiag-${name}]:not([data-imgdiag-${name}='${value}'])`;
}

export const GET: APIRoute = () => {
  const selectors = [
    ...providers.map((provider) => hideOthers('provider', provider.id)),
    ...Object.keys(actorShort).map((actor) => hideOthers('actor', actor)),
  ];
  return new Response(`@layer imgdiag.components {\n  ${selectors.join(',\n  ')} {\n    display: none;\n  }\n}\n`, {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
};
