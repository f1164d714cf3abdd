/**
 * The registry of providers' engine parts, in the order their rules run: services first, the
 * plain-HTTP fallbacks last (they look at what the services' rules found). Adding a service: one
 * line here and one in catalogs.ts.
 */
import { cloudflareEngine } from './cloudflare/engine.ts';
import { cloudinaryEngine } from './cloudinary/engine.ts';
import { nextjsEngine } from './nextjs/engine.ts';
import { vercelEngine } from './vercel/engine.ts';
import { netlifyEngine } from './netlify/engine.ts';
import { ipxEngine } from './ipx/engine.ts';
import { astroEngine } from './astro/engine.ts';
import { fastlyEngine } from './fastly/engine.ts';
import { imgixEngine } from './imgix/engine.ts';
import { imagekitEngine } from './imagekit/engine.ts';
import { akamaiEngine } from './akamai/engine.ts';
import { bunnyEngine } from './bunny/engine.ts';
import { awsSihEngine } from './aws-sih/engine.ts';
import { httpEngine } from './http/engine.ts';
import type { ProviderEngine } from './types.ts';

export const providerEngines: readonly ProviderEngine[] = [
  cloudflareEngine,
  cloudinaryEngine,
  nextjsEngine,
  vercelEngine,
  netlifyEngine,
  ipxEngine,
  astroEngine,
  fastlyEngine,
  imgixEngine,
  imagekitEngine,
  akamaiEngine,
  bunnyEngine,
  awsSihEngine,
  httpEngine,
];

/**
 * Loads the providers a paste may need. Here every provider is loaded already; in the browser this
 * module is generated (src/build/browser-catalog.ts) and loads only the providers whose hints the
 * paste matches, so the diagnoser's first load does not grow with the number of services.
 */
export async function loadProvidersFor(_text: string): Promise<void> {}
