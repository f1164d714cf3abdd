/** The CLI's readable output: the diagnosis as plain text, coloured only when asked to. */
import type { Severity } from '../../catalog/types.ts';
import type { Diagnosis, Finding } from '../types.ts';
import { formatWord, needsRemedy, providerWord, readingNotes, responseHeading, severityMark, severityWord, sourceNote, summaryLine } from './labels.ts';

export interface TextOptions {
  /** ANSI colours, for a terminal that has not asked for NO_COLOR. */
  color: boolean;
  /** Prefix for docs paths, e.g. https://imgdiag.dev */
  siteUrl: string;
}

const ansi: Record<Severity | 'dim' | 'bold', string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  ok: '\u001b[32m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
};
const RESET = '\u001b[0m';

export function formatText(diagnosis: Diagnosis, options: TextOptions): string {
  const paint = (style: keyof typeof ansi, text: string) => (options.color ? `${ansi[style]}${text}${RESET}` : text);
  const lines = [paint('bold', `imgdiag: ${summaryLine(diagnosis)}`), paint('dim', `Read as ${formatWord[diagnosis.input.format]}; format id ${diagnosis.input.format}`)];
  lines.push(...readingNotes(diagnosis.input).map((note) => paint('dim', `  ${note}`)));
  for (const response of diagnosis.responses) {
    lines.push('', paint('bold', responseHeading(response.index, diagnosis.responses.length, response.statusLine, response.url)));
    if (response.provider) lines.push(`  Served by ${providerWord[response.provider]}`);
    if (response.findings.length === 0) lines.push('  No findings: nothing in these headers points to an image-delivery problem.');
    for (const finding of response.findings) lines.push(...findingLines(finding, options, paint));
    if (response.reproduce) lines.push('', paint('dim', `  Reproduce: ${response.reproduce}`));
  }
  return `${lines.join('\n')}\n`;
}

function findingLines(
  finding: Finding,
  options: TextOptions,
  paint: (style: keyof typeof ansi, text: string) => string,
): string[] {
  const lines = [
    '',
    `  ${paint(finding.severity, `${severityMark[finding.severity]} ${severityWord[finding.severity]}`)}  ${paint('bold', finding.title)}  (${finding.id})`,
    `    Evidence: ${finding.evidence}`,
  ];
  const source = sourceNote(finding.source);
  if (source) lines.push(`    (${source})`);
  if (finding.variant) lines.push(`    Variant: ${finding.variant.status ?? 'no status'} "${finding.variant.message}"`);
  for (const note of finding.notes) lines.push(`    Note: ${note}`);
  if (needsRemedy(finding.severity)) {
    lines.push('    Likely causes:', ...numbered(finding.causes), '    Fixes:', ...numbered(finding.fixes));
  }
  lines.push(`    More: ${options.siteUrl}${finding.docs}`);
  return lines;
}

function numbered(items: readonly string[]): string[] {
  return items.map((item, index) => `      ${index + 1}. ${item}`);
}
