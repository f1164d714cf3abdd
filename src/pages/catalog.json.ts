/** The catalog, machine-readable: every provider and entry with its page URL, and the sources cited. */
import type { APIRoute } from 'astro';
import { catalog, docsPath, providers, sources } from '../catalog/index.ts';
import { SITE_URL } from '../site.ts';

export const GET: APIRoute = () =>
  Response.json({
    version: 2,
    providers: providers.map(({ id, name, blurb, shortPrefix, tables }) => ({
      id,
      name,
      blurb,
      url: `${SITE_URL}/codes/`,
      shortPrefix,
      tables,
    })),
    entries: catalog.map((entry) => ({ ...entry, url: `${SITE_URL}${docsPath(entry)}` })),
    sources,
  });
