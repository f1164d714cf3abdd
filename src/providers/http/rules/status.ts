/**
 * A 4xx or 5xx that no image-service rule explained: say so plainly, so the reader knows the
 * image service may not even be in the path. Runs last: it looks at the earlier findings.
 */
import { findEntry } from '../../../catalog/index.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { findingFor, type Rule, statusEvidence } from '../../../diagnose/rule.ts';

export const httpStatus: Rule = {
  name: 'http-status',
  emits: ['http/client-error', 'http/server-error'],
  run({ exchange, earlier }) {
    const status = exchange.status;
    if (status === null || status < 400 || status > 599) return [];
    if (earlier.some(explainsStatus)) return [];
    return [findingFor(status < 500 ? 'http/client-error' : 'http/server-error', statusEvidence(exchange))];
  },
};

/**
 * A provider's error, or its code or status entry (Cloudinary's 423 is only a warning), or an
 * image service that is not covered yet, whose finding names the status itself. A finding that
 * says all is well (a successful resize) never explains an error status: that would be a false
 * all-clear.
 */
function explainsStatus(finding: Finding): boolean {
  if (finding.id === 'http/service-not-covered') return true;
  if (finding.provider === null || finding.severity === 'ok' || finding.severity === 'info') return false;
  return finding.severity === 'error' || findEntry(finding.id)?.kind !== 'condition';
}
