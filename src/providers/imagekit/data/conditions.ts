/**
 * ImageKit conditions read from several headers (facts 5.1-5.2): an image it delivered
 * (`x-server: ImageKit.io`, often behind CloudFront) and an `ik-error` code its docs do not list.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

/** CAP-4: an ik.imagekit.io image behind CloudFront, from setup notes (facts section 7). */
const CAPTURE_IMAGEKIT_CLOUDFRONT = `curl -I https://ik.imagekit.io/3421i31n/catalog/a578c9ff0b6ec424853da33e73aef22d.png
HTTP/2 200 
content-type: image/png
x-server: ImageKit.io
cache-control: public, s-maxage=15552000, max-age=15552000, must-revalidate
x-cache: Hit from cloudfront
via: 1.1 4e3c79d06b4e17a0f3bc8206.cloudfront.net (CloudFront)
x-amz-cf-pop: SIN52-C3
x-amz-cf-id: EEPA9b2amQBM0mVJUoTCFCdHptDvfxRagEx6bzidiQ==
age: 11959
`;

export const imagekitConditions: CatalogEntry[] = [
  {
    id: 'imagekit/delivered',
    provider: 'imagekit',
    kind: 'condition',
    code: 'delivered',
    title: 'Delivered by ImageKit',
    summary: 'ImageKit delivered this image: `x-server: ImageKit.io` (or an ImageKit host) with a success status, usually through CloudFront.',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'observed',
    variants: [],
    causes: ['ImageKit fetched the original from your origin (or its cache), applied the URL’s transformations and served the result.'],
    fixes: [
      'Nothing needs fixing.',
      'If the image looks wrong, read its transformations (`tr=` in the query or a `tr:` path segment): ImageKit did what they asked.',
      'After replacing an original, purge its URL in the dashboard or through the purge API; `x-cache: Hit from cloudfront` shows a cached copy.',
    ],
    related: ['imagekit/404', 'imagekit/401'],
    history: [],
    caveats: [
      '`x-server: ImageKit.io` comes from recorded responses, not from ImageKit’s documentation.',
      'A missing file with a default image (`di-<path>`) also answers 200: the response does not say the default stood in.',
    ],
    sources: ['captureImagekitCloudfront', 'ikDefaultImage'],
    samples: [
      { label: 'ik.imagekit.io image behind CloudFront (curl -I, recorded)', paste: CAPTURE_IMAGEKIT_CLOUDFRONT, origin: 'capture', sources: ['captureImagekitCloudfront'] },
    ],
    keywords: ['x-server imagekit.io', 'imagekit works', 'cloudfront', 'tr=', 'tr:'],
  },
  {
    id: 'imagekit/unknown-ik-error',
    provider: 'imagekit',
    kind: 'condition',
    code: 'unknown-ik-error',
    title: 'ik-error with a code ImageKit does not list',
    summary: 'The response carries an `ik-error` header whose code is none of the five ImageKit documents (ENOENT, EACCES, ELIMIT, ECONNREFUSED, UNIDENTIFIED).',
    actor: 'origin',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: ['A newer or rarer failure than ImageKit’s troubleshooting page covers; the message after the code is the best description.'],
    fixes: [
      'Read the message after the code: it usually names the problem.',
      'Fetch the original from the origin yourself, then contact ImageKit support with the full URL and the time.',
    ],
    related: ['imagekit/unidentified', 'imagekit/404'],
    history: [],
    caveats: ['Whether ImageKit has added codes since its troubleshooting page was written is not known.'],
    sources: ['ikErrorTroubleshooting'],
    samples: [
      {
        label: 'An unlisted code (header excerpt, constructed; placeholder text)',
        paste: `HTTP/2 404
ik-error: [placeholder: a code outside the documented list] - [placeholder message]
x-server: ImageKit.io
`,
        origin: 'constructed',
        sources: ['ikErrorTroubleshooting'],
      },
    ],
    keywords: ['ik-error', 'unknown code'],
  },
];
