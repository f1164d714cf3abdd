/**
 * Draws the engine's diagnosis into the widget. Everything that comes from the paste (header
 * values, URLs, evidence) enters the page as text nodes: this module never parses markup.
 */
import { splitInlineCode } from '../../catalog/inline-code.ts';
import { providerWord, responseHeading, severityMark, severityWord, summaryLine } from '../../diagnose/format/labels.ts';
import type { InputFormat } from '../../diagnose/read/types.ts';
import type { Diagnosis, Finding, ResponseDiagnosis } from '../../diagnose/types.ts';

type Child = Node | string | null | false;

/** An element with fixed attributes and children; strings become text nodes, never markup. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}

/** Catalog text with its backticked runs as code elements. */
function prose(text: string): Child[] {
  return splitInlineCode(text).map((run) => (run.code ? h('code', {}, run.text) : run.text));
}

/** How each detected format is named to the reader. */
const formatWords: Record<InputFormat, string> = {
  'header-block': 'a block of header lines',
  'http-message': 'a status line and headers (curl -i or -I)',
  'curl-verbose': 'curl -v output',
  har: 'a HAR file',
  'json-headers': 'a JSON object of headers',
  'devtools-two-line': 'a browser devtools copy (name and value on separate lines)',
  'devtools-legacy': 'a browser devtools copy (Name:value lines)',
};

/** The sentence the live region announces after each diagnosis. */
export function announcementFor(diagnosis: Diagnosis): string {
  return `Diagnosis: ${summaryLine(diagnosis)}.`;
}

/** Replaces `output`'s content with one section per response and the "What we read" details. */
export function renderDiagnosis(output: HTMLElement, diagnosis: Diagnosis): void {
  const total = diagnosis.responses.length;
  // Redrawn on every edit: keep "What we read" open for a reader who opened it.
  const readOpen = output.querySelector('details')?.open ?? false;
  output.replaceChildren(
    ...diagnosis.responses.map((response) => responseSection(response, total)),
    whatWeRead(diagnosis, readOpen),
  );
}

function responseSection(response: ResponseDiagnosis, total: number): HTMLElement {
  return h(
    'section',
    { class: 'imgdiag-diagnoser__response' },
    h('h3', {}, responseHeading(response.index, total, response.statusLine, response.url)),
    response.provider ? h('p', {}, `Served by ${providerWord[response.provider]}.`) : null,
    response.findings.length === 0
      ? h('p', {}, 'No findings: nothing in these headers points to an image-delivery problem.')
      : h('ul', { class: 'imgdiag-diagnoser__findings', role: 'list' }, ...response.findings.map(findingItem)),
  );
}

function findingItem(finding: Finding): HTMLElement {
  const variant = finding.variant;
  return h(
    'li',
    { class: 'imgdiag-diagnoser__finding', 'data-imgdiag-severity': finding.severity },
    h(
      'h4',
      {},
      h('span', { class: 'imgdiag-diagnoser__severity' }, h('span', { 'aria-hidden': 'true' }, `${severityMark[finding.severity]} `), severityWord[finding.severity]),
      `: ${finding.title}`,
    ),
    h('p', {}, 'Evidence: ', h('code', {}, finding.evidence)),
    variant
      ? h('p', {}, `Matches the message ${variant.status === null ? 'documented without a status' : `sent with HTTP ${variant.status}`}: `, h('code', {}, variant.message))
      : null,
    ...finding.notes.map((note) => h('p', {}, ...prose(note))),
    list('Likely causes', finding.causes),
    list('What to change', finding.fixes),
    // Engine output, not paste: still, only a site path may become a link.
    finding.docs.startsWith('/') && !finding.docs.startsWith('//')
      ? h('p', {}, h('a', { href: finding.docs }, `More about ${finding.id}`))
      : null,
  );
}

function list(title: string, items: readonly string[]): Child {
  if (items.length === 0) return null;
  return h(
    'div',
    { class: 'imgdiag-diagnoser__list' },
    h('p', { class: 'imgdiag-diagnoser__list-title' }, title),
    h('ol', {}, ...items.map((item) => h('li', {}, ...prose(item)))),
  );
}

function whatWeRead(diagnosis: Diagnosis, open: boolean): HTMLElement {
  const total = diagnosis.responses.length;
  return h(
    'details',
    { class: 'imgdiag-diagnoser__read', ...(open ? { open: '' } : {}) },
    h('summary', {}, 'What we read'),
    h('p', {}, `Read as ${formatWords[diagnosis.input.format]} (`, h('code', {}, diagnosis.input.format), ').'),
    diagnosis.input.command ? h('p', {}, 'Command: ', h('code', {}, diagnosis.input.command)) : null,
    ...diagnosis.responses.map((response) => {
      const lines = [response.statusLine ?? '(no status line)', ...response.headers.map((field) => `${field.name}: ${field.value}`)];
      const request = response.method || response.url ? [response.method, response.url].filter(Boolean).join(' ') : null;
      return h(
        'div',
        { class: 'imgdiag-diagnoser__read-response' },
        h('p', {}, h('strong', {}, responseHeading(response.index, total, response.statusLine, null))),
        request ? h('p', {}, 'Request: ', h('code', {}, request)) : null,
        h('pre', {}, lines.join('\n')),
        response.reproduce ? h('p', {}, 'Repeat the request: ', h('code', {}, response.reproduce)) : null,
      );
    }),
  );
}
