/** Words and marks every face uses for severities and summaries, so they all read the same. */
import { PROVIDER_NAMES } from '../../providers/ids.ts';
import type { Severity } from '../../catalog/types.ts';
import type { EvidenceSource, InputFormat } from '../read/types.ts';
import type { Diagnosis, FindingProvider } from '../types.ts';

export const severityWord: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info', ok: 'OK' };

/** Whether a face lists causes and fixes: an OK or informational finding has nothing to fix. */
export function needsRemedy(severity: Severity): boolean {
  return severity === 'error' || severity === 'warning';
}

/** Text marks beside the word, never instead of it: colour and icons are not enough alone. */
export const severityMark: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ', ok: '✔' };

export const providerWord: Record<Exclude<FindingProvider, null>, string> = PROVIDER_NAMES;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "1 error, 2 warnings in 3 responses" */
export function summaryLine(diagnosis: Diagnosis): string {
  const { errors, warnings } = diagnosis.summary;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(diagnosis.responses.length, 'response')}`;
}

/** "Response 2 of 3: HTTP/2 404, https://..." */
export function responseHeading(index: number, total: number, statusLine: string | null, url: string | null): string {
  const label = total > 1 ? `Response ${index + 1} of ${total}` : 'Response';
  return [label, [statusLine ?? 'status not shown', url].filter(Boolean).join(', ')].join(': ');
}

/** How each detected input format is named to the reader. */
export const formatWord: Record<InputFormat, string> = {
  'header-block': 'a block of header lines',
  'http-message': 'a status line and headers (curl -i or -I)',
  'curl-verbose': 'curl -v output',
  har: 'a HAR file',
  'json-headers': 'a JSON object of headers',
  'devtools-two-line': 'a browser devtools copy (name and value on separate lines)',
  'devtools-legacy': 'a browser devtools copy (Name:value lines)',
  text: 'prose, log lines or a body (evidence read wherever it stood)',
};

/** What the reader read outside header lines, then what it set aside: one sentence each. */
export function readingNotes(input: Diagnosis['input']): string[] {
  return [...input.read, ...input.setAside];
}

/** Where a finding's evidence stood, in words; nothing for a header line, where evidence usually is. */
export function sourceNote(source: EvidenceSource | undefined): string | null {
  if (source === 'body') return 'read from the response body';
  if (source === 'text') return 'read from the text around the headers, not from a header line';
  return null;
}
