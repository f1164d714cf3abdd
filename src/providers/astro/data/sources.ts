/** The documents Astro's entries cite (shared/facts/frameworks.md, section 6, and withastro/astro itself). */
import type { Source } from '../../../catalog/types.ts';

export const astroSources = {
  astroEndpointSource: {
    title: 'withastro/astro 7.2.4: packages/astro/src/assets/endpoint/ (generic.ts, node.ts, dev.ts, shared.ts, loadImage.ts)',
    url: 'https://github.com/withastro/astro/tree/main/packages/astro/src/assets/endpoint',
    certainty: 'vendor-code',
  },
  astroErrorsData: {
    title: 'withastro/astro 7.2.4: packages/astro/src/core/errors/errors-data.ts (image errors, their titles, messages and hints)',
    url: 'https://github.com/withastro/astro/blob/main/packages/astro/src/core/errors/errors-data.ts',
    certainty: 'vendor-code',
  },
  astroErrorReference: {
    title: 'Astro docs: error reference (one page per error, generated from errors-data.ts)',
    url: 'https://docs.astro.build/en/reference/error-reference/',
    certainty: 'documented',
  },
  astroDevErrorPage: {
    title: 'withastro/astro 7.2.4: packages/astro/src/vite-plugin-astro-server/response.ts (the dev server’s 500 page)',
    url: 'https://github.com/withastro/astro/blob/main/packages/astro/src/vite-plugin-astro-server/response.ts',
    certainty: 'vendor-code',
  },
  astroImageServices: {
    title: 'withastro/astro 7.2.4: packages/astro/src/assets/services/ (sharp.ts, service.ts) and assets/internal.ts',
    url: 'https://github.com/withastro/astro/tree/main/packages/astro/src/assets/services',
    certainty: 'vendor-code',
  },
  astroCloudflarePassthrough: {
    title: 'withastro/astro: packages/integrations/cloudflare/src/entrypoints/image-passthrough-endpoint.ts',
    url: 'https://github.com/withastro/astro/blob/main/packages/integrations/cloudflare/src/entrypoints/image-passthrough-endpoint.ts',
    certainty: 'vendor-code',
  },
  astroImagesGuide: {
    title: 'Astro docs: Images (image.domains, image.remotePatterns, the /_image endpoint)',
    url: 'https://docs.astro.build/en/guides/images/',
    certainty: 'documented',
  },
  astroPr16591: {
    title: 'withastro/astro PR #16591, "Use consistent error response in generic image endpoint" (May 2026, Astro 6.3)',
    url: 'https://github.com/withastro/astro/pull/16591',
    certainty: 'vendor-code',
  },
} as const satisfies Record<string, Source>;
