/**
 * The engine: any paste in, the diagnosis contract out. Pure: no DOM, Node or Astro, so the build,
 * the browser widget and the CLI all run exactly this code.
 */
import type { ServiceId } from '../providers/ids.ts';
import type { ProviderEngine } from '../providers/types.ts';
import type { Severity } from '../catalog/types.ts';
import { emptyExchange, readInput } from './read/index.ts';
import { isTextOnly } from './read/body.ts';
import type { Exchange, ReadResult, Seen } from './read/types.ts';
import { providerEngines } from '../providers/engines.ts';
import { enginesFor } from './gate.ts';
import { evidenceOf, rankCauses, statusEvidence } from './rule.ts';
import type { DiagnoseOutcome, Diagnosis, Finding, ImageUrlReading, ResponseDiagnosis, ServedBy } from './types.ts';

export type * from './types.ts';

/** A browser-like Accept header: resizers pick the output format from it (format=auto, f_auto). */
export const BROWSER_ACCEPT = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';

export function diagnose(text: string): DiagnoseOutcome {
  const read = readInput(text, isKnownServiceUrl);
  if (read.ok) return { ok: true, diagnosis: diagnoseRead(read.result) };
  return (read.error.code === 'no-headers' && diagnoseMessage(text)) || read;
}

/** A URL some registered service's hints recognise (`ik.imagekit.io`, `*.imgix.net`, `/_next/image`). */
function isKnownServiceUrl(url: string): boolean {
  return providerEngines.some((engine) => engine.id !== 'http' && engine.hints.test(url));
}

/**
 * A paste with no status, header or service URL may still quote a service's own message (`"url"
 * parameter is not allowed` in a code comment). Read as the body of a response whose status is
 * unknown, it is a diagnosis when a service's rule names an error or a warning in it; otherwise
 * the paste holds nothing to go on and the reader's message stands.
 */
function diagnoseMessage(text: string): DiagnoseOutcome | null {
  const exchange: Exchange = { ...emptyExchange(), body: text };
  const report = { used: ['the paste read as a response body: it shows no status, header or service URL'], setAside: [] };
  const diagnosis = diagnoseRead({ format: 'text', command: null, exchanges: [exchange], report });
  const named = diagnosis.responses[0]?.findings.some(
    (finding) => finding.provider !== null && (finding.severity === 'error' || finding.severity === 'warning'),
  );
  return named ? { ok: true, diagnosis } : null;
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
    input: { format: read.format, command: read.command, read: read.report?.used ?? [], setAside: read.report?.setAside ?? [] },
  };
}

function diagnoseExchange(exchange: Exchange, read: ReadResult): ResponseDiagnosis {
  const engines = enginesFor(exchange);
  const servedBy = servedByOf(exchange, engines);
  const imageUrl = exchange.url ? imageUrlOf(exchange.url, engines) : null;
  const findings: Finding[] = [];
  // The rules in registry order: services first, the plain-HTTP fallbacks last.
  for (const engine of engines) {
    for (const rule of engine.rules) findings.push(...rule.run({ exchange, read, servedBy, imageUrl, earlier: findings }));
  }
  markSources(exchange, findings);
  for (const finding of findings) rankCauses(finding);
  return {
    index: exchange.index,
    status: exchange.status,
    url: exchange.url,
    provider: providerOf(findings) ?? servedBy[0]?.provider ?? null,
    findings,
    servedBy,
    method: exchange.method,
    statusLine: exchange.status === null ? null : statusEvidence(exchange),
    headers: exchange.headers,
    requestHeaders: exchange.requestHeaders,
    reproduce: exchange.url ? reproduceCommand(exchange.url) : null,
    imageUrl,
  };
}

/** Which finding names the response's provider first: what went wrong, then what did the work. */
const PROVIDER_PRECEDENCE: readonly Severity[] = ['error', 'warning', 'ok', 'info'];

/**
 * The service that answered: the one whose finding weighs most, so that a CDN's note that it did not
 * resize (Cloudflare's info) does not hide the image service behind it that failed or did the work.
 */
function providerOf(findings: readonly Finding[]): ServiceId | null {
  const named = findings.filter((finding) => finding.provider !== null);
  for (const severity of PROVIDER_PRECEDENCE) {
    const finding = named.find((candidate) => candidate.severity === severity);
    if (finding?.provider) return finding.provider;
  }
  return null;
}

/**
 * Says where each finding's evidence stood. A finding built from a field or status the lenient
 * pass read shows the words as pasted (`ERROR 9422: ...`, `status of 429`) rather than the
 * header form the rule wrote, and is marked as read from the body or the text.
 */
function markSources(exchange: Exchange, findings: Finding[]): void {
  const seen = new Map<string, Seen>();
  for (const field of exchange.headers) if (field.seen) seen.set(evidenceOf(field), field.seen);
  if (exchange.statusSeen) seen.set(statusEvidence(exchange), exchange.statusSeen);
  if (exchange.browserBlock) seen.set(exchange.browserBlock.line, { source: 'text', text: exchange.browserBlock.line });
  for (const finding of findings) {
    const from = seen.get(finding.evidence);
    if (from !== undefined) {
      finding.evidence = from.text;
      finding.source = from.source;
    } else {
      // A rule may quote a body in its own spacing (`"code": "NoSuchKey"`); with no header to read, the body is where it stood.
      const inBody = exchange.body !== null && (exchange.body.includes(finding.evidence) || exchange.headers.length === 0);
      // A paste with no response in it stands where the body would; its words are text, not a server's body.
      finding.source = inBody ? (isTextOnly(exchange) ? 'text' : 'body') : 'header';
    }
  }
}

/** Every service whose signals show in the response, in registry order, with what shows it. */
function servedByOf(exchange: Exchange, engines: readonly ProviderEngine[]): ServedBy[] {
  return engines.flatMap((engine) => {
    const evidence = engine.signals(exchange);
    return engine.id !== 'http' && evidence.length > 0 ? [{ provider: engine.id as ServiceId, evidence }] : [];
  });
}

function imageUrlOf(url: string, engines: readonly ProviderEngine[]): ImageUrlReading | null {
  for (const engine of engines) {
    const parts = readUrlSafely(engine, url);
    if (parts && engine.id !== 'http') return { provider: engine.id as ServiceId, parts };
  }
  return null;
}

/** A URL a service's parser throws on (`https://:/cdn-cgi/image/...` from a garbled Host) is not its URL. */
function readUrlSafely(engine: ProviderEngine, url: string): Record<string, unknown> | null {
  try {
    return engine.readUrl?.(url) ?? null;
  } catch {
    return null;
  }
}

/** A command that repeats the request and prints only the response headers. */
export function reproduceCommand(url: string): string {
  return `curl -sS -D - -o /dev/null -H ${shellQuote(`Accept: ${BROWSER_ACCEPT}`)} ${shellQuote(url)}`;
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
