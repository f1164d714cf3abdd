/**
 * Every built page is valid HTML by html-validate's standard rules, with the repository's
 * .htmlvalidate.json (which explains any rule it tunes).
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST, loadPages } from './site.ts';

const pages = await loadPages();
const validator = new HtmlValidate(new FileSystemConfigLoader());

function formatMessage(file: string, message: Message): string {
  return `dist/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`;
}

describe('every page is valid HTML', () => {
  test.for(pages)('$path', async (page) => {
    const report = await validator.validateString(page.html, join(DIST, page.file));
    const problems = report.results.flatMap((result) => result.messages.map((message) => formatMessage(page.file, message)));
    expect(problems, `${page.path} is not valid HTML`).toEqual([]);
  });
});

test('the configuration reports the mistakes it exists to catch', async () => {
  const broken =
    '<!doctype html><html lang="en"><head><title>t</title></head>' +
    '<body><main><p id="a">x</p><p id="a">y</p><ul><div>z</div></ul></main></body></html>';
  const report = await validator.validateString(broken, join(DIST, 'broken.html'));
  const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
  expect(rules).toContain('no-dup-id');
  expect(rules).toContain('element-permitted-content');
});
