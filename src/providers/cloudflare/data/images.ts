/**
 * Cloudflare Images delivery (imagedelivery.net and /cdn-cgi/imagedelivery/) and the Images API:
 * the conditions the engine reads beside the numeric codes of codes.ts (facts, cdns.md 3.1-3.6).
 * Cloudflare documents neither the status of a failed signed URL nor the delivery answer for a
 * missing image (open question 3), so those entries say what is known and mark the rest.
 */
import type { CatalogEntry, Source } from '../../../catalog/types.ts';

export const cloudflareImagesSources = {
  cfImagesServe: {
    title: 'Cloudflare Images: serve uploaded images (imagedelivery.net URL form, format negotiation)',
    url: 'https://developers.cloudflare.com/images/manage-images/serve-images/serve-uploaded-images/',
    certainty: 'documented',
  },
  cfImagesCustomDomain: {
    title: 'Cloudflare Images: serve images from custom domains (/cdn-cgi/imagedelivery/)',
    url: 'https://developers.cloudflare.com/images/manage-images/serve-images/serve-from-custom-domains/',
    certainty: 'documented',
  },
  cfImagesFlexible: {
    title: 'Cloudflare Images: enable flexible variants',
    url: 'https://developers.cloudflare.com/images/manage-images/enable-flexible-variants/',
    certainty: 'documented',
  },
  cfImagesSigned: {
    title: 'Cloudflare Images: serve private images using signed URL tokens',
    url: 'https://developers.cloudflare.com/images/manage-images/serve-images/serve-private-images/',
    certainty: 'documented',
  },
  cfImagesLimits: {
    title: 'Cloudflare Images: limits and upload requirements',
    url: 'https://developers.cloudflare.com/images/get-started/limits/',
    certainty: 'documented',
  },
  cfImagesUnknownVariantCapture: {
    title: 'Capture: "ERROR 9425: Image access denied: This account doesn\'t have variant with this name" (project setup notes)',
    noPublicCopy: 'The stored copy names no repository or page, so there is no public address to link.',
    certainty: 'observed',
  },
  cfImagesApiCapture: {
    title: 'Capture: Images API 5403 error envelope logged by an app (khatri-rohit/retro-camera notes)',
    noPublicCopy: 'The stored copy names no repository or page, so there is no public address to link.',
    certainty: 'observed',
  },
  cfImagesApiCodesDart: {
    title: 'Third-party Dart client (pub.dev "cloudflare"), CloudflareImagesErrorCodes: Images API codes and messages',
    url: 'https://pub.dev/packages/cloudflare',
    certainty: 'uncertain',
  },
} as const satisfies Record<string, Source>;

const HASH = 'q8Zt2mLx4RbN7cVw1EyH5g';
const IMAGE = '7f3c1a52-9b8e-4d21-a6f0-3e5b9c2d8a14';
const NO_DELIVERY_CAPTURE = 'No capture of an imagedelivery.net error with its full headers was found; the header set in the sample is assumed.';

export const cloudflareImagesEntries: CatalogEntry[] = [
  {
    id: 'cloudflare/images-variant-not-found',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'images-variant-not-found',
    title: 'Cloudflare Images: no variant with this name',
    summary: 'The delivery URL names a variant the account does not have, so Cloudflare Images refused it with 403 and code 9425.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'observed',
    variants: [
      { status: 403, message: "ERROR 9425: Image access denied: This account doesn't have variant with this name", certainty: 'observed', sources: ['cfImagesUnknownVariantCapture'] },
    ],
    causes: [
      'A typo or a case difference in the variant name (the last path segment).',
      'The variant was deleted or renamed in the dashboard, or exists in another account.',
      'Flexible-variant options (`w=400`) written in a form Cloudflare does not read as options, so they are taken as a variant name.',
    ],
    fixes: [
      'List the account’s variants (Images → Variants in the dashboard, or `GET /accounts/{account_id}/images/v1/variants`) and use one of those names exactly.',
      'Or enable flexible variants and pass options such as `w=400,fit=cover` in that segment.',
    ],
    related: ['cloudflare/9425', 'cloudflare/9429', 'cloudflare/images-access-denied', 'cloudflare/images-api-error'],
    history: [],
    caveats: [
      'The errors reference table lists 9425 only as "Image access denied: test access denied"; the variant wording comes from a recorded response, and the API’s own code for the same problem is 5401 "Variant name not found".',
      NO_DELIVERY_CAPTURE,
    ],
    sources: ['cfImagesUnknownVariantCapture', 'cfImagesServe'],
    samples: [
      {
        label: 'Variant name that does not exist (curl -i)',
        paste: `$ curl -i "https://imagedelivery.net/${HASH}/${IMAGE}/thumbnail-large"
HTTP/2 403
date: Tue, 24 Nov 2026 16:05:41 GMT
content-type: text/plain
content-length: 79
server: cloudflare
cf-ray: 8e41c2f7ab9d5a13-FRA

ERROR 9425: Image access denied: This account doesn't have variant with this name`,
        origin: 'constructed',
        sources: ['cfImagesUnknownVariantCapture'],
      },
    ],
    keywords: ["doesn't have variant with this name", 'variant not found', 'unknown variant', 'imagedelivery.net 403', 'cloudflare images variant', '9425'],
  },
  {
    id: 'cloudflare/images-signature-expired',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'images-signature-expired',
    title: 'Cloudflare Images: signed URL past its expiry',
    summary: 'The delivery URL is signed and its `exp` lies before the response’s date, so the token has expired and Cloudflare refused the private image.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'The page was cached (HTML, a CDN, a static build) longer than the signed URLs in it stay valid.',
      'The expiry was computed in milliseconds or in the wrong time zone, so it lies in the past from the start.',
    ],
    fixes: [
      'Generate signed URLs when the page is served, with an `exp` longer than the page’s own cache lifetime.',
      '`exp` is Unix time in seconds: `Math.floor(Date.now() / 1000) + 3600` for one hour.',
    ],
    related: ['cloudflare/images-access-denied', 'cloudflare/9425'],
    history: [],
    caveats: [
      'Cloudflare does not document the status or body for an expired or invalid token; 403 is likely but unconfirmed. imgdiag names the expiry because it can compare `exp` with the response’s `date`.',
    ],
    sources: ['cfImagesSigned'],
    samples: [
      {
        label: 'Token expired an hour before the request (curl -sI)',
        paste: `$ curl -sI "https://imagedelivery.net/${HASH}/${IMAGE}/public?exp=1795500000&sig=5b0e1c9d7a3f42e8b6c1d0a9f8e7d6c5b4a3928170f6e5d4c3b2a1908f7e6d5c"
HTTP/2 403
date: Wed, 25 Nov 2026 05:20:00 GMT
content-type: text/plain
server: cloudflare
cf-ray: 8e4a9d03c1b27f66-AMS`,
        origin: 'constructed',
        sources: ['cfImagesSigned'],
      },
    ],
    keywords: ['signed url expired', 'exp', 'sig', 'private image', 'requireSignedURLs', 'token expired', 'cloudflare images 403'],
  },
  {
    id: 'cloudflare/images-access-denied',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'images-access-denied',
    title: 'Cloudflare Images: access denied without a code',
    summary: 'Cloudflare Images answered 403 and the paste shows no code or message; the URL’s shape says which cause is likely.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'The image requires signed URLs and the URL has no `exp`/`sig`, or a signature made with another key or over another string.',
      'A variant name the account does not have (observed with 9425).',
      'Flexible-variant options while flexible variants are off for the account (9429), or on an image that requires signed URLs, which flexible variants cannot serve.',
      'An account hash that does not match the image (9427).',
    ],
    fixes: [
      'Repeat the request with `curl -i` so the body shows: Cloudflare answers with `ERROR <code>: <message>`, which names the cause.',
      'For private images, sign the path plus `?exp=`: the signature is the hex HMAC-SHA256 of `url.pathname + "?" + url.searchParams` with the key from Images → Keys.',
      'Check the variant name, and whether flexible variants are enabled, in the Images dashboard.',
    ],
    related: ['cloudflare/images-variant-not-found', 'cloudflare/images-signature-expired', 'cloudflare/9425', 'cloudflare/9427', 'cloudflare/9429'],
    history: [],
    caveats: ['Which cause applies cannot be read from the headers alone; the notes rank them by what the URL shows.', NO_DELIVERY_CAPTURE],
    sources: ['cfImagesSigned', 'cfImagesFlexible', 'cfImagesServe'],
    samples: [
      {
        label: 'Private image without a token (curl -sI)',
        paste: `$ curl -sI "https://imagedelivery.net/${HASH}/${IMAGE}/public"
HTTP/2 403
date: Tue, 24 Nov 2026 16:12:09 GMT
content-type: text/plain
server: cloudflare
cf-ray: 8e41cc52d7e34b09-FRA`,
        origin: 'constructed',
        sources: ['cfImagesSigned'],
      },
    ],
    keywords: ['imagedelivery.net 403', 'image access denied', 'requireSignedURLs', 'private image', 'signed url', 'flexible variants'],
  },
  {
    id: 'cloudflare/images-not-found',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'images-not-found',
    title: 'Cloudflare Images: not found without a code',
    summary: 'An imagedelivery.net URL answered 404 with no code in the paste: most likely the image id does not exist in this account.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'The image id is wrong, the image was deleted, or it belongs to another account.',
      'A direct creator upload that never completed: the id exists as a draft until the file arrives.',
    ],
    fixes: [
      'Look the id up: `GET /accounts/{account_id}/images/v1/{image_id}` answers with the image, or with 5404 "Image not found".',
      'Repeat the request with `curl -i` to see the body’s `ERROR <code>` line, if any.',
    ],
    related: ['cloudflare/9431', 'cloudflare/images-access-denied'],
    history: [],
    caveats: ['The delivery answer for a missing image id was not found in any source (9431 "Not found" is the closest listed code).', NO_DELIVERY_CAPTURE],
    sources: ['cfImagesServe'],
    samples: [
      {
        label: 'Unknown image id (curl -sI)',
        paste: `$ curl -sI "https://imagedelivery.net/${HASH}/00000000-dead-beef-0000-000000000000/public"
HTTP/2 404
date: Tue, 24 Nov 2026 16:14:51 GMT
content-type: text/plain
server: cloudflare
cf-ray: 8e41d04a6b1c2e87-FRA`,
        origin: 'constructed',
        sources: ['cfImagesServe'],
      },
    ],
    keywords: ['imagedelivery.net 404', 'image id not found', 'cloudflare images 404', 'deleted image'],
  },
  {
    id: 'cloudflare/images-delivered',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'images-delivered',
    title: 'Cloudflare Images: image delivered',
    summary: 'Cloudflare Images served a stored image in a variant; the notes say which account, image and variant the URL names.',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: ['A delivery URL for an existing image and variant, public or correctly signed.'],
    fixes: ['Nothing to fix. The format follows the browser’s Accept header: AVIF, then WebP, else the original format.'],
    related: ['cloudflare/images-variant-not-found', 'cloudflare/resized'],
    history: [],
    caveats: [],
    sources: ['cfImagesServe', 'cfImagesCustomDomain'],
    samples: [
      {
        label: 'Public variant as AVIF (curl -sI)',
        paste: `$ curl -sI -H "Accept: image/avif,image/webp,*/*" "https://imagedelivery.net/${HASH}/${IMAGE}/public"
HTTP/2 200
date: Tue, 24 Nov 2026 16:02:17 GMT
content-type: image/avif
content-length: 24871
cache-control: public, max-age=172800, stale-while-revalidate=7200
vary: Accept
server: cloudflare
cf-ray: 8e41bd1f4a2c9e55-FRA`,
        origin: 'constructed',
        sources: ['cfImagesServe'],
      },
    ],
    keywords: ['imagedelivery.net', 'cloudflare images', 'variant', 'account hash', 'image id', 'cdn-cgi/imagedelivery'],
  },
  {
    id: 'cloudflare/images-api-error',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'images-api-error',
    title: 'Cloudflare Images API error',
    summary: 'A call to the Images API (upload, list, variants) failed; the v4 envelope’s `errors[].code` (54xx) names the reason.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    // One variant, the captured one: the engine reads the other codes from images-api-codes.ts,
    // and the page lists them all.
    variants: [
      {
        status: null,
        message: '5403: The given account is not valid or is not authorized to access this service',
        certainty: 'observed',
        sources: ['cfImagesApiCapture'],
      },
    ],
    causes: [
      '5403: Cloudflare Images is not enabled for the account, or the API token lacks the Images permission.',
      '5413, 5455, 5415: the upload is over 10 MB, in a format Images does not take, or sent as raw bytes instead of a form field named `file`.',
      '5408 / 5433 / 5450: the upload was too slow, aborted or broken off.',
      '5401 / 5404: the variant or image named in the call does not exist.',
      '5453: the account reached a service limit (stored images on its plan).',
    ],
    fixes: [
      'For 5403: subscribe to Images for the account and use a token with Account → Cloudflare Images → Edit.',
      'Upload as `multipart/form-data` with the file in a field named `file`; keep files under 10 MB and 12,000 px per side.',
      'Do not set `Content-Type` by hand for form uploads; the client must add the boundary.',
    ],
    related: ['cloudflare/images-variant-not-found', 'cloudflare/images-not-found'],
    history: [],
    caveats: [
      'Cloudflare publishes no Images API code table in the sources used here; the codes and messages come from a third-party client library, and only 5403 was seen in a capture.',
      'The HTTP statuses of these errors are not documented; the sample’s 403 is assumed.',
    ],
    sources: ['cfImagesApiCapture', 'cfImagesApiCodesDart', 'cfImagesLimits'],
    samples: [
      {
        label: 'Images not enabled on the account (curl -i, body from a capture)',
        paste: `$ curl -i -X POST "https://api.cloudflare.com/client/v4/accounts/3f9c2a1b7e8d4c5f6a0b1c2d3e4f5a6b/images/v1" -H "Authorization: Bearer $TOKEN" -F file=@team.jpg
HTTP/2 403
date: Tue, 24 Nov 2026 16:20:33 GMT
content-type: application/json
server: cloudflare
cf-ray: 8e41dbe29f0a6c31-FRA

{
  "result": null,
  "success": false,
  "errors": [{
    "code": 5403,
    "message": "The given account is not valid or is not authorized to access this service"
  }]
}`,
        origin: 'constructed',
        sources: ['cfImagesApiCapture'],
      },
    ],
    keywords: ['5403', '5401', '5408', '5413', '5415', '5455', 'images api', 'upload failed', 'direct upload', 'not authorized to access this service', 'variant name not found'],
  },
];
