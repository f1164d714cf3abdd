/**
 * The diagnosis as the widget shows it, described as a small tree of elements and text. The
 * browser turns it into DOM nodes (src/components/diagnoser/render.ts); the build turns it into
 * escaped HTML for a code page's sample (src/lib/view-html.ts). One description, two faces, the
 * same markup. Pure: no DOM.
 */
import { splitInlineCode } from '../../catalog/inline-code.ts';
import { breakPoints } from './break-points.ts';
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

/** Text that may wrap after its separators: the pieces with a <wbr> between them. */
function breakable(text: string): ViewChild[] {
  return breakPoints(text).flatMap((piece, index) => (index > 0 ? [h('wbr'), piece] : [piece]));
}

/** Catalog text with its backticked runs as code elements. */
function prose(text: string): Child[] {
  return splitInlineCode(text).map((run) => (run.code ? h('code', {}, ...breakable(run.text)) : run.text));
}

/** The sentence the live region announces after each diagnosis. */
export function announcementFor(diagnosis: Diagnosis): string {
  return `Diagnosis: ${summaryLine(diagnosis)}.`;
}

export interface ViewOptions {
  /** Keep "What we read" open (the reader opened it before the redraw). */
  readOpen?: boolean;
  /**
   * The path of the page the view sits on. A finding documented on that very page links to its
   * causes and fixes above instead of repeating them, and never links to the page itself.
   */
  page?: string;
  /** Draw "What we read" (default true). A code page's sample leaves it out: the box above shows the same text. */
  read?: boolean;
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2, ok: 3 };

/** A response's worst severity, for ordering: errors first, then warnings, then the rest. */
function worstRank(response: ResponseDiagnosis): number {
  return Math.min(3, ...response.findings.map((finding) => SEVERITY_RANK[finding.severity]));
}

/** The responses as the view shows them: errors first, then warnings, then the rest, each group in input order. */
export function responsesInViewOrder(diagnosis: Diagnosis): ResponseDiagnosis[] {
  return [...diagnosis.responses].sort((a, b) => worstRank(a) - worstRank(b));
}

/**
 * One section per response, those with errors first (a redirect chain's hops keep their order
 * among equals), then the "What we read" details. A response with nothing to fix is folded
 * into a closed <details> once another response needs attention.
 */
export function diagnosisView(diagnosis: Diagnosis, options: ViewOptions = {}): ViewNode[] {
  const total = diagnosis.responses.length;
  const ordered = responsesInViewOrder(diagnosis);
  const anyProblem = ordered.some((response) => worstRank(response) <= SEVERITY_RANK.warning);
  return [
    ...ordered.map((response) => {
      const fold = total > 1 && anyProblem && worstRank(response) > SEVERITY_RANK.warning;
      return responseSection(response, total, fold, options.page);
    }),
    options.read === false ? null : whatWeRead(diagnosis, options.readOpen ?? false),
  ].filter((node): node is ViewNode => node !== null);
}

function responseSection(response: ResponseDiagnosis, total: number, fold: boolean, page: string | undefined): ViewNode {
  const heading = responseHeading(response.index, total, response.statusLine, response.url);
  const body: Child[] = [
    response.provider ? h('p', {}, `Served by ${providerWord[response.provider]}.`) : null,
    response.findings.length === 0
      ? h('p', {}, 'No findings: nothing in these headers points to an image-delivery problem.')
      : h('ul', { class: 'imgdiag-diagnoser__findings', role: 'list' }, ...response.findings.map((finding) => findingItem(finding, page))),
  ];
  if (fold) {
    return h(
      'section',
      { class: 'imgdiag-diagnoser__response' },
      h('details', { class: 'imgdiag-diagnoser__fine' }, h('summary', {}, h('h3', {}, ...breakable(heading)), ' Nothing to fix'), ...body),
    );
  }
  return h('section', { class: 'imgdiag-diagnoser__response' }, h('h3', {}, ...breakable(heading)), ...body);
}

function findingItem(finding: Finding, page: string | undefined): ViewNode {
  const onThisPage = page !== undefined && finding.docs === page;
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
    h('p', {}, 'Evidence: ', h('code', {}, ...breakable(finding.evidence)), sourceSuffix(finding)),
    // A variant without a message only records the documented status, which the heading shows.
    variant && variant.message !== ''
      ? h('p', {}, `Matches the message ${variant.status === null ? 'documented without a status' : `sent with HTTP ${variant.status}`}: `, h('code', {}, variant.message))
      : null,
    ...finding.notes.map((note) => h('p', {}, ...prose(note))),
    ...(onThisPage ? onThisPageNote(finding) : remedies(finding)),
  );
}

/** The same code as the page explains: point at its causes and fixes rather than repeat them. */
function onThisPageNote(finding: Finding): Child[] {
  if (!needsRemedy(finding.severity)) return [h('p', {}, 'This is the code this page explains.')];
  return [
    h('p', {}, 'This page explains this code: see ', h('a', { href: '#causes' }, 'its likely causes'), ' and ', h('a', { href: '#fixes' }, 'how to fix it'), ' above.'),
  ];
}

function remedies(finding: Finding): Child[] {
  return [
    needsRemedy(finding.severity) && list('Likely causes', finding.causes),
    needsRemedy(finding.severity) && list('What to change', finding.fixes),
    // Engine output, not paste: still, only a site path may become a link.
    finding.docs.startsWith('/') && !finding.docs.startsWith('//')
      ? h('p', {}, h('a', { href: finding.docs }, `More about ${finding.title}`))
      : null,
  ];
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
