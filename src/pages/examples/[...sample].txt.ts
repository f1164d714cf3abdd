/**
 * Each example of the diagnoser's menu as a plain-text file (`/examples/cloudflare/9412/0.txt`):
 * the menu names the files, and the widget fetches the one chosen, so the pages that carry the
 * menu do not carry every provider's pastes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exampleMenu } from '../../lib/examples.ts';

export const getStaticPaths = (() =>
  exampleMenu().flatMap((group) =>
    group.options.map((option) => ({ params: { sample: option.path.replace(/^\/examples\//, '').replace(/\.txt$/, '') }, props: { paste: option.paste } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props.paste), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
