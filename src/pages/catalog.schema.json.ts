/** The JSON Schema of /catalog.json (src/lib/catalog-schema.ts). */
import type { APIRoute } from 'astro';
import { catalogSchema } from '../lib/catalog-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(catalogSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
