/** The documents Netlify Image CDN's entries cite (shared/facts/frameworks.md, section 4). */
import type { Source } from '../../../catalog/types.ts';

export const netlifySources = {
  netlifyImageCdnDocs: {
    title: 'Netlify docs: Image CDN overview (parameters, remote_images, "Query validation and response codes")',
    url: 'https://docs.netlify.com/image-cdn/overview/',
    certainty: 'documented',
  },
  netlifyImageCdnKb: {
    title: 'Netlify knowledge base: How to resize and optimize images with Netlify Image CDN',
    url: 'https://www.netlify.com/knowledge-base/how-to-resize-and-optimize-images-with-netlify-image-cdn/',
    certainty: 'documented',
  },
  netlifyImageCdnSkill: {
    title: 'netlify/context-and-tools: skills/netlify-image-cdn/SKILL.md',
    url: 'https://github.com/netlify/context-and-tools',
    certainty: 'documented',
  },
  netlifyDebbieCodes578: {
    title: 'debs-obrien/debbie.codes issue #578: remote image "is not an allowed pattern" (2026)',
    url: 'https://github.com/debs-obrien/debbie.codes/issues/578',
    certainty: 'observed',
  },
  netlifyOpenNextImageCdn: {
    title: 'opennextjs/opennextjs-netlify: src/build/image-cdn.ts (remotePatterns to remote_images, error_id)',
    url: 'https://github.com/opennextjs/opennextjs-netlify/blob/main/src/build/image-cdn.ts',
    certainty: 'vendor-code',
  },
  netlifyPrimitivesImages: {
    title: 'netlify/primitives: packages/images/src/main.ts (the local Image CDN of netlify dev)',
    url: 'https://github.com/netlify/primitives/tree/main/packages/images',
    certainty: 'vendor-code',
  },
  netlifyNuxtImage1756: {
    title: 'nuxt/image issue #1756: remote images 400 on Netlify until remote_images is set',
    url: 'https://github.com/nuxt/image/issues/1756',
    certainty: 'observed',
  },
} as const satisfies Record<string, Source>;
