/**
 * Every document the catalog cites, keyed so entries can name them briefly.
 * Pure data, shared by the build, the browser and the CLI.
 */
import type { Source } from './types.ts';

export const sharedSources = {
  cfTroubleshooting: {
    title: 'Cloudflare Images: troubleshooting (cloudflare-docs, images/reference/troubleshooting.mdx)',
    url: 'https://developers.cloudflare.com/images/reference/troubleshooting/',
    certainty: 'documented',
  },
  cfErrorsReference: {
    title:
      'Cloudflare Images: errors reference table (cloudflare-docs, images/reference/errors.mdx; publication unconfirmed)',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/28782',
    certainty: 'uncertain',
  },
  cfOldTroubleshooting: {
    title: 'Cloudflare image resizing: early troubleshooting page (developers.cloudflare.com/image-resizing)',
    certainty: 'documented',
  },
  cfPr19076: {
    title: 'cloudflare-docs PR #19076, "Free transformation as 9422" (2025-01-08)',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/19076',
    certainty: 'documented',
  },
  cfPr14629: {
    title: 'cloudflare-docs PR #14629, documents 9523 (2024-05-17)',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/14629',
    certainty: 'documented',
  },
  cfPr12372: {
    title: 'cloudflare-docs PR #12372, 9524 and Workers that intercept the image URL',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/12372',
    certainty: 'documented',
  },
  cfPr11201: {
    title: 'cloudflare-docs PR #11201, 9524 and pages.dev hostnames (2023-10-10)',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/11201',
    certainty: 'documented',
  },
  cfTransformViaWorkers: {
    title: 'Cloudflare Images: transform via Workers (request loops and the Via header)',
    url: 'https://developers.cloudflare.com/images/transform-images/transform-via-workers/',
    certainty: 'documented',
  },
  cfTransformViaUrl: {
    title: 'Cloudflare Images: transform via URL (/cdn-cgi/image/)',
    url: 'https://developers.cloudflare.com/images/transform-images/transform-via-url/',
    certainty: 'documented',
  },
  cfControlOriginAccess: {
    title: 'Cloudflare Images: control origin access (origin-auth: share-publicly)',
    url: 'https://developers.cloudflare.com/images/transform-images/control-origin-access/',
    certainty: 'documented',
  },
  cfLimits: {
    title: 'Cloudflare Images: limits (get-started/limits.mdx)',
    url: 'https://developers.cloudflare.com/images/get-started/limits/',
    certainty: 'documented',
  },
  cfFormat: {
    title: 'Cloudflare Images: the format option (format=auto and Accept)',
    url: 'https://developers.cloudflare.com/images/transform-images/transform-via-url/#format',
    certainty: 'documented',
  },
  cfOnerror: {
    title: 'Cloudflare Images: the onerror=redirect option',
    url: 'https://developers.cloudflare.com/images/transform-images/transform-via-url/#onerror',
    certainty: 'documented',
  },
  cfStreamTroubleshooting: {
    title: 'Cloudflare Media Transformations (video): troubleshooting',
    url: 'https://developers.cloudflare.com/stream/transform-videos/troubleshooting',
    certainty: 'documented',
  },
  cfPolishStatuses: {
    title: 'Cloudflare Polish: Cf-Polished statuses',
    url: 'https://developers.cloudflare.com/images/polish/cf-polished-statuses/',
    certainty: 'documented',
  },
  workerdImagesApi: {
    title: 'cloudflare/workerd src/cloudflare/internal/images-api.ts (Images binding errors)',
    url: 'https://github.com/cloudflare/workerd/blob/main/src/cloudflare/internal/images-api.ts',
    certainty: 'vendor-code',
  },
  miniflareImages: {
    title: 'cloudflare/workers-sdk packages/miniflare/src/plugins/images (local emulator)',
    url: 'https://github.com/cloudflare/workers-sdk/tree/main/packages/miniflare/src/plugins/images',
    certainty: 'vendor-code',
  },
  captureAnimalsVidaDigna: {
    title: 'OsoThevenin/animals-vida-digna, phase-0-results.md (curl captures, 2026-09)',
    url: 'https://github.com/OsoThevenin/animals-vida-digna',
    certainty: 'observed',
  },
  captureCoffey: {
    title: 'andreweick/coffey, docs/on-images.md (Workers cf.image captures, 2025-12)',
    url: 'https://github.com/andreweick/coffey',
    certainty: 'observed',
  },
  captureBraketTickets: {
    title: 'DahliaWitt/braket-tickets, docs/runbooks/frontend-cdn.md',
    url: 'https://github.com/DahliaWitt/braket-tickets',
    certainty: 'observed',
  },
  captureUnattributed: {
    title: 'Captures and notes in public repositories whose names were not recorded',
    certainty: 'observed',
  },
  cldDiagnosingTutorial: {
    title: 'Cloudinary: diagnosing error codes when delivering media (video tutorial)',
    url: 'https://cloudinary.com/documentation/diagnosing_error_codes_tutorial',
    certainty: 'documented',
  },
  cldCommonErrors: {
    title: 'Cloudinary: common error codes returned in the x-cld-error header',
    url: 'https://cloudinary.com/documentation/ts_what_are_the_common_error_codes_returned_in_the_x_cld_error_header_when_delivering_assets',
    certainty: 'documented',
  },
  cld40xArticle: {
    title: 'Cloudinary support: why is my asset returning a 40X error (article 4402769643026)',
    url: 'https://support.cloudinary.com/hc/en-us/articles/4402769643026',
    certainty: 'documented',
  },
  cldSdkTroubleshoot: {
    title: 'Cloudinary SDK docs: troubleshoot-errors.md (cloudinary_npm, cloudinary-go, CloudinaryDotNet)',
    url: 'https://github.com/cloudinary/cloudinary_npm',
    certainty: 'documented',
  },
  cldSignatures: {
    title: 'Cloudinary: delivery URL signatures',
    url: 'https://cloudinary.com/documentation/delivery_url_signatures',
    certainty: 'documented',
  },
  cldStrictForum: {
    title: 'Cloudinary support article 202519752, comment thread (Strict Transformations)',
    url: 'https://support.cloudinary.com/hc/en-us/articles/202519752',
    certainty: 'observed',
  },
  cldFetchArticle: {
    title: 'Cloudinary support article 202520432 (fetch delivery errors)',
    url: 'https://support.cloudinary.com/hc/en-us/articles/202520432',
    certainty: 'documented',
  },
  cldVideoLimitPost: {
    title: 'Cloudinary community post 8170113739154 (video too large to process synchronously)',
    url: 'https://support.cloudinary.com/hc/en-us/community/posts/8170113739154',
    certainty: 'documented',
  },
  cldUtil: {
    title: 'cloudinary-community/cloudinary-util (URL parsing, 423 polling)',
    url: 'https://github.com/cloudinary-community/cloudinary-util',
    certainty: 'vendor-code',
  },
  cldSdkRateLimit: {
    title: 'Cloudinary SDKs: RateLimited mapping for 420 and 429 (cloudinary_php docs, cloudinary_gem api.rb)',
    url: 'https://github.com/cloudinary/cloudinary_gem/blob/master/lib/cloudinary/api.rb',
    certainty: 'vendor-code',
  },
  cldCssWizardry: {
    title: 'CSS Wizardry case study: Cloudinary, improving caching at scale',
    url: 'https://csswizardry.com/case-studies/cloudinary/',
    certainty: 'observed',
  },
  cldNpmIssue13: {
    title: 'cloudinary/cloudinary_npm issue #13 (unexpected 5xx status codes)',
    url: 'https://github.com/cloudinary/cloudinary_npm/issues/13',
    certainty: 'observed',
  },
  rfc9110: {
    title: 'RFC 9110, HTTP Semantics',
    url: 'https://www.rfc-editor.org/rfc/rfc9110',
    certainty: 'documented',
  },
} as const satisfies Record<string, Source>;

/** A key of `sources` (src/catalog/index.ts); tests/unit/catalog.test.ts checks that each one cited exists. */
export type SourceKey = string;
