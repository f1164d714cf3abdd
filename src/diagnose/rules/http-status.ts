/**
 * A 4xx or 5xx that no image-service rule explained: say so plainly, so the reader knows the
 * image service may not even be in the path. Runs last: it looks at the earlier findings.
 */
import { findingFor, type Rule } from './rule.ts';

export const httpStatus: Rule = {
  name: 'http-status',
  emits: ['http/client-error', 'http/server-error'],
  run({ exchange, earlier }) {
    const status = exchange.status;
    if (status === null || status < 400 || status > 599) return [];
    if (earlier.some((finding) => finding.provider !== null && finding.severity === 'error')) return [];
    const statusLine = `${exchange.httpVersion ?? 'HTTP'} ${status}${exchange.reason ? ` ${exchange.reason}` : ''}`;
    return [findingFor(status < 500 ? 'http/client-error' : 'http/server-error', statusLine)];
  },
};
