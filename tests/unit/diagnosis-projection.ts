/**
 * The part of a diagnosis a fixture's expectation pins down: per response its status, URL and
 * provider, and per finding its id, severity and evidence. Titles, causes and fixes come from the
 * catalog and are tested there.
 */
import type { Diagnosis } from '../../src/diagnose/types.ts';

export function project(diagnosis: Diagnosis) {
  return {
    format: diagnosis.input.format,
    summary: diagnosis.summary,
    responses: diagnosis.responses.map((response) => ({
      status: response.status,
      url: response.url,
      provider: response.provider,
      findings: response.findings.map((finding) => ({
        id: finding.id,
        severity: finding.severity,
        evidence: finding.evidence,
        ...(finding.variant ? { variantStatus: finding.variant.status } : {}),
      })),
    })),
  };
}
