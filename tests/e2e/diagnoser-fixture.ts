/**
 * What every diagnoser test shares: the project's failing-on-errors `test`, and helpers that find
 * the widget's parts by role and name, and run the CLI on the same text.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { needsRemedy, severityWord } from '../../src/diagnose/format/labels.ts';
import { responsesInViewOrder } from '../../src/diagnose/format/view.ts';
import type { Diagnosis } from '../../src/diagnose/types.ts';

export { expect, test } from './fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Opens a page whose widget loads its script at once (home, /diagnose/, a shared link) and waits
 * until the element is defined, so events the test dispatches next have listeners to reach.
 */
export async function openWidget(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => customElements.whenDefined('imgdiag-diagnoser'));
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/widget/${name}`, import.meta.url), 'utf8');
}

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/widget/${name}`, import.meta.url));
}

/** The CLI's output for `text` (standard input), whatever its exit status. */
export function cli(args: string[], text: string): string {
  const run = spawnSync(process.execPath, ['bin/imgdiag.mjs', ...args, '-'], { cwd: root, input: text, encoding: 'utf8' });
  if (run.status === 2 || run.error) throw new Error(`imgdiag ${args.join(' ')} failed: ${run.stderr || run.error?.message}`);
  return run.stdout;
}

export interface ShownFinding {
  /** `Error: Origin returned a non-image`, as the finding's heading reads. */
  heading: string;
  /** The finding id, from the page its link names (the page itself for the code a page explains). */
  id: string;
  docs: string;
  causes: string[];
  fixes: string[];
}

/**
 * The findings of each response as the page should show them (backticked runs show as code):
 * responses with errors first, and on a code page (`pagePath`) the code it explains without its
 * causes and fixes, which the page shows above.
 */
export function findingsOf(diagnosis: Diagnosis, pagePath?: string): ShownFinding[][] {
  const plain = (texts: string[]) => texts.map((text) => text.replaceAll('`', ''));
  return responsesInViewOrder(diagnosis).map((response) =>
    response.findings.map((finding) => {
      // Like the CLI's text, the widget lists causes and fixes only where something needs fixing.
      const listed = needsRemedy(finding.severity) && finding.docs !== pagePath;
      return {
        heading: `${severityWord[finding.severity]}: ${finding.title}`,
        id: finding.id,
        docs: finding.docs,
        causes: listed ? plain(finding.causes) : [],
        fixes: listed ? plain(finding.fixes) : [],
      };
    }),
  );
}

/** The CLI's diagnosis of `text`. */
export function cliDiagnosis(text: string): Diagnosis {
  return JSON.parse(cli(['--json'], text)) as Diagnosis;
}

/** The parts of the widget a reader uses, found the way assistive technology finds them. */
export function widget(page: Page) {
  const root = page.locator('imgdiag-diagnoser');
  return {
    input: root.getByRole('textbox', { name: 'Response headers, curl output or a HAR file' }),
    examples: root.getByRole('combobox', { name: 'Example response' }),
    filePicker: root.getByLabel('Open a file (.har, .txt or .json)'),
    copyLink: root.getByRole('button', { name: 'Copy link' }),
    copyMarkdown: root.getByRole('button', { name: 'Copy as Markdown' }),
    copyStatus: root.getByRole('status'),
    summary: root.locator('[data-imgdiag-summary]'),
    dropzone: root.locator('[data-imgdiag-dropzone]'),
    output: root.locator('[data-imgdiag-output]'),
    whatWeRead: root.getByRole('group').filter({ has: page.getByText('What we read', { exact: true }) }),
    responses: root.locator('[data-imgdiag-output] section'),
  };
}

/** Types nothing: sets the box's text the way a paste does, with one input event. */
export async function paste(input: Locator, text: string): Promise<void> {
  await input.fill(text);
}

/** The findings shown for each response, in order. */
export async function shownFindings(page: Page): Promise<ShownFinding[][]> {
  const sections = widget(page).responses;
  // Responses with nothing to fix are folded: open them to read their findings.
  await sections.locator('details').evaluateAll((folded) => folded.forEach((details) => ((details as HTMLDetailsElement).open = true)));
  const shown: ShownFinding[][] = [];
  for (const section of await sections.all()) {
    const findings: ShownFinding[] = [];
    for (const item of await section.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) }).all()) {
      const heading = (await item.getByRole('heading', { level: 4 }).innerText()).replace(/^\S+\s+/, '');
      const link = item.getByRole('link', { name: /^More about / });
      const docs = (await link.count()) > 0 ? ((await link.getAttribute('href')) ?? '') : new URL(page.url()).pathname;
      const id = docs.replace(/^\/codes\/|\/$/g, '');
      const listItems = (title: string) => item.locator('.imgdiag-diagnoser__list').filter({ hasText: title }).locator('li').allInnerTexts();
      findings.push({ heading, id, docs, causes: await listItems('Likely causes'), fixes: await listItems('What to change') });
    }
    shown.push(findings);
  }
  return shown;
}
