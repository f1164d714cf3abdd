/**
 * An image Akamai delivered: a derivative IVM made (`akamai/optimized`), the pristine image IVM
 * handed back unchanged (`akamai/pristine-served`: IVM answers a failed transformation with the
 * original and a 200, facts 4.1), or an IVM-style URL (`imwidth=`, `impolicy=`) answered with
 * no sign of IVM at all (`akamai/not-transformed`).
 */
import { headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { findingFor, type Rule } from '../../../diagnose/rule.ts';
import { pathOf } from '../../../diagnose/signals.ts';
import { akamaiEdgeSignals, ivmParameters, ivmSignals } from '../signals.ts';
import { readPiez } from './piez.ts';

// Akamai's Piez page: a low max-age (such as 900 s) marks a real-time derivative.
const REAL_TIME_MAX_AGE = 900;
const FAILED_TRANSFORMATION =
  'IVM sends no error for a failed transformation: it serves the pristine image with 200, and the reason shows only in the Unprocessable Images report of the Akamai control center.';

export const akamaiImage: Rule = {
  name: 'akamai-image',
  emits: ['akamai/optimized', 'akamai/pristine-served', 'akamai/not-transformed'],
  run({ exchange }) {
    if (exchange.status === null || exchange.status < 200 || exchange.status >= 300) return [];
    const type = (headerValue(exchange.headers, 'content-type') ?? '').toLowerCase();
    if (type !== '' && !type.startsWith('image/')) return [];
    const ivm = ivmSignals(exchange);
    if (ivm.length > 0) {
      const piez = readPiez(exchange);
      if (piez.pristine) {
        return [findingFor('akamai/pristine-served', ivm[0] ?? '', { notes: [...piez.notes, 'The delivered image is the original: same format and no smaller.', FAILED_TRANSFORMATION] })];
      }
      return [findingFor('akamai/optimized', ivm[0] ?? '', { notes: [...piez.notes, ...derivativeNotes(exchange, type)] })];
    }
    const { imwidth, impolicy } = ivmParameters(exchange.url);
    const edge = akamaiEdgeSignals(exchange);
    if (edge.length === 0 || (imwidth === null && impolicy === null)) return [];
    const asked = [imwidth !== null ? `imwidth=${imwidth}` : null, impolicy !== null ? `impolicy=${impolicy}` : null].filter(Boolean).join(' and ');
    const server = headerValue(exchange.headers, 'server');
    const notes = [
      `The URL asks IVM for ${asked}, yet the response carries no IVM header (no x-im-*, no "Akamai Image Manager" server).`,
      server ? `server: ${server}: the image came from ${/^AkamaiNetStorage/i.test(server) ? 'NetStorage, Akamai’s storage, as the origin sent it' : 'the origin, as it sent it'}.` : null,
      'Ask again with the request header x-im-piez: on; if x-im-* headers still do not appear, IVM is not applied to this URL.',
      FAILED_TRANSFORMATION,
    ].filter((note): note is string => note !== null);
    const intended = impolicy?.toLowerCase() === 'original';
    if (intended) notes.unshift('impolicy=original: on some sites this policy is set up to return the untransformed master on purpose.');
    return [findingFor('akamai/not-transformed', `${asked} on a response from Akamai (${edge[0]})`, { severity: intended ? 'info' : undefined, notes })];
  },
};

function derivativeNotes(exchange: Exchange, type: string): string[] {
  const notes: string[] = [];
  const server = headerValue(exchange.headers, 'server');
  if (server && /^Akamai Image (?:Manager|Server)/i.test(server)) {
    notes.push(`server: ${server}: IVM delivered this derivative. Public tools read "Akamai Image Manager" as an offline-optimized derivative and "Akamai Image Server" as one made in real time; Akamai does not document the two names.`);
  }
  const derivative = /IM_FILE_NAME=([^&\s]+)/.exec(headerValue(exchange.headers, 'x-cache-key') ?? '')?.[1];
  if (derivative) notes.push(`The cache key names the derivative IM_FILE_NAME=${derivative}: Akamai caches each derivative under its own key, its name starting with the policy.`);
  const cache = /^\s*(TCP_[A-Z_]+)/.exec(headerValue(exchange.headers, 'x-cache') ?? '')?.[1];
  if (cache) notes.push(`x-cache: ${cache}: ${/HIT/.test(cache) ? 'the edge served it from its cache' : 'the edge fetched it anew'}.`);
  const cacheControl = headerValue(exchange.headers, 'cache-control') ?? '';
  const maxAge = Number(/\bmax-age=(\d+)/i.exec(cacheControl)?.[1] ?? NaN);
  if (maxAge <= REAL_TIME_MAX_AGE) {
    notes.push(`cache-control max-age=${maxAge}: a short lifetime, as Akamai gives a real-time derivative while it prepares the offline-optimized one.`);
  }
  const extension = /\.(png|jpe?g|gif|webp|avif)$/i.exec(exchange.url ? pathOf(exchange.url) : '')?.[1]?.toLowerCase();
  const delivered = /^image\/([a-z]+)/.exec(type)?.[1];
  if (extension && delivered && extension.replace('jpg', 'jpeg') !== delivered) {
    notes.push(`The URL ends in .${extension} but the image is ${type}: IVM picks the format per browser behind an unchanged URL${/\bprivate\b/i.test(cacheControl) ? ', and marks such responses private so shared caches do not keep one browser’s format' : ''}.`);
  }
  return notes;
}
