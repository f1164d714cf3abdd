/** The documents the Bunny Optimizer entries cite (facts, cdns.md section 6.1). */
import type { Source } from '../../../catalog/types.ts';

export const bunnySources = {
  bunnyTroubleshooting: {
    title: 'Bunny Optimizer: Troubleshooting (response headers and X-BO-Processing-Error codes)',
    url: 'https://docs.bunny.net/optimizer/troubleshooting',
    certainty: 'documented',
  },
  bunnyLimits: {
    title: 'Bunny Optimizer: Limits',
    url: 'https://docs.bunny.net/optimizer/limits',
    certainty: 'documented',
  },
  bunnyDynamicImages: {
    title: 'Bunny Optimizer: Dynamic Images (query-string transformations, Image Classes)',
    url: 'https://docs.bunny.net/optimizer/dynamic-images/overview',
    certainty: 'documented',
  },
  bunnyFormats: {
    title: 'Bunny Optimizer: Formats (input and output formats, WebP and AVIF limits)',
    url: 'https://docs.bunny.net/optimizer/dynamic-images/formats',
    certainty: 'documented',
  },
  bunnyChangelog: {
    title: 'Bunny Optimizer: changelog (upscaling parameter, 2026-04-28)',
    url: 'https://docs.bunny.net/optimizer/changelog',
    certainty: 'documented',
  },
  bunnyCdnHeaders: {
    title: 'Public captures of Bunny CDN response headers (server: BunnyCDN-<node>, cdn-pullzone, cdn-cache, cdn-requestid)',
    noPublicCopy: 'The stored copy names no repository or page, so there is no public address to link.',
    certainty: 'observed',
  },
  threadNuzlockeDomainSuspended: {
    title: 'domtronn/nuzlocke.app #205, images on a Bunny hostname answering "Domain suspended or not configured"',
    url: 'https://github.com/domtronn/nuzlocke.app/issues/205',
    certainty: 'observed',
  },
  bunnyDomainSuspendedNotes: {
    title: 'Public project notes and scripts that check for Bunny’s "Domain suspended or not configured" page, some with its 403 status',
    noPublicCopy: 'The stored copies name no repository or page, so there is no public address to link.',
    certainty: 'observed',
  },
} as const satisfies Record<string, Source>;
