/**
 * The handler's JSON error body (`{"status","code","message"}`, index.ts `getErrorResponse`) and
 * API Gateway's `{"message": ...}` in front of it. The code names the entry; the status and the
 * decoded request add notes, and where CloudFront delivered the error, a note names both layers.
 */
import { entryFor } from '../../../catalog/index.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { findingFor, variantFor, type Rule } from '../../../diagnose/rule.ts';
import { awsSihErrorCodes } from '../data/error-codes.ts';
import { apiGatewayMessage, cloudFrontNote, isSihServed, sihError, type SihErrorBody } from '../signals.ts';
import { requestNotes } from './request-notes.ts';

const entryOfCode = new Map(awsSihErrorCodes.map(({ code, entry }) => [code, entry]));

export const awsSihError: Rule = {
  name: 'aws-sih-error',
  emits: ['aws-sih/', 'aws-sih/passthrough-error', 'aws-sih/api-gateway-error'],
  run({ exchange }) {
    const error = sihError(exchange);
    if (error) return [handlerFinding(exchange, error)];
    const gateway = apiGatewayMessage(exchange.body);
    if (gateway !== null && isSihServed(exchange)) return [gatewayFinding(exchange, gateway)];
    return [];
  },
};

function handlerFinding(exchange: Exchange, { code, message, status, statusAsText }: SihErrorBody): Finding {
  const id = entryOfCode.get(code) ?? 'aws-sih/passthrough-error';
  const notes = [`The handler reports code ${code}: "${message}"`];
  if (id === 'aws-sih/passthrough-error') notes.push(`${code} is not one of the handler’s own codes: another AWS service (S3, Rekognition, Secrets Manager) raised it.`);
  const variant = variantFor(entryFor(id).variants, status, message);
  if (status !== null && exchange.status !== null && status !== exchange.status) {
    notes.push(`The body says status ${status}, the status line ${exchange.status}: something between the handler and you changed it.`);
  }
  if (statusAsText) notes.push('The body gives the status as a string ("413"): handler v5.1 wrote it so; v6 writes a number.');
  const layers = cloudFrontNote(exchange, true);
  return findingFor(id, `"code": "${code}"`, { variant, notes: [...notes, ...requestNotes(exchange), ...(layers ? [layers] : [])] });
}

function gatewayFinding(exchange: Exchange, message: string): Finding {
  const layers = cloudFrontNote(exchange, false);
  const variant = variantFor(entryFor('aws-sih/api-gateway-error').variants, exchange.status, message);
  return findingFor('aws-sih/api-gateway-error', `{"message": "${message}"}`, {
    variant,
    notes: [
      'This body has only a "message": API Gateway wrote it, so the handler’s Lambda did not answer (it timed out, failed, or was not reached).',
      ...requestNotes(exchange),
      ...(layers ? [layers] : []),
    ],
  });
}
