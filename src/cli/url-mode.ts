/**
 * URL mode: `imgdiag URL...`. Each URL is fetched, its redirects followed, and the chain
 * diagnosed as one input. One URL prints exactly what a FILE would; several print one block each
 * (or, with --json, `{"version": 1, "results": [{"url", "diagnosis"} | {"url", "error"}]}`).
 */
import { formatMarkdown } from '../diagnose/format/markdown.ts';
import { formatText } from '../diagnose/format/text.ts';
import type { Options } from './args.ts';
import { type Checked, checkUrl, fetchedSource } from './check.ts';
import type { Output, Result } from './output.ts';
import { mapLimited } from './pool.ts';

export async function runUrls(options: Options, output: Output): Promise<Result> {
  const settings = { ...options.fetch, userAgent: output.userAgent };
  const results = await mapLimited(options.targets, options.concurrency, (url) => checkUrl(url, settings));
  for (const result of results) if (!result.ok) process.stderr.write(`imgdiag: ${result.error}\n`);
  const failed = results.some((result) => !result.ok);
  const errors = results.some((result) => result.ok && result.diagnosis.summary.errors > 0);
  return { stdout: render(results, options, output), code: failed ? 2 : errors ? 1 : 0 };
}

function render(results: readonly Checked[], options: Options, output: Output): string {
  if (options.format === 'json') {
    if (results.length === 1) {
      const [only] = results as [Checked];
      return only.ok ? `${JSON.stringify(only.diagnosis, null, 2)}\n` : '';
    }
    const entries = results.map((result) => (result.ok ? { url: result.url, diagnosis: result.diagnosis } : { url: result.url, error: result.error }));
    return `${JSON.stringify({ version: 1, results: entries }, null, 2)}\n`;
  }
  const blocks: string[] = [];
  for (const result of results) {
    if (!result.ok) continue;
    const source = fetchedSource(result);
    blocks.push(
      options.format === 'markdown'
        ? formatMarkdown(result.diagnosis, output.siteUrl, source)
        : formatText(result.diagnosis, { color: output.color, siteUrl: output.siteUrl, only: options.only, source }),
    );
  }
  return blocks.join('\n');
}
