/** /llms.txt: a line for every guide and code, linking their Markdown twins (https://llmstxt.org). */
import type { APIRoute } from 'astro';
import { guidesInOrder } from '../lib/guides.ts';
import { llmsIndex } from '../lib/machine-pages.ts';

export const GET: APIRoute = async () => new Response(llmsIndex(await guidesInOrder()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
