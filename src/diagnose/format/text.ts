/**
 * The CLI's readable output: the diagnosis as plain text, coloured only when asked to. A long
 * input (a HAR of a whole page) reads from the top: the summary, then the responses with errors,
 * then those with warnings, each in full, then every other response folded to one line, and the
 * summary again at the end where a terminal leaves the eye.
 */
import type { Severity } from '../../catalog/types.ts';
import type { Diagnosis, Finding, ResponseDiagnosis } from '../types.ts';
import { formatWord, needsRemedy, providerWord, readingNotes, responseHeading, severityMark, severityWord, sourceNote, summaryLine } from './labels.ts';

/** `errors`: only error findings; `warnings`: errors and warnings. */
export type OnlyLevel = 'errors' | 'warnings';

export interface TextOptions {
  /** ANSI colours, for a terminal that has not asked for NO_COLOR. */
  color: boolean;
  /** Prefix for docs paths, e.g. https://imgdiag.dev */
  siteUrl: string;
  /** Show only findings this severe or worse; responses left without any are counted, not shown. */
  only?: OnlyLevel | null;
  /** Says what was read in place of the detected format, e.g. "Fetched https://...". */
  source?: string;
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

export type Paint = (style: keyof typeof ansi, text: string) => string;

/** Wraps text in a style's colour, or leaves it as it is when colour is off. */
export function painter(color: boolean): Paint {
  return (style, text) => (color ? `${ansi[style]}${text}${RESET}` : text);
}

export const severityRank: Record<Severity, number> = { ok: 0, info: 1, warning: 2, error: 3 };
const ONLY_RANK: Record<OnlyLevel, number> = { warnings: severityRank.warning, errors: severityRank.error };

/** The most severe of the findings, or null when there are none. */
export function worstFinding(findings: readonly Finding[]): Finding | null {
  let worst: Finding | null = null;
  for (const finding of findings) if (worst === null || severityRank[finding.severity] > severityRank[worst.severity]) worst = finding;
  return worst;
}

export function formatText(diagnosis: Diagnosis, options: TextOptions): string {
  const paint = painter(options.color);
  const source = options.source ?? `Read as ${formatWord[diagnosis.input.format]}; format id ${diagnosis.input.format}`;
  const lines = [paint('bold', `imgdiag: ${summaryLine(diagnosis)}`), paint('dim', source)];
  lines.push(...readingNotes(diagnosis.input).map((note) => paint('dim', `  ${note}`)));
  const total = diagnosis.responses.length;
  const floor = options.only ? ONLY_RANK[options.only] : 0;
  const shown = (response: ResponseDiagnosis) => response.findings.filter((finding) => severityRank[finding.severity] >= floor);
  const rank = (response: ResponseDiagnosis) => severityRank[worstFinding(response.findings)?.severity ?? 'ok'];

  if (total === 1) {
    const response = diagnosis.responses[0] as ResponseDiagnosis;
    lines.push(...responseLines(response, shown(response), total, options, paint));
    if (options.only && shown(response).length === 0) lines.push(`  Nothing at the level of --only ${options.only}.`);
    return `${lines.join('\n')}\n`;
  }

  // Errors, then warnings, in full; input order within each. The response headings keep the index.
  const detailed = diagnosis.responses.filter((response) => rank(response) >= severityRank.warning && shown(response).length > 0);
  detailed.sort((a, b) => rank(b) - rank(a) || a.index - b.index);
  for (const response of detailed) lines.push(...responseLines(response, shown(response), total, options, paint));
  const rest = diagnosis.responses.filter((response) => !detailed.includes(response));
  if (options.only) {
    if (rest.length > 0) lines.push('', paint('dim', `${rest.length} of ${total} responses have nothing at the level of --only ${options.only}.`));
  } else if (rest.length > 0) {
    lines.push('', paint('bold', detailed.length > 0 ? 'Other responses:' : 'Responses:'));
    for (const response of rest) lines.push(foldedLine(response, total, paint));
  }
  lines.push('', paint('bold', `imgdiag: ${summaryLine(diagnosis)}`));
  return `${lines.join('\n')}\n`;
}

function responseLines(response: ResponseDiagnosis, findings: readonly Finding[], total: number, options: TextOptions, paint: Paint): string[] {
  const lines = ['', paint('bold', responseHeading(response.index, total, response.statusLine, response.url))];
  if (response.provider) lines.push(`  Served by ${providerWord[response.provider]}`);
  if (response.findings.length === 0) lines.push('  No findings: nothing in these headers points to an image-delivery problem.');
  for (const finding of findings) lines.push(...findingLines(finding, options, paint));
  if (response.reproduce) lines.push('', paint('dim', `  Reproduce: ${response.reproduce}`));
  return lines;
}

/** `✔ Response 3 of 40: HTTP/2 200, https://...  OK: Resized (cloudflare/resized)` */
function foldedLine(response: ResponseDiagnosis, total: number, paint: Paint): string {
  const worst = worstFinding(response.findings);
  const heading = responseHeading(response.index, total, response.statusLine, response.url);
  if (worst === null) return `  ${paint('dim', '·')} ${heading}  no findings`;
  const ids = response.findings.map((finding) => finding.id).join(', ');
  return `  ${paint(worst.severity, severityMark[worst.severity])} ${heading}  ${severityWord[worst.severity]}: ${worst.title} (${ids})`;
}

function findingLines(finding: Finding, options: TextOptions, paint: Paint): string[] {
  const lines = [
    '',
    `  ${paint(finding.severity, `${severityMark[finding.severity]} ${severityWord[finding.severity]}`)}  ${paint('bold', finding.title)}  (${finding.id})`,
    `    Evidence: ${finding.evidence}`,
  ];
  const source = sourceNote(finding.source);
  if (source) lines.push(`    (${source})`);
  if (finding.variant && finding.variant.message !== '') lines.push(`    Variant: ${finding.variant.status ?? 'no status'} "${finding.variant.message}"`);
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
