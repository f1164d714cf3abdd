/**
 * The security headers a static host sends (dist/_headers) and the Content-Security-Policy each
 * page carries in its <meta>: scripts only from the site itself or inline blocks whose hashes the
 * policy lists, never 'unsafe-inline' or 'unsafe-eval' for scripts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/static-headers.ts';
import { DIST, attribute, loadPages, type Page } from './site.ts';

const pages = await loadPages();

describe('dist/_headers sends the security headers on every path', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  test.for(['/', '/codes/cloudflare/9412/', '/_astro/any.js', '/pagefind/pagefind.js'])('%s', (path) => {
    const headers = headersFor(path, rules);
    const problems: string[] = [];
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) {
      if (!headers[name]) problems.push(`no ${name}`);
    }
    if (headers['x-content-type-options'] && headers['x-content-type-options'] !== 'nosniff') {
      problems.push(`x-content-type-options is "${headers['x-content-type-options']}", expected "nosniff"`);
    }
    expect(problems, `dist/_headers for ${path}`).toEqual([]);
  });
});

/** Directive name to its sources, from a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The exact text of each inline script block, as the browser hashes it. */
function inlineScripts(page: Page): string[] {
  return [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((match) => !/\ssrc\s*=/i.test(match[1]!) && !/type\s*=\s*["']?application\/(?:ld\+)?json/i.test(match[1]!))
    .map((match) => match[2]!);
}

describe("every page's Content-Security-Policy allows only the site's own scripts", () => {
  test.for(pages)('$path', (page) => {
    const metas = page.root.querySelectorAll('meta[http-equiv]').filter((meta) => {
      return attribute(meta, 'http-equiv')?.toLowerCase() === 'content-security-policy';
    });
    expect(metas.length, `${page.path} (dist/${page.file}) has ${metas.length} CSP <meta> elements, expected 1`).toBe(1);
    const policy = parsePolicy(attribute(metas[0]!, 'content') ?? '');
    const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? [];
    const problems: string[] = [];
    if (scriptSources.length === 0) problems.push('no script-src or default-src');
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (scriptSources.includes(forbidden)) problems.push(`script-src allows ${forbidden}`);
    }
    if (!(policy.get('object-src') ?? policy.get('default-src') ?? []).includes("'none'")) {
      problems.push("object-src is not 'none'");
    }
    for (const code of inlineScripts(page)) {
      const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      if (!scriptSources.includes(hash)) {
        problems.push(`inline script "${code.trim().slice(0, 50)}…" is not in script-src (${hash})`);
      }
    }
    expect(problems, `${page.path} (dist/${page.file})`).toEqual([]);
  });
});
