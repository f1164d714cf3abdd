/**
 * A support-ticket block: the diagnosis, the headers as read and the request ids support teams
 * ask for, with cookies, credentials and URL signatures redacted.
 */
import { redactHeaderValue, redactUrlSecrets } from '../redact.ts';
import type { Diagnosis, ResponseDiagnosis } from '../types.ts';
import { formatWord, needsRemedy, providerWord, responseHeading, severityMark, severityWord, summaryLine } from './labels.ts';

/** Headers that identify a request to the service's support team. */
const REQUEST_ID_HEADERS = ['cf-ray', 'x-request-id', 'x-amz-request-id', 'x-amz-cf-id', 'x-cache', 'cf-cache-status', 'date'];

/** `source`: what was read, said in place of the detected format (the CLI's "Fetched URL"). */
export function formatMarkdown(diagnosis: Diagnosis, siteUrl: string, source?: string): string {
  const read = source === undefined ? `Input read as ${formatWord[diagnosis.input.format]}; format id \`${diagnosis.input.format}\`.` : `${redactUrlSecrets(source)}.`;
  const lines = [`### imgdiag diagnosis: ${summaryLine(diagnosis)}`, '', read];
  for (const response of diagnosis.responses) lines.push('', ...responseBlock(response, diagnosis.responses.length, siteUrl));
  return `${lines.join('\n')}\n`;
}

function responseBlock(response: ResponseDiagnosis, total: number, siteUrl: string): string[] {
  const heading = responseHeading(response.index, total, response.statusLine, response.url ? redactUrlSecrets(response.url) : null);
  const lines = [`#### ${heading}`];
  if (response.provider) lines.push('', `Served by ${providerWord[response.provider]}.`);
  lines.push('');
  if (response.findings.length === 0) lines.push('- No findings.');
  for (const finding of response.findings) {
    lines.push(
      `- ${severityMark[finding.severity]} **${severityWord[finding.severity]}: ${finding.title}** ([${finding.id}](${siteUrl}${finding.docs}))`,
      `  - Evidence: \`${redactUrlSecrets(finding.evidence).replaceAll('`', "'")}\``,
    );
    if (needsRemedy(finding.severity)) {
      const firstFix = finding.fixes[0];
      if (firstFix) lines.push(`  - First fix to try: ${firstFix}`);
    }
  }
  const ids = response.headers.filter((field) => REQUEST_ID_HEADERS.includes(field.name.toLowerCase()));
  if (ids.length > 0) lines.push('', `Request ids: ${ids.map((field) => `\`${field.name}: ${field.value}\``).join(', ')}`);
  if (response.headers.length > 0) {
    lines.push('', '<details><summary>Headers as read</summary>', '', '```http');
    if (response.statusLine) lines.push(response.statusLine);
    for (const field of response.headers) lines.push(`${field.name}: ${redactHeaderValue(field.name, field.value)}`);
    lines.push('```', '', '</details>');
  }
  return lines;
}
