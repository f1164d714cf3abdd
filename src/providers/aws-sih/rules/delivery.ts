/**
 * What the handler's delivery says when its body names no error: a delivered image, the default
 * fallback image sent with an error status (index.ts `handleDefaultFallbackImage`), an error
 * status whose JSON body the paste left out, and the old empty `{}` answer (issues #176, #206).
 */
import { headerValue } from '../../../diagnose/read/headers.ts';
import { findingFor, type Rule } from '../../../diagnose/rule.ts';
import { apiGatewayMessage, cloudFrontNote, isSihServed, sihError } from '../signals.ts';
import { requestNotes } from './request-notes.ts';

export const awsSihDelivery: Rule = {
  name: 'aws-sih-delivery',
  emits: ['aws-sih/served', 'aws-sih/fallback-image', 'aws-sih/error-status', 'aws-sih/empty-response'],
  run({ exchange }) {
    if (exchange.status === null || !isSihServed(exchange)) return [];
    if (sihError(exchange) || apiGatewayMessage(exchange.body) !== null) return [];
    const type = (headerValue(exchange.headers, 'content-type') ?? '').toLowerCase();
    const statusLine = `${exchange.httpVersion ?? 'HTTP'} ${exchange.status}`;
    const notes = (producedError: boolean) => {
      const layers = cloudFrontNote(exchange, producedError);
      return [...requestNotes(exchange), ...(layers ? [layers] : [])];
    };
    if (exchange.status >= 400) {
      if (type.startsWith('image/')) return [findingFor('aws-sih/fallback-image', `${statusLine} with content-type: ${type}`, { notes: notes(true) })];
      if (exchange.body === null || exchange.body.trim() === '') {
        return [findingFor('aws-sih/error-status', `${statusLine}, no body in the paste`, { notes: notes(true) })];
      }
      return [];
    }
    if (exchange.status === 200 && type.startsWith('application/json') && exchange.body?.trim() === '{}') {
      return [findingFor('aws-sih/empty-response', `${statusLine} with body {}`, { notes: notes(true) })];
    }
    if (exchange.status >= 200 && exchange.status < 300 && type.startsWith('image/')) {
      return [findingFor('aws-sih/served', `${statusLine} with content-type: ${type}`, { notes: notes(false) })];
    }
    return [];
  },
};
