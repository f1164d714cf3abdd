/** Conditions that belong to no one service (redirects, non-images, plain statuses): catalog part. */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { blockedByBrowser } from './data/browser-block.ts';
import { httpConditions } from './data/entries.ts';
import { noResponse } from './data/no-response.ts';
import { notCovered } from './data/not-covered.ts';

export const httpCatalog = {
  id: 'http',
  name: PROVIDER_NAMES.http,
  blurb: 'Conditions of any image response: redirect loops and chains, an origin that sends no image, plain 4xx and 5xx.',
  shortPrefix: null,
  queryWords: ['http'],
  searchForms: [
    {
      pattern: 'err_blocked_by_(?:orb|response|client)|opaqueresponseblocking|opaque response blocking|\\bcorb\\b|blocked by cors policy|cross-origin request blocked|cross-origin-resource-policy',
      entry: 'http/blocked-by-browser',
    },
    {
      pattern: 'err_(?:name_not_resolved|name_resolution_failed|connection_(?:refused|reset|closed|timed_out|failed)|timed_out|address_unreachable|internet_disconnected|empty_response|cert_[a-z_]+|ssl_protocol_error)',
      entry: 'http/no-response',
    },
  ],
  numericCodes: null,
  hints: '.',
  entries: [...httpConditions, blockedByBrowser, noResponse, notCovered],
  sources: {
    unpic: {
      title: 'unpic: the universal image CDN translator, its table of image CDN hosts and paths (ascorbic/unpic, src/detect.ts)',
      url: 'https://github.com/ascorbic/unpic',
      certainty: 'vendor-code',
    },
    orbExplainer: {
      title: 'Opaque Response Blocking (ORB), the explainer being merged into the Fetch Standard (annevk/orb)',
      url: 'https://github.com/annevk/orb',
      certainty: 'documented',
    },
    chromiumOrb: {
      title: 'Chromium, services/network: Cross-Origin Read Blocking (CORB) and Opaque Response Blocking (ORB), README and orb_impl.cc',
      url: 'https://chromium.googlesource.com/chromium/src/+/2fe6ea9c84cbebf79c5744459c72ccf565b51daf/services/network/public/cpp/corb',
      certainty: 'vendor-code',
    },
    fetchCors: {
      title: 'Fetch Standard: the CORS protocol and the Cross-Origin-Resource-Policy header',
      url: 'https://fetch.spec.whatwg.org/#http-cors-protocol',
      certainty: 'documented',
    },
    threadRealworldOrb: {
      title: 'team-alembic/realworld #14, images fail to load: (failed)net::ERR_BLOCKED_BY_ORB (2025-11)',
      url: 'https://github.com/team-alembic/realworld/issues/14',
      certainty: 'observed',
    },
    threadCinnyOrb: {
      title: 'cinnyapp/cinny #1960, OpaqueResponseBlocking prevents image from loading (Firefox console, 2024-09)',
      url: 'https://github.com/cinnyapp/cinny/issues/1960',
      certainty: 'observed',
    },
    threadHelmetCorpCdn: {
      title: 'helmetjs/helmet #406, images from a CDN blocked with err_blocked_by_response.notsameorigin 200 (2023-03)',
      url: 'https://github.com/helmetjs/helmet/issues/406',
      certainty: 'observed',
    },
    threadHelmetV5: {
      title: 'helmetjs/helmet #343, ERR_BLOCKED_BY_RESPONSE after upgrading to Helmet 5 and its new Cross-Origin-Resource-Policy default (2022-01)',
      url: 'https://github.com/helmetjs/helmet/issues/343',
      certainty: 'observed',
    },
    threadImgBedCors: {
      title: 'MarSeventh/CloudFlare-ImgBed #120, "Access to image at … has been blocked by CORS policy" (2024-12)',
      url: 'https://github.com/MarSeventh/CloudFlare-ImgBed/issues/120',
      certainty: 'observed',
    },
    chromiumNetErrors: {
      title: 'Chromium, net/base/net_error_list.h: the net::ERR_* codes and what each means',
      url: 'https://chromium.googlesource.com/chromium/src/+/HEAD/net/base/net_error_list.h',
      certainty: 'vendor-code',
    },
    threadSkybxNameNotResolved: {
      title: 'felixtrz/skybx #6, an image request failing with net::ERR_NAME_NOT_RESOLVED in the Chrome console',
      url: 'https://github.com/felixtrz/skybx/issues/6',
      certainty: 'observed',
    },
    threadSwapmyvoteBlockedByClient: {
      title: 'swapmyvote/swapmyvote #263, "Failed to load resource: net::ERR_BLOCKED_BY_CLIENT" from an ad blocker (2019-12)',
      url: 'https://github.com/swapmyvote/swapmyvote/pull/263',
      certainty: 'observed',
    },
  },
  examples: [{ entry: 'http/redirect-chain', sample: 1 }],
  featured: [],
  tables: {},
} satisfies ProviderCatalog;
