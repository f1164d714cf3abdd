/** The documents the Vercel entries cite (shared/facts/frameworks.md, sections 3 and 7). */
import type { Source } from '../../../catalog/types.ts';

export const vercelSources = {
  vercelErrorsIndex: {
    title: 'Vercel docs: error codes (vercel.com/docs/errors), category "Image"',
    url: 'https://vercel.com/docs/errors',
    certainty: 'documented',
  },
  vercelInvalidRequestDoc: {
    title: 'Vercel docs: INVALID_IMAGE_OPTIMIZE_REQUEST',
    url: 'https://vercel.com/docs/errors/INVALID_IMAGE_OPTIMIZE_REQUEST',
    certainty: 'documented',
  },
  vercelExternalFailedDoc: {
    title: 'Vercel docs: OPTIMIZED_EXTERNAL_IMAGE_REQUEST_FAILED',
    url: 'https://vercel.com/docs/errors/OPTIMIZED_EXTERNAL_IMAGE_REQUEST_FAILED',
    certainty: 'documented',
  },
  vercelExternalInvalidDoc: {
    title: 'Vercel docs: OPTIMIZED_EXTERNAL_IMAGE_REQUEST_INVALID',
    url: 'https://vercel.com/docs/errors/OPTIMIZED_EXTERNAL_IMAGE_REQUEST_INVALID',
    certainty: 'documented',
  },
  vercelExternalUnauthorizedDoc: {
    title: 'Vercel docs: OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED',
    url: 'https://vercel.com/docs/errors/OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED',
    certainty: 'documented',
  },
  vercelTooManyRedirectsDoc: {
    title: 'Vercel docs: OPTIMIZED_EXTERNAL_IMAGE_TOO_MANY_REDIRECTS',
    url: 'https://vercel.com/docs/errors/OPTIMIZED_EXTERNAL_IMAGE_TOO_MANY_REDIRECTS',
    certainty: 'documented',
  },
  vercelInternalFailedDoc: {
    title: 'Vercel docs: INTERNAL_OPTIMIZED_IMAGE_REQUEST_FAILED',
    url: 'https://vercel.com/docs/errors/INTERNAL_OPTIMIZED_IMAGE_REQUEST_FAILED',
    certainty: 'documented',
  },
  vercelImageDocs: {
    title: 'Vercel docs: Image Optimization (/_next/image and /_vercel/image URLs, caching)',
    url: 'https://vercel.com/docs/image-optimization',
    certainty: 'documented',
  },
  vercelLimitsPricing: {
    title: 'Vercel docs: Image Optimization limits and pricing (402 once limits are exceeded; stored copies differ on allowances)',
    url: 'https://vercel.com/docs/image-optimization/limits-and-pricing',
    certainty: 'documented',
  },
  vercelCachePurge: {
    title: 'Vercel docs and changelog: purging the CDN cache, invalidating by source image (vercel cache invalidate --srcimg)',
    url: 'https://vercel.com/docs/cli/cache',
    certainty: 'documented',
  },
  vercelXCacheDoc: {
    title: 'Vercel docs: the x-vercel-cache header (MISS, HIT, STALE, BYPASS, PRERENDER, REVALIDATED)',
    url: 'https://vercel.com/docs/headers/response-headers#x-vercel-cache',
    certainty: 'documented',
  },
  vercelBuildOutput: {
    title: 'Vercel docs: Build Output API configuration (the images block of .vercel/output/config.json)',
    url: 'https://vercel.com/docs/build-output-api/configuration',
    certainty: 'documented',
  },
  vercelCaptureRemotePatterns: {
    title: 'curl capture of a Vercel 400 INVALID_IMAGE_OPTIMIZE_REQUEST with its body (repository not identified)',
    noPublicCopy: 'The stored copy names no repository, so there is no public address to link.',
    certainty: 'observed',
  },
  vercelCaptureUnauthorized: {
    title: 'Script output of Vercel 502 OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED and 200 HIT responses, Nov 2023 (repository not identified)',
    noPublicCopy: 'The stored copy names no repository, so there is no public address to link.',
    certainty: 'observed',
  },
  vercelCaptureLocalRoute: {
    title: 'curl capture of a Vercel 400 for a local source route that fails (repository not identified)',
    noPublicCopy: 'The stored copy names no repository, so there is no public address to link.',
    certainty: 'observed',
  },
  vercelCaptureMiddleware: {
    title: 'Notes that Vercel answers /_next/image before middleware runs (repository not identified)',
    noPublicCopy: 'The stored copy names no repository, so there is no public address to link.',
    certainty: 'observed',
  },
  vercelPlatformsIssue298: {
    title: 'vercel/platforms issue #298: "400: BAD_REQUEST Code: INVALID_IMAGE_OPTIMIZE_REQUEST" in the browser',
    url: 'https://github.com/vercel/platforms/issues/298',
    certainty: 'observed',
  },
  payloadIssue6600: {
    title: 'payloadcms/payload issue #6600: local API images fail on Vercel with INVALID_IMAGE_OPTIMIZE_REQUEST',
    url: 'https://github.com/payloadcms/payload/issues/6600',
    certainty: 'observed',
  },
  nextIssue50092: {
    title: 'vercel/next.js issue #50092: "502: BAD_GATEWAY Code: OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED"',
    url: 'https://github.com/vercel/next.js/issues/50092',
    certainty: 'observed',
  },
  nextIssue42776: {
    title: 'vercel/next.js issue #42776: intermittent 502 OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED for signed S3 URLs',
    url: 'https://github.com/vercel/next.js/issues/42776',
    certainty: 'observed',
  },
  devEventIssue133: {
    title: 'brave-people/Dev-Event-Web issue #133: OPTIMIZED_IMAGE_REQUEST_PAYMENT_REQUIRED (and notes in at least eight other repositories)',
    url: 'https://github.com/brave-people/Dev-Event-Web/issues/133',
    certainty: 'observed',
  },
  vercelQuotaTeamNote: {
    title: 'Project notes: the allowance is a team budget, and local assets fail too once it is spent (repositories not identified)',
    noPublicCopy: 'The stored copy names no repository, so there is no public address to link.',
    certainty: 'observed',
  },
} as const satisfies Record<string, Source>;
