/**
 * The engine: any paste in, the diagnosis contract out. Pure: no DOM, Node or Astro, so the build,
 * the browser widget and the CLI all run exactly this code.
 */
import { readCloudinaryUrl } from './cloudinary-url.ts';
import { readInput } from './read/index.ts';
import type { Exchange, ReadResult } from './read/types.ts';
import { rules } from './rules/index.ts';
import { isCloudflareServed, isCloudinaryServed } from './rules/signals.ts';
import type { DiagnoseOutcome, Diagnosis, Finding, FindingProvider, ResponseDiagnosis } from './types.ts';

export type * from './types.ts';

/** A browser-like Accept header: resizers pick the output format from it (format=auto, f_auto). */
export const BROWSER_ACCEPT = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';

export function diagnose(text: string): DiagnoseOutcome {
  const read = readInput(text);
  return read.ok ? { ok: true, diagnosis: diagnoseRead(read.result) } : read;
}

export function diagnoseRead(read: ReadResult): Diagnosis {
  const responses = read.exchanges.map((exchange) => diagnoseExchange(exchange, read));
  const all = responses.flatMap((response) => response.findings);
  return {
    version: 1,
    responses,
    summary: {
      errors: all.filter((finding) => finding.severity === 'error').length,
      warnings: all.filter((finding) => finding.severity === 'warning').length,
    },
    input: { format: read.format, command: read.command },
  };
}

function diagnoseExchange(exchange: Exchange, read: ReadResult): ResponseDiagnosis {
  const findings: Finding[] = [];
  for (const rule of rules) findings.push(...rule.run({ exchange, read, earlier: findings }));
  return {
    index: exchange.index,
    status: exchange.status,
    url: exchange.url,
    provider: providerOf(exchange, findings),
    findings,
    method: exchange.method,
    statusLine: exchange.status === null ? null : [exchange.httpVersion ?? 'HTTP', exchange.status, exchange.reason].filter(Boolean).join(' '),
    headers: exchange.headers,
    requestHeaders: exchange.requestHeaders,
    reproduce: exchange.url ? reproduceCommand(exchange.url) : null,
    cloudinaryUrl: exchange.url ? (readCloudinaryUrl(exchange.url)?.parts ?? null) : null,
  };
}

function providerOf(exchange: Exchange, findings: readonly Finding[]): FindingProvider {
  const named = findings.find((finding) => finding.provider !== null)?.provider;
  if (named) return named;
  if (isCloudflareServed(exchange)) return 'cloudflare';
  if (isCloudinaryServed(exchange)) return 'cloudinary';
  return null;
}

/** A command that repeats the request and prints only the response headers. */
export function reproduceCommand(url: string): string {
  return `curl -sS -D - -o /dev/null -H ${shellQuote(`Accept: ${BROWSER_ACCEPT}`)} ${shellQuote(url)}`;
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
