/**
 * An error status on a response Akamai delivered. IVM itself reports no transformation error
 * (facts 4.1, 4.3: no x-im-error, no IVM error status), so an error status comes from the Akamai
 * edge (its own HTML page, `server: AkamaiGHost`, a `Reference #` number) or from the origin
 * behind it, and the notes say which.
 */
import { headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { findingFor, type Rule, statusEvidence } from '../../../diagnose/rule.ts';
import { akamaiSignals, ivmParameters } from '../signals.ts';

const REFERENCE = /Reference\s*(?:&#32;)?\s*(?:#|&#35;)\s*((?:[\da-f]+(?:\.|&#46;)){2,}[\da-f]+)/i;

export const akamaiStatus: Rule = {
  name: 'akamai-status',
  emits: ['akamai/403', 'akamai/404', 'akamai/server-error'],
  run({ exchange }) {
    const status = exchange.status;
    if (status === null || status < 400 || akamaiSignals(exchange).length === 0) return [];
    const id = status === 403 ? 'akamai/403' : status === 404 ? 'akamai/404' : status >= 500 ? 'akamai/server-error' : null;
    if (id === null) return [];
    return [findingFor(id, statusEvidence(exchange), { notes: layerNotes(exchange) })];
  },
};

function layerNotes(exchange: Exchange): string[] {
  const notes: string[] = [];
  const server = headerValue(exchange.headers, 'server') ?? '';
  const reference = headerValue(exchange.headers, 'x-reference-error') ?? referenceInBody(exchange.body);
  if (/^AkamaiGHost/i.test(server) || reference) {
    notes.push(
      `The Akamai edge wrote this error itself${reference ? ` (reference ${reference}: quote it to whoever runs the property; Akamai’s error-translation tool in Edge Diagnostics turns it into the failing step)` : ''}; the origin may not have been asked.`,
    );
  } else if (/^AkamaiNetStorage/i.test(server)) {
    notes.push('server: AkamaiNetStorage: the answer came from NetStorage, the origin storage, and Akamai passed it on.');
  } else if (server) {
    notes.push(`server: ${server}: the origin’s answer, which Akamai passed on.`);
  }
  const { imwidth, impolicy } = ivmParameters(exchange.url);
  if (imwidth !== null || impolicy !== null) {
    notes.push('IVM never answers a failed transformation with an error status (it serves the original instead), so this status is not about imwidth or impolicy.');
  }
  return notes;
}

function referenceInBody(body: string | null): string | null {
  const match = body ? REFERENCE.exec(body) : null;
  return match?.[1] ? match[1].replaceAll('&#46;', '.') : null;
}
