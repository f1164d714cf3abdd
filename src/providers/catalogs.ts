/**
 * The registry of providers' catalog parts, in the order faces list them: services first, then
 * the plain-HTTP conditions. Adding a service: one line here and one in engines.ts.
 */
import { cloudflareCatalog } from './cloudflare/catalog.ts';
import { cloudinaryCatalog } from './cloudinary/catalog.ts';
import { nextjsCatalog } from './nextjs/catalog.ts';
import { vercelCatalog } from './vercel/catalog.ts';
import { netlifyCatalog } from './netlify/catalog.ts';
import { ipxCatalog } from './ipx/catalog.ts';
import { astroCatalog } from './astro/catalog.ts';
import { fastlyCatalog } from './fastly/catalog.ts';
import { imgixCatalog } from './imgix/catalog.ts';
import { imagekitCatalog } from './imagekit/catalog.ts';
import { akamaiCatalog } from './akamai/catalog.ts';
import { bunnyCatalog } from './bunny/catalog.ts';
import { awsSihCatalog } from './aws-sih/catalog.ts';
import { httpCatalog } from './http/catalog.ts';
import type { ProviderCatalog } from './types.ts';

export const providerCatalogs: readonly ProviderCatalog[] = [
  cloudflareCatalog,
  cloudinaryCatalog,
  nextjsCatalog,
  vercelCatalog,
  netlifyCatalog,
  ipxCatalog,
  astroCatalog,
  fastlyCatalog,
  imgixCatalog,
  imagekitCatalog,
  akamaiCatalog,
  bunnyCatalog,
  awsSihCatalog,
  httpCatalog,
];
