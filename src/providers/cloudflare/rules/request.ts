/**
 * What the request headers reveal: the resizer's own subrequest (`Via: ... image-resizing`)
 * arriving at a Worker means a loop is one fetch away (facts 1.6); cookies or credentials sent to
 * a resize URL never reach the origin (seed, "Authorization and cookies are not supported").
 */
import { headerFields } from '../../../diagnose/read/headers.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { isResizeUrl } from '../signals.ts';

export const cloudflareRequest: Rule = {
  name: 'cloudflare-request',
  emits: ['cloudflare/request-loop', 'cloudflare/origin-credentials'],
  run({ exchange }) {
    const findings: Finding[] = [];
    const loopVia = headerFields(exchange.requestHeaders, 'via').find((field) => /image-resizing/i.test(field.value));
    if (loopVia) findings.push(findingFor('cloudflare/request-loop', evidenceOf(loopVia)));
    if (isResizeUrl(exchange.url)) {
      const credentials = headerFields(exchange.requestHeaders, 'authorization', 'cookie');
      if (credentials[0]) {
        findings.push(
          findingFor('cloudflare/origin-credentials', `${credentials[0].name}: [redacted]`, {
            notes: [`Sent with the request: ${credentials.map((field) => field.name).join(', ')}. The resizer strips them before fetching the source image.`],
          }),
        );
      }
    }
    return findings;
  },
};
