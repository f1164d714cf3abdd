/**
 * What shows that ImageKit answered a response: `x-server: ImageKit.io`, its `ik-error` header,
 * any `x-ik-*` header, and its hosts (ik.imagekit.io and other *.imagekit.io endpoints).
 */
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerSignals, hostOf, perExchange } from '../../diagnose/signals.ts';

export const imagekitSignals = perExchange((exchange: Exchange): string[] => {
  const signals = headerSignals(exchange, [{ name: 'x-server', value: /^imagekit\.io\b/i }, { name: 'ik-error' }]);
  for (const field of exchange.headers) {
    if (field.name.toLowerCase().startsWith('x-ik-')) signals.push(`${field.name}: ${field.value}`);
  }
  const host = hostOf(exchange.url);
  if (host && (host === 'imagekit.io' || host.endsWith('.imagekit.io'))) signals.push(`URL on ${host}`);
  return signals;
});
