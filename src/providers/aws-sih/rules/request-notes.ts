/** Notes that say what the request URL asked the handler for, read with readSihUrl. */
import type { Exchange } from '../../../diagnose/read/types.ts';
import { readSihUrl } from '../url.ts';

export function requestNotes(exchange: Exchange): string[] {
  const reading = exchange.url ? readSihUrl(exchange.url) : null;
  if (!reading) return [];
  const notes: string[] = [];
  if (reading.form === 'base64-json') {
    if (reading.request) {
      const { bucket, key, edits } = reading.request;
      const parts = [
        bucket === undefined ? 'no bucket (the first of SOURCE_BUCKETS)' : `bucket ${JSON.stringify(bucket)}`,
        `key ${JSON.stringify(key ?? null)}`,
        edits === undefined ? 'no edits' : `edits ${JSON.stringify(edits)}`,
      ];
      notes.push(`The URL path decodes to the request: ${parts.join(', ')}.`);
    } else if (reading.decodeProblem) {
      notes.push(`The URL path looks like a base64 request, but: ${reading.decodeProblem}`);
    }
  } else {
    notes.push(`Thumbor-style path: operations ${reading.operations.join(' ')}, key ${JSON.stringify(reading.key)}.`);
  }
  if (reading.signature) notes.push('The URL carries ?signature=, so the stack checks signatures (ENABLE_SIGNATURE).');
  return notes;
}
