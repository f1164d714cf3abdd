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
    // The file is in the docs repository (commits 5240ad04 and 9a7b291d) but PR #28782, which
    // proposed it, was closed unmerged, and no stored page links to it: whether it is live on
    // developers.cloudflare.com is unknown.
    title:
      'Cloudflare Images: errors reference table (cloudflare-docs, images/reference/errors.mdx, proposed in PR #28782; publication unconfirmed)',
    url: 'https://github.com/cloudflare/cloudflare-docs/blob/9a7b291d62d1/src/content/docs/images/reference/errors.mdx',
    certainty: 'uncertain',
  },
  cfOldTroubleshooting: {
    title: 'Cloudflare image resizing: the earliest troubleshooting page (cloudflare-docs, products/images/src/content/troubleshooting.md)',
    url: 'https://github.com/cloudflare/cloudflare-docs/blob/1f6f131d0933/products/images/src/content/troubleshooting.md',
    certainty: 'documented',
  },
  cfTroubleshooting2024: {
    title:
      'Cloudflare Images: troubleshooting as published 2022 to 2024 (cloudflare-docs, content/images/reference/troubleshooting.md; lists 9511, 70 MB)',
    url: 'https://github.com/cloudflare/cloudflare-docs/blob/513878de351d/content/images/reference/troubleshooting.md',
    certainty: 'documented',
  },
  cfPr19076: {
    title: 'cloudflare-docs PR #19076, "Free transformation as 9422" (2025-01-08, no description)',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/19076',
    certainty: 'documented',
  },
  cfPr19414: {
    title: 'cloudflare-docs PR #19414, "Updating 9520 as unsupported format" (2025-01-24)',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/19414',
    certainty: 'documented',
  },
  cfPr14629: {
    title: 'cloudflare-docs PR #14629, adds the explanation line for 9523 (2024-05-17)',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/14629',
    certainty: 'documented',
  },
  cfPr12372: {
    title: 'cloudflare-docs PR #12372, "Add resize with workers recommendation to error 9524"',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/12372',
    certainty: 'documented',
  },
  cfPr11201: {
    title: 'cloudflare-docs PR #11201, 9524 and pages.dev hostnames (2023-10-10)',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/11201',
    certainty: 'documented',
  },
  cfPr13349: {
    title: 'cloudflare-docs PR #13349, "onerror=redirect does not work in Workers" (2024-03-11)',
    url: 'https://github.com/cloudflare/cloudflare-docs/pull/13349',
    certainty: 'documented',
  },
  cfTransformViaWorkers: {
    title: 'Cloudflare Images: transform via Workers (request loops and the Via header)',
    url: 'https://developers.cloudflare.com/images/optimization/transformations/transform-via-workers/',
    certainty: 'documented',
  },
  cfTransformViaUrl: {
    title: 'Cloudflare Images: optimization features (the URL interface /cdn-cgi/image/, caching and purging)',
    url: 'https://developers.cloudflare.com/images/optimization/features/',
    certainty: 'documented',
  },
  cfControlOriginAccess: {
    title: 'Cloudflare Images: control origin access (origin-auth: share-publicly)',
    url: 'https://developers.cloudflare.com/images/optimization/transformations/control-origin-access/',
    certainty: 'documented',
  },
  cfTransformationsOverview: {
    title: 'Cloudflare Images: transformations overview (billing of unique transformations per calendar month)',
    url: 'https://developers.cloudflare.com/images/optimization/transformations/overview/',
    certainty: 'documented',
  },
  cfSources: {
    title: 'Cloudflare Images: define source origins (the Sources setting, wildcards, path prefixes)',
    url: 'https://developers.cloudflare.com/images/optimization/transformations/sources/',
    certainty: 'documented',
  },
  cfPricing: {
    title: 'Cloudflare Images: pricing (Free plan quota, 30-day sliding window, the quota error code)',
    url: 'https://developers.cloudflare.com/images/pricing/',
    certainty: 'documented',
  },
  cfPricing2024: {
    title: 'Cloudflare Images: pricing page before January 2025 (cloudflare-docs commit 026f1f14: quota error 9423)',
    url: 'https://github.com/cloudflare/cloudflare-docs/blob/026f1f14d308/src/content/docs/images/pricing.mdx',
    certainty: 'documented',
  },
  cfFormatLimits: {
    title:
      'Cloudflare Images: transform images, supported formats and limits per format (cloudflare-docs, images/transform-images/index.mdx)',
    url: 'https://github.com/cloudflare/cloudflare-docs/blob/10ead741745a/src/content/docs/images/transform-images/index.mdx',
    certainty: 'documented',
  },
  cfFormatLimitsOld: {
    title: 'Cloudflare image resizing: format limitations (Hugo-era page, 70 MB and GIF 100 megapixels)',
    url: 'https://github.com/cloudflare/cloudflare-docs/blob/a98010d87eb0/content/images/image-resizing/format-limitations.md',
    certainty: 'documented',
  },
  cfDpr: {
    title: 'Cloudflare Images: the dpr option (maximum 2)',
    url: 'https://developers.cloudflare.com/images/optimization/features/#dpr',
    certainty: 'documented',
  },
  cfLimits: {
    title: 'Cloudflare Images: limits (get-started/limits.mdx)',
    url: 'https://developers.cloudflare.com/images/get-started/limits/',
    certainty: 'documented',
  },
  cfFormat: {
    title: 'Cloudflare Images: the format option (format=auto and Accept)',
    url: 'https://developers.cloudflare.com/images/optimization/features/#format',
    certainty: 'documented',
  },
  cfOnerror: {
    title: 'Cloudflare Images: the onerror=redirect option (URL interface, same zone only)',
    url: 'https://developers.cloudflare.com/images/optimization/features/#onerror',
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
    url: 'https://github.com/OsoThevenin/animals-vida-digna/blob/399e1fc33ad8/docs/superpowers/plans/2026-09-03-content-r2-pipeline/phase-0-results.md',
    certainty: 'observed',
  },
  captureCoffey: {
    title: 'andreweick/coffey, docs/on-images.md (Workers cf.image captures, 2025-12)',
    url: 'https://github.com/andreweick/coffey/blob/3733773435c7/docs/on-images.md',
    certainty: 'observed',
  },
  captureBraketTickets: {
    title: 'DahliaWitt/braket-tickets, docs/runbooks/frontend-cdn.md',
    url: 'https://github.com/DahliaWitt/braket-tickets/blob/959f6857783c/docs/runbooks/frontend-cdn.md',
    certainty: 'observed',
  },
  captureFoolNotes: {
    title: 'sjbitcode/python-pillow-practice, .misc/notes.md (notes on Cloudflare resizing options, with the dpr warning)',
    url: 'https://github.com/sjbitcode/python-pillow-practice/blob/c468c08cd3de/.misc/notes.md',
    certainty: 'observed',
  },
  captureDocToolsKr: {
    title: 'leeledger/doc-tools-kr, handoff/ARCHITECT-BRIEF-C2-CLOUD.md (cf.image spike: warnings and internal=ram)',
    url: 'https://github.com/leeledger/doc-tools-kr/blob/ca1c91e0dda4/handoff/ARCHITECT-BRIEF-C2-CLOUD.md',
    certainty: 'observed',
  },
  captureUnattributed: {
    title: 'Captures and notes in public repositories whose names were not recorded',
    noPublicCopy: 'The repositories were not recorded when the captures were collected, so there is nothing to link to.',
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
    title: 'Cloudinary SDKs: RateLimited for 420 and 429 (cloudinary_php troubleshoot-errors.md, cloudinary_gem base_api.rb)',
    url: 'https://github.com/cloudinary/cloudinary_gem/blob/master/lib/cloudinary/base_api.rb',
    certainty: 'vendor-code',
  },
  cldJavaRateLimits: {
    title: 'Cloudinary: Java SDK additional topics (Upload API methods not rate-limited, Admin API rate-limited)',
    url: 'https://cloudinary.com/documentation/java_additional_topics',
    certainty: 'documented',
  },
  cldControlAccess: {
    title: 'Cloudinary: control access to media (private and authenticated delivery types)',
    url: 'https://cloudinary.com/documentation/control_access_to_media',
    certainty: 'documented',
  },
  cldDeliveryOptions: {
    title: 'Cloudinary: image delivery options (restricted media types blocked by default on Free accounts)',
    url: 'https://cloudinary.com/documentation/image_delivery_options',
    certainty: 'documented',
  },
  cldNamingConventions: {
    title: 'Cloudinary: permitted naming conventions (public IDs of 1 to 255 characters)',
    url: 'https://cloudinary.com/documentation/ts_permitted_naming_conventions',
    certainty: 'documented',
  },
  cldFileSizePost: {
    title: 'Cloudinary community post 360007007940 (File size too large, public_id is too long for fetch)',
    url: 'https://support.cloudinary.com/hc/en-us/community/posts/360007007940',
    certainty: 'documented',
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

/** A key of `sources` (src/catalog/index.ts); tests/unit/catalog-sources.test.ts checks that each one cited exists. */
export type SourceKey = string;
