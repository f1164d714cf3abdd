/**
 * One entry's causes and fixes as a JavaScript module, for the diagnoser to import when a finding
 * names the entry (src/build/browser-catalog.ts). A stable URL per entry keeps the widget's own
 * script free of a table of every entry's file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog, loadEntryTexts } from '../../../catalog/index.ts';

export const getStaticPaths = (() =>
  catalog.map((entry) => ({ params: { provider: entry.provider, code: entry.code }, props: { id: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const texts = await loadEntryTexts([String(props.id)]);
  return new Response(`export default ${JSON.stringify(texts)};\n`, {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
