/**
 * What ImageKit's statuses mean when no `ik-error` explains them (facts 5.1-5.2): a bad
 * transformation (400), a tampered, expired or missing signature (401), an advanced-security
 * block (403), a 404 whose ik-error the paste lacks, and the 202 of a manifest still being
 * generated; plus a delivered image and an ik-error code ImageKit does not list.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

const CLOUDFRONT = `via: 1.1 6f3b2d1e0a9c8b7d6e5f4a3b2c1d0e9f.cloudfront.net (CloudFront)
x-amz-cf-pop: FRA56-P4
x-amz-cf-id: q3LrR1a8mX0pYkB2cD4eF6gH8iJ0kL2mN4oP6qR8sT0uV2wX4yZ6Aw==`;

export const imagekitStatuses: CatalogEntry[] = [
  {
    id: 'imagekit/400',
    provider: 'imagekit',
    kind: 'status',
    code: '400',
    title: 'ImageKit refused the transformation: unknown named transformation or retired option',
    summary: 'ImageKit refused the transformation in the URL: a named transformation that does not exist, an explicit one while unnamed transformations are restricted, or options it no longer accepts.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      { status: 400, message: 'Bad Image Transformation Request', certainty: 'uncertain', sources: ['ikSecurity'] },
      { status: 400, message: '', certainty: 'documented', sources: ['ikNamedTransformations', 'ikEnhancement', 'ikOverlay'] },
    ],
    causes: [
      'A named transformation (`tr:n-<name>`) that does not exist in this account.',
      '"Restrict Unnamed Image Transformations" is on and the URL uses an explicit transformation such as `tr:w-100,h-100`; ImageKit calls this a "Bad Image Transformation Request".',
      'The old overlay syntax (`oi-`, `ot-` and the like), which ImageKit stopped accepting on 1 November 2023; layers (`l-image`, `l-text` … `l-end`) replace it.',
      '`e-shadow` on an image larger than 2 megapixels.',
      'An `ik-error: ELIMIT` header means a limit instead: see that code.',
    ],
    fixes: [
      'Check the `tr` string: compare named transformations with the list in the dashboard, and rewrite overlays in the layer syntax.',
      'If unnamed transformations are restricted, use a named transformation (`tr:n-thumbnail`) or lift the restriction.',
      'For `e-shadow`, resize first (`w-`, `h-`) so the image is under 2 megapixels, in an earlier step of a chained transformation.',
    ],
    related: ['imagekit/elimit', 'imagekit/401'],
    history: [
      {
        when: '2023-11-01',
        text: 'The old overlay syntax (`oi`, `ot` and related parameters) started answering 400; the layer syntax (`l-image`, `l-text`) replaces it.',
        sources: ['ikOverlay'],
      },
    ],
    caveats: [
      'ImageKit does not state the status of the "Bad Image Transformation Request" error (restricted unnamed transformations); 400 is an inference from its wording and from the other transformation errors.',
      'Whether an `ik-error` header accompanies these 400s is not documented.',
    ],
    sources: ['ikNamedTransformations', 'ikSecurity', 'ikOverlay', 'ikEnhancement'],
    samples: [
      {
        label: 'Named transformation that does not exist (curl -sI, constructed)',
        paste: `$ curl -sI "https://ik.imagekit.io/northwind/tr:n-product-thumb/products/chair-oak.jpg"
HTTP/2 400
content-type: text/plain; charset=utf-8
date: Tue, 01 Dec 2026 12:10:14 GMT
x-server: ImageKit.io
x-cache: Error from cloudfront
${CLOUDFRONT}
`,
        origin: 'constructed',
        sources: ['ikNamedTransformations'],
      },
      {
        label: 'Old overlay syntax after November 2023 (curl -sI, constructed)',
        paste: `$ curl -sI "https://ik.imagekit.io/northwind/banners/sale.jpg?tr=w-1200,oi-logo.png,ox-20,oy-20"
HTTP/2 400
date: Tue, 01 Dec 2026 12:11:40 GMT
x-server: ImageKit.io
x-cache: Error from cloudfront
${CLOUDFRONT}
`,
        origin: 'constructed',
        sources: ['ikOverlay'],
      },
    ],
    keywords: ['bad image transformation request', 'named transformation', 'tr:n-', 'overlay', 'oi-', 'e-shadow', 'invalid transformation', 'restrict unnamed'],
  },
  {
    id: 'imagekit/401',
    provider: 'imagekit',
    kind: 'status',
    code: '401',
    title: 'Unauthorised: signed URL altered, expired or missing',
    summary: 'ImageKit requires a valid signature for this URL (`ik-s`, with `ik-t` for expiry) and the one given is missing, does not match the URL, or has expired.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: 401, message: 'Unauthorised', certainty: 'documented', sources: ['ikSignedUrls'] }],
    causes: [
      'The URL was changed after signing: a transformation, the path or a query parameter differs from what was signed.',
      'The `ik-t` expiry time (a UTC timestamp in seconds) has passed.',
      '"Restrict Unsigned Image URLs" is on, or the image is private, and the URL carries no `ik-s` at all.',
      'The signature was made with the wrong private key, or not in lower-case hex.',
    ],
    fixes: [
      'Sign the final URL on the server with an ImageKit SDK (`signed: true`, `expireSeconds`), and do not add or reorder anything afterwards.',
      'Give `ik-t` an expiry long enough for the page’s cache lifetime, or sign again when pages are served.',
      'Check which private key the server uses: the one in the dashboard’s developer section, for this account.',
    ],
    related: ['imagekit/403', 'imagekit/400'],
    history: [],
    caveats: ['ImageKit documents the 401 for altered or expired signed URLs; that an unsigned URL under "Restrict Unsigned Image URLs" also answers 401 is an inference.'],
    sources: ['ikSignedUrls', 'ikSecurity'],
    samples: [
      {
        label: 'Signed URL past its ik-t expiry (curl -sI, constructed)',
        paste: `$ curl -sI "https://ik.imagekit.io/northwind/tr:w-400/invoices/scan-2211.jpg?ik-t=1764583200&ik-s=5f0c2a9e8d7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a"
HTTP/2 401
date: Tue, 01 Dec 2026 12:15:02 GMT
x-server: ImageKit.io
x-cache: Error from cloudfront
${CLOUDFRONT}
`,
        origin: 'constructed',
        sources: ['ikSignedUrls'],
      },
    ],
    keywords: ['unauthorised', 'unauthorized', 'signed url', 'ik-s', 'ik-t', 'expired', 'signature', 'private image'],
  },
  {
    id: 'imagekit/403',
    provider: 'imagekit',
    kind: 'status',
    code: '403',
    title: 'Forbidden by advanced security settings',
    summary: 'ImageKit’s advanced security settings blocked the request by its IP address, referrer or user agent.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: 403, message: '', certainty: 'documented', sources: ['ikAdvancedSecurity'] }],
    causes: [
      'An IP block or allow-list rule matches the client.',
      'A referrer rule: the page embedding the image (or a missing `Referer`, as with curl or privacy tools) is not allowed.',
      'A user-agent rule blocks the client (crawlers, scripts).',
    ],
    fixes: [
      'Compare the request’s IP, `Referer` and `User-Agent` with the advanced security rules in the dashboard.',
      'Repeat the request with the referrer of your site: `curl -sI -H "Referer: https://www.example.com/" "<URL>"`.',
      'Add the missing domain (staging, a new site) to the allowed referrers.',
    ],
    related: ['imagekit/401'],
    history: [],
    caveats: ['These settings belong to ImageKit’s enterprise plans; ImageKit documents no message or header for the block.'],
    sources: ['ikAdvancedSecurity'],
    samples: [
      {
        label: 'Referrer not allowed (curl -sI, constructed)',
        paste: `$ curl -sI -H "Referer: https://staging.example.com/" "https://ik.imagekit.io/northwind/tr:w-600/products/lamp-brass.jpg"
HTTP/2 403
date: Tue, 01 Dec 2026 12:18:27 GMT
x-server: ImageKit.io
x-cache: Error from cloudfront
${CLOUDFRONT}
`,
        origin: 'constructed',
        sources: ['ikAdvancedSecurity'],
      },
    ],
    keywords: ['forbidden', 'referrer', 'hotlink', 'ip block', 'user agent', 'advanced security'],
  },
  {
    id: 'imagekit/404',
    provider: 'imagekit',
    kind: 'status',
    code: '404',
    title: 'Not found at ImageKit: the ik-error header says why',
    summary: 'ImageKit could not fetch the original from your origin. It always says why in an `ik-error` header, which this paste does not show.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [{ status: 404, message: 'Not Found', certainty: 'documented', sources: ['ikErrorTroubleshooting'] }],
    causes: [
      'The file is not at that path on the origin (`ENOENT`).',
      'ImageKit may not read it: wrong or expired credentials, or a firewall (`EACCES`).',
      'The origin refused the connection (`ECONNREFUSED`), or the failure could not be classified (`UNIDENTIFIED`).',
    ],
    fixes: [
      'Capture the response headers again, in full (`curl -sI "<URL>"` or the devtools Network panel): the `ik-error` line names the cause.',
      'Then follow its code’s page.',
    ],
    related: ['imagekit/enoent', 'imagekit/eacces', 'imagekit/econnrefused', 'imagekit/unidentified'],
    history: [],
    caveats: ['The browser shows only a white page with "Not Found"; the `ik-error` header is visible in devtools and curl.'],
    sources: ['ikErrorTroubleshooting'],
    samples: [
      {
        label: 'Status and body only, as a browser shows it (constructed)',
        paste: `GET https://ik.imagekit.io/northwind/tr:w-300/team/ana.jpg
HTTP/2 404
content-type: text/plain; charset=utf-8
x-server: ImageKit.io

Not Found
`,
        origin: 'constructed',
        sources: ['ikErrorTroubleshooting'],
      },
    ],
    keywords: ['not found', 'white page', 'imagekit 404', 'missing image'],
  },
  {
    id: 'imagekit/202',
    provider: 'imagekit',
    kind: 'status',
    code: '202',
    title: 'Accepted: streaming variants still being generated',
    summary: 'The first request for an adaptive-bitrate manifest answers 202 with an empty body while ImageKit generates the video variants; later requests get the manifest.',
    actor: 'service',
    severity: 'info',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: 202, message: '', certainty: 'documented', sources: ['ikAdaptiveBitrate'] }],
    causes: ['The manifest (`.m3u8` or `.mpd` with `tr=sr-…`) was requested for the first time and its variants are not ready yet.'],
    fixes: [
      'Retry after a short delay; players that treat 202 as an error need a retry or a warm-up request after upload.',
      'Request the manifest once after uploading a video, so viewers never hit the first request.',
    ],
    related: ['imagekit/delivered'],
    history: [],
    caveats: [],
    sources: ['ikAdaptiveBitrate'],
    samples: [
      {
        label: 'First request of an HLS manifest (curl -sI, constructed)',
        paste: `$ curl -sI "https://ik.imagekit.io/northwind/videos/launch.mp4/ik-master.m3u8?tr=sr-240_360_480_720"
HTTP/2 202
content-length: 0
date: Tue, 01 Dec 2026 12:22:09 GMT
x-server: ImageKit.io
x-cache: Miss from cloudfront
${CLOUDFRONT}
`,
        origin: 'constructed',
        sources: ['ikAdaptiveBitrate'],
      },
    ],
    keywords: ['202', 'accepted', 'abs', 'adaptive bitrate', 'm3u8', 'hls', 'dash', 'empty manifest'],
  },
];
