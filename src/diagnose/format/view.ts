/**
 * The diagnosis as the widget shows it, described as a small tree of elements and text. The
 * browser turns it into DOM nodes (src/components/diagnoser/render.ts); the build turns it into
 * escaped HTML for a code page's sample (src/lib/view-html.ts). One description, two faces, the
 * same markup. Pure: no DOM.
 */
import { splitInlineCode } from '../../catalog/inline-code.ts';
import type { Diagnosis, Finding, ResponseDiagnosis } from '../types.ts';
import { formatWord, needsRemedy, providerWord, readingNotes, responseHeading, severityMark, severityWord, sourceNote, summaryLine } from './labels.ts';

/** An element: its tag, attributes and children. Strings are text, never markup. */
export interface ViewNode {
  tag: string;
  attributes: Record<string, string>;
  children: ViewChild[];
}
export type ViewChild = ViewNode | string;
type Child = ViewChild | null | false;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): ViewNode {
  return { tag, attributes, children: children.filter((child): child is ViewChild => child !== null && child !== false) };
}

/** Catalog text with its backticked runs as code elements. */
function prose(text: string): Child[] {
  return splitInlineCode(text).map((run) => (run.code ? h('code', {}, run.text) : run.text));
}

/** The sentence the live region announces after each diagnosis. */
export function announcementFor(diagnosis: Diagnosis): string {
  return `Diagnosis: ${summaryLine(diagnosis)}.`;
}

/** One section per response, then the "What we read" details (open when `readOpen`). */
export function diagnosisView(diagnosis: Diagnosis, readOpen = false): ViewNode[] {
  const total = diagnosis.responses.length;
  return [...diagnosis.responses.map((response) => responseSection(response, total)), whatWeRead(diagnosis, readOpen)];
}

function responseSection(response: ResponseDiagnosis, total: number): ViewNode {
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

function findingItem(finding: Finding): ViewNode {
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
    h('p', {}, 'Evidence: ', h('code', {}, finding.evidence), sourceSuffix(finding)),
    variant
      ? h('p', {}, `Matches the message ${variant.status === null ? 'documented without a status' : `sent with HTTP ${variant.status}`}: `, h('code', {}, variant.message))
      : null,
    ...finding.notes.map((note) => h('p', {}, ...prose(note))),
    needsRemedy(finding.severity) && list('Likely causes', finding.causes),
    needsRemedy(finding.severity) && list('What to change', finding.fixes),
    // Engine output, not paste: still, only a site path may become a link.
    finding.docs.startsWith('/') && !finding.docs.startsWith('//')
      ? h('p', {}, h('a', { href: finding.docs }, `More about ${finding.id}`))
      : null,
  );
}

/** ` (read from the response body)` after the evidence, when it did not stand in a header line. */
function sourceSuffix(finding: Finding): string | null {
  const note = sourceNote(finding.source);
  return note ? ` (${note})` : null;
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

function whatWeRead(diagnosis: Diagnosis, open: boolean): ViewNode {
  const total = diagnosis.responses.length;
  return h(
    'details',
    { class: 'imgdiag-diagnoser__read', ...(open ? { open: '' } : {}) },
    h('summary', {}, 'What we read'),
    h('p', {}, `Read as ${formatWord[diagnosis.input.format]} (`, h('code', {}, diagnosis.input.format), ').'),
    diagnosis.input.command ? h('p', {}, 'Command: ', h('code', {}, diagnosis.input.command)) : null,
    ...readingNotes(diagnosis.input).map((note) => h('p', {}, ...prose(note))),
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
