/** The documents the Next.js entries cite (shared/facts/frameworks.md, sections 2 and 7). */
import type { Source } from '../../../catalog/types.ts';

export const nextjsSources = {
  nextImageOptimizer: {
    title: 'vercel/next.js: packages/next/src/server/image-optimizer.ts (validateParams, fetchExternalImage, ImageError)',
    url: 'https://github.com/vercel/next.js/blob/canary/packages/next/src/server/image-optimizer.ts',
    certainty: 'vendor-code',
  },
  nextServerImageRoute: {
    title: 'vercel/next.js: packages/next/src/server/next-server.ts (handleNextImageRequest)',
    url: 'https://github.com/vercel/next.js/blob/canary/packages/next/src/server/next-server.ts',
    certainty: 'vendor-code',
  },
  nextImageTests: {
    title: 'vercel/next.js: test/integration/image-optimizer/test/util.ts (expected statuses and bodies)',
    url: 'https://github.com/vercel/next.js/blob/canary/test/integration/image-optimizer/test/util.ts',
    certainty: 'vendor-code',
  },
  nextImageDocs: {
    title: 'Next.js docs: Image Component (remotePatterns, localPatterns, qualities, version history)',
    url: 'https://nextjs.org/docs/app/api-reference/components/image',
    certainty: 'documented',
  },
  nextUpgrade16: {
    title: 'Next.js docs: upgrading to version 16 (qualities [75], minimumCacheTTL, local IP restriction, maximumRedirects)',
    url: 'https://nextjs.org/docs/app/guides/upgrading/version-16',
    certainty: 'documented',
  },
  nextPr67293: {
    title: 'vercel/next.js PR #67293: "must be an integer" wording for w and q (June 2024, shipped with 15)',
    url: 'https://github.com/vercel/next.js/pull/67293',
    certainty: 'vendor-code',
  },
  nextPr65752: {
    title: 'vercel/next.js PR #65752: reject protocol-relative url (May 2024)',
    url: 'https://github.com/vercel/next.js/pull/65752',
    certainty: 'vendor-code',
  },
  nextPr69586: {
    title: 'vercel/next.js PR #69586 and issue #69456: the recursive-url check limited to relative urls (14.2.x)',
    url: 'https://github.com/vercel/next.js/pull/69586',
    certainty: 'vendor-code',
  },
  nextPr84676: {
    title: 'vercel/next.js PR #84676: private-IP guard and maximumRedirects (16.0)',
    url: 'https://github.com/vercel/next.js/pull/84676',
    certainty: 'vendor-code',
  },
  nextPr88183: {
    title: 'vercel/next.js PR #88183 and #88588: empty and oversized upstream bodies, maximumResponseBody (16.1.2+)',
    url: 'https://github.com/vercel/next.js/pull/88183',
    certainty: 'vendor-code',
  },
  nextPr39334: {
    title: 'vercel/next.js PR #39334 and issue #39312: invalid internal images answer 400, not 500 (Aug 2022)',
    url: 'https://github.com/vercel/next.js/pull/39334',
    certainty: 'vendor-code',
  },
  nextPr65631: {
    title: 'vercel/next.js PR #65631: Content-Disposition attachment by default (15.0)',
    url: 'https://github.com/vercel/next.js/pull/65631',
    certainty: 'vendor-code',
  },
  nextPr98573: {
    title: 'vercel/next.js PR #98573 (open, Sept 2026): 502 instead of 500 for DNS and connection failures',
    url: 'https://github.com/vercel/next.js/pull/98573',
    certainty: 'uncertain',
  },
  nextCaptureZenn: {
    title: 'Zenn article draft on Next.js image caching (stinbox/next-image-cache-test), curl captures, July 2024',
    url: 'https://github.com/stinbox/next-image-cache-test',
    certainty: 'observed',
  },
  nextCaptureQualities: {
    title: 'Public repository notes with curl -i of a Next.js 16 server (repository not identified)',
    noPublicCopy: 'The stored copy names no repository, so there is no public address to link.',
    certainty: 'observed',
  },
  nextCapturePrivateIp: {
    title: 'A 2026 runbook quoting the Next.js 16 private-IP server log line (repository not identified)',
    noPublicCopy: 'The stored copy names no repository, so there is no public address to link.',
    certainty: 'observed',
  },
} as const satisfies Record<string, Source>;
