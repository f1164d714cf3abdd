/** The documents IPX's entries cite (shared/facts/frameworks.md, section 5, and unjs/ipx itself). */
import type { Source } from '../../../catalog/types.ts';

export const ipxSources = {
  ipxSource4: {
    title: 'unjs/ipx v4 (4.0.0-beta.1): src/server.ts, src/ipx.ts, src/storage/http.ts, src/storage/node-fs.ts, src/handlers/utils.ts',
    url: 'https://github.com/unjs/ipx/tree/main/src',
    certainty: 'vendor-code',
  },
  ipxTests4: {
    title: 'unjs/ipx v4: test/server.test.ts (error bodies {"status","statusText","message"})',
    url: 'https://github.com/unjs/ipx/blob/main/test/server.test.ts',
    certainty: 'vendor-code',
  },
  ipxSource3: {
    title: 'unjs/ipx v2.1.1 and v3.1.1: src/server.ts (the {"error":{"message":"[status] [code] ..."}} body), src/storage/',
    url: 'https://github.com/unjs/ipx/blob/v3.1.1/src/server.ts',
    certainty: 'vendor-code',
  },
  ipxSource0: {
    title: 'unjs/ipx v0.9.11 and v1.3.2: src/middleware.ts and src/utils.ts (the "IPX Error: ..." text body)',
    url: 'https://github.com/unjs/ipx/blob/v1.3.2/src/middleware.ts',
    certainty: 'vendor-code',
  },
  ipxReadme: {
    title: 'unjs/ipx README: URL modifiers, storage options (dir, domains, alias, maxAge)',
    url: 'https://github.com/unjs/ipx#readme',
    certainty: 'documented',
  },
  nuxtImageIpx: {
    title: 'Nuxt Image docs: the ipx provider, image.domains and image.alias',
    url: 'https://image.nuxt.com/get-started/configuration',
    certainty: 'documented',
  },
  nuxtImageRuntime: {
    title: 'nuxt/image: src/runtime/image.ts ("Externalize remote images if domain does not match") and src/runtime/server/routes/_ipx.ts',
    url: 'https://github.com/nuxt/image/tree/main/src/runtime',
    certainty: 'vendor-code',
  },
  nuxtImage1302: {
    title: 'nuxt/image issue #1302: IPX passes a signed S3 URL’s 403 through (March 2024)',
    url: 'https://github.com/nuxt/image/issues/1302',
    certainty: 'observed',
  },
  nuxtImage710: {
    title: 'nuxt/image issues #710, #486, #801, #518: IPX 0.x error texts (File not found, Forbidden host, Fetch error)',
    url: 'https://github.com/nuxt/image/issues/710',
    certainty: 'observed',
  },
} as const satisfies Record<string, Source>;
