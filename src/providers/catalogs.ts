/**
 * The registry of providers' catalog parts, in the order faces list them: services first, then
 * the plain-HTTP conditions. Adding a service: one line here and one in engines.ts.
 */
import { cloudflareCatalog } from './cloudflare/catalog.ts';
import { cloudinaryCatalog } from './cloudinary/catalog.ts';
import { httpCatalog } from './http/catalog.ts';
import type { ProviderCatalog } from './types.ts';

export const providerCatalogs: readonly ProviderCatalog[] = [cloudflareCatalog, cloudinaryCatalog, httpCatalog];
