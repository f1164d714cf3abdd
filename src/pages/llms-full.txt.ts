/** /llms-full.txt: every guide and code page as Markdown, in one file. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { guidesInOrder } from '../lib/guides.ts';
import { llmsFull } from '../lib/machine-pages.ts';

export const GET: APIRoute = async () => {
  const bodies = new Map((await getCollection('codes')).map((text) => [text.id, text.body ?? '']));
  return new Response(llmsFull(await guidesInOrder(), bodies), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
