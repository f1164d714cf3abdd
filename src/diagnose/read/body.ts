/**
 * Reading a response body, for services that report errors in it (Netlify Image CDN's
 * `{"code":400,"msg":"..."}`, IPX's `{"error":{"message":"..."}}`, the AWS handler's
 * `{"status":500,"code":"NoSuchKey",...}`, Astro's bare `Forbidden`).
 * Pure: shared by rules.
 */
import type { Exchange } from './types.ts';

/** How much of a body a finding quotes as its evidence. */
const EVIDENCE_LENGTH = 240;

/**
 * Whether the exchange is text rather than a response (an issue comment, a log, a code comment):
 * nothing in it stood on a status or header line, so its body is the paste itself, and a service's
 * message may stand anywhere in it rather than only at the top.
 */
export function isTextOnly(exchange: Pick<Exchange, 'status' | 'statusSeen' | 'headers'>): boolean {
  return (exchange.status === null || exchange.statusSeen !== undefined) && exchange.headers.every((field) => field.seen !== undefined);
}

/** The body as a JSON object, or null when it is absent, not JSON, or not an object. */
export function jsonObjectOf(body: string | null): Record<string, unknown> | null {
  const text = body?.trim() ?? '';
  if (!text.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** How many lines of a text are tried as printed JSON, so that a long log costs a bounded parse. */
const MAX_PRINTED = 32;

/**
 * The JSON objects a body holds: the body itself when it is one; in text (an issue, a log), each
 * object printed on a line of its own or after words on it (`` `{"status":500,...}` ``,
 * `return {"status":404,...}`), as a service's error body is quoted.
 */
export function jsonObjectsIn(exchange: Pick<Exchange, 'status' | 'statusSeen' | 'headers' | 'body'>): { value: Record<string, unknown>; text: string }[] {
  const whole = jsonObjectOf(exchange.body);
  if (whole) return [{ value: whole, text: exchange.body?.trim() ?? '' }];
  if (!isTextOnly(exchange) || !exchange.body?.includes('{')) return [];
  const found: { value: Record<string, unknown>; text: string }[] = [];
  const lines = exchange.body.split('\n').filter((line) => line.includes('{') && line.includes('}'));
  for (const line of lines.slice(0, MAX_PRINTED)) {
    const text = line.slice(line.indexOf('{'), line.lastIndexOf('}') + 1);
    const value = jsonObjectOf(text);
    if (value) found.push({ value, text });
  }
  return found;
}

/** A body (pretty-printed JSON, several lines) as one evidence line, shortened when long. */
export function bodyEvidence(body: string): string {
  const line = body.trim().replace(/\s*\n\s*/g, ' ');
  return line.length > EVIDENCE_LENGTH ? `${line.slice(0, EVIDENCE_LENGTH - 1)}…` : line;
}
