/**
 * What a rule is: a small module that looks at one exchange (and, where it must, the whole paste)
 * and returns findings built from the catalog's text.
 */
import { docsPath, entryFor } from '../catalog/index.ts';
import type { Severity, StatusVariant } from '../catalog/types.ts';
import type { Exchange, ReadResult } from './read/types.ts';
import type { Finding, FindingProvider, ServedBy } from './types.ts';

export interface RuleContext {
  exchange: Exchange;
  read: ReadResult;
  /** Every registered service whose signals show in this response, in registry order. */
  servedBy: readonly ServedBy[];
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
 * The variant that fits the response best: same status and its message in the body, then same
 * status; without a status, the first variant. Null when none fits: a variant with another
 * status would mislead.
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
  return named ?? sameStatus[0] ?? (status === null ? (variants[0] ?? null) : null);
}

/** `name: value` as evidence, the header name as the input wrote it. */
export function evidenceOf(field: { name: string; value: string }): string {
  return `${field.name}: ${field.value}`;
}
