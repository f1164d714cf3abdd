/**
 * What shows that AWS Serverless Image Handler answered: its JSON error body, its URL forms (a
 * base64 JSON path, a Thumbor-style path), an API Gateway host. CloudFront's own headers
 * (`x-amz-cf-id`, `via: ... (CloudFront)`) show only the CDN in front, so they are read apart.
 */
import { jsonObjectOf, jsonObjectsIn } from '../../diagnose/read/body.ts';
import type { Exchange } from '../../diagnose/read/types.ts';
import { headerFields, headerValue } from '../../diagnose/read/headers.ts';
import { headerSignals, hostOf, perExchange } from '../../diagnose/signals.ts';
import { readSihUrl } from './url.ts';

/** `{"status":..., "code":"...", "message":"..."}`: the handler's error body, any key order. */
export interface SihErrorBody {
  status: number | null;
  code: string;
  message: string;
  /** The status written as a string (`"413"`), as v5.1 did. */
  statusAsText: boolean;
}

export function sihError(exchange: Exchange): SihErrorBody | null {
  const printed = jsonObjectsIn(exchange).map(({ value }) => value);
  const value = printed.find((object) => typeof object.code === 'string' && typeof object.message === 'string' && 'status' in object);
  if (value) {
    const status = Number(value.status);
    return { status: Number.isInteger(status) ? status : exchange.status, code: String(value.code), message: String(value.message), statusAsText: typeof value.status === 'string' };
  }
  if (printed.length > 0) return null;
  // The body as a console prints an object (`{ status: 500, code: 'NoSuchKey', ... }`) reads as "headers": status, code and message.
  const [code, message] = [headerValue(exchange.headers, 'code'), headerValue(exchange.headers, 'message')];
  const onlyThose = exchange.headers.every((field) => /^(?:code|message)$/i.test(field.name));
  return code && message && onlyThose && exchange.body === null ? { status: exchange.status, code, message, statusAsText: false } : null;
}

/** API Gateway's own error body, `{"message": "..."}` and nothing else. */
export function apiGatewayMessage(body: string | null): string | null {
  const value = jsonObjectOf(body);
  return value && Object.keys(value).length === 1 && typeof value.message === 'string' ? value.message : null;
}

export const awsSihSignals = perExchange((exchange: Exchange): string[] => {
  const signals: string[] = [];
  const error = sihError(exchange);
  if (error) signals.push(`error body with "code": "${error.code}"`);
  const reading = exchange.url ? readSihUrl(exchange.url) : null;
  if (reading?.form === 'base64-json') signals.push('URL path is a base64-encoded JSON image request');
  else if (reading?.form === 'thumbor' && (error || isCloudFront(exchange))) signals.push('URL path in the Thumbor style the handler accepts');
  const host = hostOf(exchange.url);
  if (host?.includes('.execute-api.')) signals.push(`URL on ${host} (API Gateway)`);
  return signals;
});

export function isSihServed(exchange: Exchange): boolean {
  return awsSihSignals(exchange).length > 0;
}

/** CloudFront's headers, as evidence lines; empty when CloudFront did not deliver it. */
export const cloudFrontSignals = perExchange((exchange: Exchange): string[] => {
  return headerSignals(exchange, [{ name: 'x-amz-cf-id' }, { name: 'via', value: /\(CloudFront\)/i }, { name: 'x-cache', value: /cloudfront/i }]);
});

function isCloudFront(exchange: Exchange): boolean {
  return cloudFrontSignals(exchange).length > 0;
}

/** A note naming both layers, for findings on a response CloudFront delivered. */
export function cloudFrontNote(exchange: Exchange, producedByHandler: boolean): string | null {
  if (!isCloudFront(exchange)) return null;
  const cache = headerValue(exchange.headers, 'x-cache');
  const apiGateway = headerFields(exchange.headers, 'x-amz-apigw-id', 'x-amzn-requestid').length > 0;
  const path = apiGateway ? 'CloudFront → API Gateway → the handler’s Lambda' : 'CloudFront → the handler';
  const where = producedByHandler
    ? 'The error was produced by the image handler behind CloudFront, not by CloudFront itself.'
    : 'CloudFront delivered it.';
  const cacheNote = cache ? ` x-cache: ${cache}${/^error from/i.test(cache) ? ' means CloudFront passed on an error response from its origin' : /^hit/i.test(cache) ? ' means CloudFront served it from its cache, without asking the handler' : ''}.` : '';
  return `Two layers show: ${path}. ${where}${cacheNote}`;
}
