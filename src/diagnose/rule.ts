/**
 * What a rule is: a small module that looks at one exchange (and, where it must, the whole paste)
 * and returns findings built from the catalog's text.
 */
import { docsPath, entryFor } from '../catalog/index.ts';
import type { Severity, StatusVariant } from '../catalog/types.ts';
import type { Exchange, ReadResult } from './read/types.ts';
import type { Finding, FindingProvider, ImageUrlReading, ServedBy } from './types.ts';

export interface RuleContext {
  exchange: Exchange;
  read: ReadResult;
  /** Every registered service whose signals show in this response, in registry order. */
  servedBy: readonly ServedBy[];
  /** The registered service whose URL reader takes the exchange's URL as its own, or null. */
  imageUrl: ImageUrlReading | null;
  /** Findings that earlier rules produced for this exchange. */
  earlier: readonly Finding[];
}

export interface Rule {
  /** The rule's name, used in test coverage reports. */
  name: string;
  /** Every finding id (or id prefix ending in `/`) the rule can emit; the coverage test checks each. */
  emits: readonly string[];
  run(context: RuleContext): Finding[];
}

export interface FindingOptions {
  /** Overrides the catalog's severity (e.g. not-resized is only info off a resize URL). */
  severity?: Severity;
  variant?: StatusVariant | null;
  notes?: string[];
}

/** A finding for catalog id `id`, with the catalog's title, causes, fixes and page. */
export function findingFor(id: string, evidence: string, options: FindingOptions = {}): Finding {
  const entry = entryFor(id);
  const variant = options.variant ?? null;
  return {
    id: entry.id,
    provider: entry.provider === 'http' ? null : (entry.provider as FindingProvider),
    code: entry.code,
    severity: options.severity ?? entry.severity,
    title: entry.title,
    evidence,
    causes: [...entry.causes],
    fixes: [...entry.fixes],
    docs: docsPath(entry),
    layer: entry.layer,
    variant: variant ? { status: variant.status, message: variant.message } : null,
    notes: options.notes ?? [],
  };
}

/**
 * Says that a line of the paste supports one of the finding's causes (the first whose text
 * `cause` matches): the engine lists that cause first and the note names the line. Without such a
 * line the catalog order stays.
 */
export function supportCause(finding: Finding, cause: RegExp, line: string): Finding {
  return {
    ...finding,
    supportedCause: { pattern: cause.source, line },
    notes: [...finding.notes, `The cause listed first is supported by a line of the paste: \`${line}\`.`],
  };
}

/**
 * Puts the supported cause first. Run wherever causes are filled in (the rule, or the browser once
 * the entry's texts have loaded); it is idempotent.
 */
export function rankCauses(finding: Finding): void {
  const support = finding.supportedCause;
  if (!support) return;
  const pattern = new RegExp(support.pattern, 'i');
  const index = finding.causes.findIndex((cause) => pattern.test(cause));
  if (index > 0) finding.causes.unshift(...finding.causes.splice(index, 1));
}

/**
 * The variant that fits the response best: same status and its message in the body, then same
 * status; without a status, the first variant. Null when none fits: a variant with another
 * status would mislead. A variant whose message the body does not hold keeps only its status.
 */
export function variantFor(
  variants: readonly StatusVariant[],
  status: number | null,
  body: string | null,
): StatusVariant | null {
  const sameStatus = variants.filter((variant) => variant.status === status);
  const bodyText = body?.toLowerCase() ?? '';
  const named = bodyText
    ? sameStatus.find((variant) => variant.message !== '' && bodyText.includes(variant.message.toLowerCase()))
    : undefined;
  const fallback = sameStatus[0] ?? (status === null ? (variants[0] ?? null) : null);
  // A message the response does not show would read as if it did: only the documented status stays.
  return named ?? (fallback && fallback.message !== '' ? { ...fallback, message: '' } : fallback);
}

/** `name: value` as evidence, the header name as the input wrote it. */
export function evidenceOf(field: { name: string; value: string }): string {
  return `${field.name}: ${field.value}`;
}

/**
 * The status as evidence (`HTTP/2 404`, `HTTP 429 Too Many Requests`): every rule names it so, and
 * the engine maps it back to the words as pasted where the status was read from prose.
 */
export function statusEvidence(exchange: Pick<Exchange, 'httpVersion' | 'status' | 'reason'>): string {
  return [exchange.httpVersion ?? 'HTTP', exchange.status, exchange.reason].filter(Boolean).join(' ');
}
