/**
 * The registry of providers' engine parts, in the order their rules run: services first, the
 * plain-HTTP fallbacks last (they look at what the services' rules found). Adding a service: one
 * line here and one in catalogs.ts.
 */
import { cloudflareEngine } from './cloudflare/engine.ts';
import { cloudinaryEngine } from './cloudinary/engine.ts';
import { httpEngine } from './http/engine.ts';
import type { ProviderEngine } from './types.ts';

export const providerEngines: readonly ProviderEngine[] = [cloudflareEngine, cloudinaryEngine, httpEngine];
