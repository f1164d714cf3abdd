/** The Markdown twin of each code page, at /codes/<provider>/<code>.md (linked from the page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { catalog } from '../../../catalog/index.ts';
import type { CatalogEntry } from '../../../catalog/types.ts';
import { codeMarkdown } from '../../../lib/machine-pages.ts';

export const getStaticPaths = (() =>
  catalog.map((entry) => ({ params: { provider: entry.provider, code: entry.code }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CatalogEntry }> = async ({ props }) => {
  const text = await getEntry('codes', props.entry.id);
  return new Response(codeMarkdown(props.entry, text?.body ?? ''), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
