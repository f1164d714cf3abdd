/** The documents ImageKit's entries cite (shared/facts/cdns.md, section 5 and capture CAP-4). */
import type { Source } from '../../../catalog/types.ts';

const DOCS = 'imagekitio/docs-keep-a-changelog';

export const imagekitSources = {
  ikErrorTroubleshooting: {
    title: `ImageKit: error troubleshooting, the ik-error header and its codes (${DOCS}, limits-and-troubleshooting/404-not-found-error-troubleshooting.md)`,
    url: 'https://docs.imagekit.io/limits-and-troubleshooting/404-not-found-error-troubleshooting',
    certainty: 'documented',
  },
  ikSignedUrls: {
    title: `ImageKit: signed URLs, ik-s and ik-t (${DOCS}, features/security/signed-urls.md)`,
    url: 'https://docs.imagekit.io/features/security/signed-urls',
    certainty: 'documented',
  },
  ikSecurity: {
    title: `ImageKit: restricting unsigned URLs and unnamed transformations (${DOCS}, features/security/README.md)`,
    url: 'https://docs.imagekit.io/features/security',
    certainty: 'documented',
  },
  ikNamedTransformations: {
    title: 'ImageKit: named transformations (a missing name answers 400)',
    url: 'https://docs.imagekit.io/features/named-transformations',
    certainty: 'documented',
  },
  ikEnhancement: {
    title: `ImageKit: image enhancement, e-shadow limited to images under 2 MP (${DOCS}, features/image-transformations/image-enhancement-and-color-manipulation.md)`,
    url: 'https://docs.imagekit.io/features/image-transformations/image-enhancement-and-color-manipulation',
    certainty: 'documented',
  },
  ikOverlay: {
    title: `ImageKit: overlays, old syntax (oi, ot …) rejected from 1 November 2023 (${DOCS}, features/image-transformations/overlay.md)`,
    url: 'https://docs.imagekit.io/features/image-transformations/overlay',
    certainty: 'documented',
  },
  ikAdvancedSecurity: {
    title: `ImageKit: advanced security settings, IP, referrer and user-agent blocks (${DOCS}, features/advanced-security-settings.md)`,
    url: 'https://docs.imagekit.io/features/advanced-security-settings',
    certainty: 'documented',
  },
  ikAdaptiveBitrate: {
    title: `ImageKit: adaptive bitrate streaming, 202 while variants are generated (${DOCS}, features/video-transformation/adaptive-bitrate-streaming.md)`,
    url: 'https://docs.imagekit.io/features/video-transformation/adaptive-bitrate-streaming',
    certainty: 'documented',
  },
  ikDefaultImage: {
    title: `ImageKit: the di- default image parameter (${DOCS}, features/image-transformations/resize-crop-and-other-transformations.md)`,
    url: 'https://docs.imagekit.io/features/image-transformations/resize-crop-and-other-transformations',
    certainty: 'documented',
  },
  ikLimits: {
    title: `ImageKit: limits, input size, resolution and output dimensions (${DOCS}, limits-and-troubleshooting/limits.md)`,
    url: 'https://docs.imagekit.io/limits-and-troubleshooting/limits',
    certainty: 'documented',
  },
  captureImagekitCloudfront: {
    title: 'Setup notes with a curl -I of an ik.imagekit.io image behind CloudFront (public repository, name not recorded)',
    noPublicCopy: 'The repository was not recorded when the capture was collected (the facts give only an index id), so there is nothing to link to.',
    certainty: 'observed',
  },
} as const satisfies Record<string, Source>;
