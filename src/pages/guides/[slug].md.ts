/** The Markdown twin of each guide, at /guides/<slug>.md (linked from the guide). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { guideMarkdown } from '../../lib/machine-pages.ts';
import { guidesInOrder, type Guide } from '../../lib/guides.ts';

export const getStaticPaths = (async () => (await guidesInOrder()).map((guide) => ({ params: { slug: guide.id }, props: { guide } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: Guide }> = ({ props }) =>
  new Response(guideMarkdown(props.guide), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
