/** The catalog, machine-readable: every entry with its page URL, plus the sources it cites. */
import type { APIRoute } from 'astro';
import { catalog, cloudflareWarnings, cloudinaryMessageClasses, docsPath, sources } from '../catalog/index.ts';
import { SITE_URL } from '../site.ts';

export const GET: APIRoute = () =>
  Response.json({
    version: 1,
    entries: catalog.map((entry) => ({ ...entry, url: `${SITE_URL}${docsPath(entry)}` })),
    cloudinaryMessageClasses,
    cloudflareWarnings,
    sources,
  });
