/** The documents imgix's entries cite (shared/facts/cdns.md, section 2 and captures CAP-1 to CAP-3). */
import type { Source } from '../../../catalog/types.ts';

export const imgixSources = {
  imgixStatusCodes: {
    title: 'imgix: HTTP Status Code Overview (Rendering API errors)',
    url: 'https://docs.imgix.com/references/http-status-codes',
    certainty: 'documented',
  },
  imgixStatusCodesJa: {
    title: 'imgix: HTTP status code overview, Japanese edition (414 and 422 details)',
    url: 'https://docs.imgix.com/ja-JP/references/http-status-codes',
    certainty: 'documented',
  },
  imgixOldStatusCodes: {
    title: 'imgix help centre (older): HTTP Status codes ("410 Gone", no 402)',
    url: 'https://support.imgix.com/hc/en-us/articles/360000178806-HTTP-Status-codes',
    certainty: 'documented',
  },
  imgixIncident503: {
    title: 'imgix status page: incident of February 2021, about 3% of requests returning 503 for uncached derivatives',
    url: 'https://status.imgix.com/incidents/rvgchg1bgwmw',
    certainty: 'observed',
  },
  imgixJsCore: {
    title: 'imgix/js-core src/index.mjs: how the s= signature of a secure URL is computed',
    url: 'https://github.com/imgix/js-core',
    certainty: 'vendor-code',
  },
  sfmsHistory10: {
    title: 'simonw/sfms-history issue #10 (2022): the same URL without s= answers 403',
    url: 'https://github.com/simonw/sfms-history/issues/10',
    certainty: 'observed',
  },
  imgixJs45: {
    title: 'imgix/imgix.js issue #45 (2015): a 400 attributed to a stripped s parameter',
    url: 'https://github.com/imgix/imgix.js/issues/45',
    certainty: 'observed',
  },
  reactImgix580: {
    title: 'imgix/react-imgix issue #580: parameters appended after s= invalidate the signature',
    url: 'https://github.com/imgix/react-imgix/issues/580',
    certainty: 'observed',
  },
  imgixCreatingSources: {
    title: 'imgix: Creating Sources (S3, GCS, Azure, Web Folder, Web Proxy and others)',
    url: 'https://docs.imgix.com/setup/creating-sources',
    certainty: 'documented',
  },
  imgixServingImages: {
    title: 'imgix: Serving images (<source>.imgix.net, <source>.imgix.video)',
    url: 'https://docs.imgix.com/setup/serving-images',
    certainty: 'documented',
  },
  imgixManagementApi: {
    title: 'imgix Management API: sources and JSON:API errors',
    url: 'https://docs.imgix.com/apis/management/sources',
    certainty: 'documented',
  },
  captureUnsplash2023: {
    title: 'Tutorial notebook printing the headers of an images.unsplash.com download, 2023 (public repository, name not recorded)',
    noPublicCopy: 'The repository was not recorded when the capture was collected (the facts give only an index id), so there is nothing to link to.',
    certainty: 'observed',
  },
  captureImgix2020: {
    title: 'Notebook printing the headers of an imgix-served image, 2020 (public repository, name not recorded)',
    noPublicCopy: 'The repository was not recorded when the capture was collected (the facts give only an index id), so there is nothing to link to.',
    certainty: 'observed',
  },
} as const satisfies Record<string, Source>;
