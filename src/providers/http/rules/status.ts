/**
 * A 4xx or 5xx that no image-service rule explained: say so plainly, so the reader knows the
 * image service may not even be in the path. Runs last: it looks at the earlier findings.
 */
import { findEntry } from '../../../catalog/index.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { findingFor, type Rule, statusEvidence } from '../../../diagnose/rule.ts';
import { PROVIDER_NAMES, type ServiceId } from '../../ids.ts';

export const httpStatus: Rule = {
  name: 'http-status',
  emits: ['http/client-error', 'http/server-error'],
  run({ exchange, imageUrl, earlier }) {
    const status = exchange.status;
    if (status === null || status < 400 || status > 599) return [];
    if (earlier.some(explainsStatus)) return [];
    const notes = imageUrl === null ? [] : [serviceUrlNote(imageUrl.provider)];
    return [findingFor(status < 500 ? 'http/client-error' : 'http/server-error', statusEvidence(exchange), { notes })];
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

/**
 * The URL has a service's own form, yet none of the service's headers show: either the paste left
 * them out (a console line) or the request never reached the service (a hostname not routed
 * through it), and only the response headers tell which.
 */
function serviceUrlNote(provider: ServiceId): string {
  const name = PROVIDER_NAMES[provider];
  return `The URL has ${name}'s form, but none of its headers show: they were left out, or the request never reached ${name}. \`curl -I\` on the URL tells which.`;
}
