import type { APIRoute } from 'astro';
import { buildSearchMap } from '../search/search-map.ts';

export const GET: APIRoute = () => Response.json(buildSearchMap());
