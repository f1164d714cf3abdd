/**
 * Vercel's image optimization: every image code of `x-vercel-error` its error index lists, the
 * quota code projects report, the success condition read from `x-vercel-cache`, and any other
 * platform code met on an image URL (shared/facts/frameworks.md, section 3).
 *
 * The entries of kind `code` are the `x-vercel-error` values themselves: an entry's code is the
 * Vercel code in lower case with hyphens (`invalid-image-optimize-request`), which the rules rely
 * on. Titles leave the upper-case code out: it cannot wrap, and pages show the code beside them. Vercel documents each code's status and a one-line meaning, not which upstream conditions
 * lead to which 502 code; where the entries map causes to codes, they say how sure that is.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

export const vercelEntries: CatalogEntry[] = [
  {
    id: 'vercel/invalid-image-optimize-request',
    provider: 'vercel',
    kind: 'code',
    code: 'invalid-image-optimize-request',
    title: 'Invalid image optimization request',
    summary:
      'Vercel’s optimizer refused the `/_next/image` or `/_vercel/image` request: the source is not allowed by the images config, `w` or `q` is not an allowed value, or the source did not answer with an image.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      { status: 400, message: 'Bad request', certainty: 'observed', sources: ['vercelCaptureRemotePatterns'] },
      { status: 400, message: 'INVALID_IMAGE_OPTIMIZE_REQUEST', certainty: 'documented', sources: ['vercelInvalidRequestDoc', 'vercelErrorsIndex'] },
    ],
    causes: [
      'The source host is not in `images.remotePatterns` (or `images.domains`) of next.config.js, or, for Nuxt, Astro and the Build Output API, in the `images` block the adapter writes.',
      'A width that is not in `deviceSizes`/`imageSizes`, or a quality outside 1–100 or not in `images.qualities` (Next.js 16 allows only 75 by default).',
      'A local source that does not answer with an image: a route that errors (the capture shows `x-matched-path: /500`), an API route that returns JSON, a file missing from the deployment.',
      'A local source outside `images.localPatterns`, or a `url` that does not start with `/`, `http://` or `https://`.',
    ],
    fixes: [
      'Decode the `url` parameter and check its host against `remotePatterns`; add it, then redeploy (the config is read at build).',
      'Request the source URL itself and check that it answers 200 with an `image/…` content type.',
      'Use widths and qualities from the config; let the framework’s image component build the URL.',
      'Quote the `x-vercel-id` when asking Vercel support: it names the request.',
    ],
    related: ['vercel/optimized-external-image-request-invalid', 'nextjs/url-not-allowed', 'nextjs/quality-not-allowed', 'nextjs/not-a-valid-image'],
    history: [],
    caveats: [
      'Vercel uses this one code for what self-hosted Next.js reports as several messages; the body says only "Bad request", so the cause has to be found from the URL and the config.',
      'For a local source route that fails, self-hosted Next.js answers 500 while Vercel answers 400 with this code (capture C5).',
    ],
    sources: ['vercelInvalidRequestDoc', 'vercelErrorsIndex', 'vercelCaptureRemotePatterns'],
    samples: [
      {
        label: 'Host not in remotePatterns, with the body (curl -s -D -, recorded)',
        paste: `$ curl -s -D - "$BASE/_next/image?url=https%3A%2F%2Fexample.invalid%2Fx.png&w=640&q=75" | tail -c 500
HTTP/2 400
cache-control: public, max-age=0, must-revalidate
content-type: text/plain; charset=utf-8
date: Thu, 10 Sep 2026 06:23:54 GMT
server: Vercel
strict-transport-security: max-age=63072000; includeSubDomains; preload
x-vercel-error: INVALID_IMAGE_OPTIMIZE_REQUEST
x-vercel-id: arn1::jg4ff-1789021434365-909a47ad4e89
content-length: 84

Bad request

INVALID_IMAGE_OPTIMIZE_REQUEST

arn1::jg4ff-1789021434365-909a47ad4e89
`,
        origin: 'capture',
        sources: ['vercelCaptureRemotePatterns'],
      },
      {
        label: 'The error page as the browser shows it (recorded)',
        paste: `400: BAD_REQUEST
Code: INVALID_IMAGE_OPTIMIZE_REQUEST
ID: arn1::dkrnn-1692546290759-c5a96c14ad1b
`,
        origin: 'capture',
        sources: ['vercelPlatformsIssue298'],
      },
      {
        label: 'Local source route that fails (curl -i, recorded, partial)',
        paste: `$ curl -i 'https://next-image-launcher-repro.vercel.app/_next/image?url=%2Fapi%2Fimage&w=64&q=75'
HTTP/2 400
x-vercel-error: INVALID_IMAGE_OPTIMIZE_REQUEST
x-matched-path: /500
`,
        origin: 'capture',
        sources: ['vercelCaptureLocalRoute'],
      },
    ],
    keywords: ['400: bad_request', 'vercel image 400', 'remotePatterns vercel', 'works locally not on vercel', 'x-vercel-error', 'invalid image optimize request'],
  },
  {
    id: 'vercel/optimized-external-image-request-failed',
    provider: 'vercel',
    kind: 'code',
    code: 'optimized-external-image-request-failed',
    title: 'Fetching the remote image failed',
    summary: 'Vercel’s optimizer could not get the remote source image: the request to it failed, so it answered 502 Bad Gateway.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [{ status: 502, message: 'OPTIMIZED_EXTERNAL_IMAGE_REQUEST_FAILED', certainty: 'documented', sources: ['vercelExternalFailedDoc', 'vercelErrorsIndex'] }],
    causes: [
      'The source host is down, too slow, or answers with a server error.',
      'The source image was moved or deleted.',
      'The source blocks requests from cloud IP ranges or without a browser’s headers (bot protection, a WAF rule).',
    ],
    fixes: [
      'Request the source URL from outside your network (`curl -sI "<url>"`) and check that it answers 200 with an image.',
      'If the host rate-limits or blocks data centres, allow Vercel or host the originals on storage you control.',
      'Retry later for intermittent failures: optimized variants already cached keep being served.',
    ],
    related: ['vercel/optimized-external-image-request-unauthorized', 'vercel/optimized-external-image-request-invalid', 'nextjs/upstream-invalid'],
    history: [],
    caveats: [
      'Vercel documents the code and its status; which upstream conditions lead to it rather than to `…_INVALID` or `…_UNAUTHORIZED` is not documented, so the causes above are inferred from the docs’ advice.',
      'Whether the 502 body follows the `<message>\\n\\n<CODE>\\n\\n<id>` shape of the 400 is not confirmed by any full capture.',
    ],
    sources: ['vercelExternalFailedDoc', 'vercelErrorsIndex'],
    samples: [
      {
        label: 'Remote source down (curl -sI)',
        paste: `$ curl -sI "https://www.example-travel.com/_next/image?url=https%3A%2F%2Fphotos.hotel-partner.example%2Frooms%2F4411-deluxe.jpg&w=1080&q=75"
HTTP/2 502
cache-control: public, max-age=0, must-revalidate
content-security-policy: script-src 'none'; frame-src 'none'; sandbox;
content-type: text/plain; charset=utf-8
date: Tue, 01 Dec 2026 13:02:11 GMT
server: Vercel
strict-transport-security: max-age=63072000; includeSubDomains; preload
x-vercel-error: OPTIMIZED_EXTERNAL_IMAGE_REQUEST_FAILED
x-vercel-id: fra1::iad1::x8m2q-1764594131208-3b9d0c41e7f2
`,
        origin: 'constructed',
        sources: ['vercelExternalFailedDoc'],
      },
    ],
    keywords: ['vercel image 502', 'bad gateway image', 'external image failed'],
  },
  {
    id: 'vercel/optimized-external-image-request-invalid',
    provider: 'vercel',
    kind: 'code',
    code: 'optimized-external-image-request-invalid',
    title: 'The remote image request is invalid',
    summary: 'Vercel judged the request for the remote source invalid, or what the source sent back unusable, and answered 502.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: 502, message: 'OPTIMIZED_EXTERNAL_IMAGE_REQUEST_INVALID', certainty: 'documented', sources: ['vercelExternalInvalidDoc', 'vercelErrorsIndex'] }],
    causes: [
      'The source URL inside `url` is malformed: not absolute, badly encoded, or with characters that break it (an unencoded `&` that cuts the source URL short).',
      'Query parameters of the source URL that the source rejects.',
      'A source that is configured or served in a way the optimizer cannot use, such as a response that is not an image.',
    ],
    fixes: [
      'Decode the `url` parameter once and open the result: it must be the exact, absolute source address.',
      'Encode the source URL with `encodeURIComponent` when building image URLs by hand.',
      'Check that the source answers 200 with an `image/…` content type.',
    ],
    related: ['vercel/invalid-image-optimize-request', 'vercel/optimized-external-image-request-failed'],
    history: [],
    caveats: ['Vercel’s page gives three checks (absolute URL, valid query parameters, source configuration) and no example; which upstream answers map to this code is not documented.'],
    sources: ['vercelExternalInvalidDoc'],
    samples: [
      {
        label: 'Source URL cut short by an unencoded & (curl -sI)',
        paste: `$ curl -sI "https://shop.example.com/_vercel/image?url=https://cdn.example-pim.com/render?sku=3312&size=large&w=640&q=75"
HTTP/2 502
cache-control: public, max-age=0, must-revalidate
content-type: text/plain; charset=utf-8
date: Tue, 01 Dec 2026 13:08:40 GMT
server: Vercel
strict-transport-security: max-age=63072000; includeSubDomains; preload
x-vercel-error: OPTIMIZED_EXTERNAL_IMAGE_REQUEST_INVALID
x-vercel-id: cdg1::7vq3n-1764594520833-a41c9e2b0d55
`,
        origin: 'constructed',
        sources: ['vercelExternalInvalidDoc'],
      },
    ],
    keywords: ['invalid external image', 'url encoding'],
  },
  {
    id: 'vercel/optimized-external-image-request-unauthorized',
    provider: 'vercel',
    kind: 'code',
    code: 'optimized-external-image-request-unauthorized',
    title: 'The remote source refused Vercel',
    summary:
      'The remote source refused Vercel’s request for the image (typically with 401 or 403), and Vercel answered 502. Images that were already cached keep working while new sizes fail.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      { status: 502, message: 'OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED', certainty: 'documented', sources: ['vercelExternalUnauthorizedDoc', 'vercelCaptureUnauthorized'] },
    ],
    causes: [
      'A private bucket or storage endpoint (S3, R2, GCS) that needs credentials the optimizer does not send.',
      'A signed URL that has expired by the time Vercel fetches it (seen with Notion’s signed S3 URLs, issue #42776).',
      'A host that blocks requests from data centres or by missing browser headers, or an IP allow-list that does not include Vercel.',
      'Hotlink protection that requires a `Referer` from your site.',
    ],
    fixes: [
      'Make the source objects publicly readable, or serve them through a route of your own that adds the credentials.',
      'Do not pass short-lived signed URLs to the image component; store a stable URL, or sign for longer than the cache lifetime.',
      'Remove IP or header filters on the source for image requests, or move the originals to storage you control.',
    ],
    related: ['vercel/optimized-external-image-request-failed', 'nextjs/upstream-invalid'],
    history: [],
    caveats: [
      'That a 401 or 403 from the source becomes this code is plausible from the name and the docs’ advice, not documented.',
      'The recorded 502 had `Content-Length: 88`, which leaves no room for a message line before the code and the id; the body shape of this code is inferred, not seen.',
    ],
    sources: ['vercelExternalUnauthorizedDoc', 'vercelCaptureUnauthorized', 'nextIssue50092', 'nextIssue42776'],
    samples: [
      {
        label: 'Remote storage refusing Vercel (script output, recorded)',
        paste: `✘ (502) https://SOMETHING_AWESOME.vercel.app/_next/image?url=https%3A//SOMETHING_SOMETHING.ucr.io/-/crop/3%3A2/center/https%3A//storage.googleapis.com/THE_BUCKET/002e641a-0679-49e3-aaef-3863bb80768e.jpg&w=640&q=75
	Cache-Control: public, max-age=0, must-revalidate
	Connection: keep-alive
	Content-Length: 88
	Content-Security-Policy: script-src 'none'; frame-src 'none'; sandbox;
	Content-Type: text/plain; charset=utf-8
	Date: Wed, 22 Nov 2023 09:10:17 GMT
	Server: Vercel
	Strict-Transport-Security: max-age=63072000; includeSubDomains; preload
	X-Vercel-Error: OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED
	X-Vercel-Id: fra1::7gtk5-1700644217844-6c5c893c8038
`,
        origin: 'capture',
        sources: ['vercelCaptureUnauthorized'],
      },
    ],
    keywords: ['502: bad_gateway', 'private bucket', 'signed url expired', 'r2 private', 'vercel 502 image'],
  },
  {
    id: 'vercel/optimized-external-image-too-many-redirects',
    provider: 'vercel',
    kind: 'code',
    code: 'optimized-external-image-too-many-redirects',
    title: 'The remote source redirects too often',
    summary: 'Fetching the remote source ran into too many redirects, usually a redirect loop, and Vercel answered 502.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [{ status: 502, message: 'OPTIMIZED_EXTERNAL_IMAGE_TOO_MANY_REDIRECTS', certainty: 'documented', sources: ['vercelTooManyRedirectsDoc', 'vercelErrorsIndex'] }],
    causes: [
      'The source redirects in a loop: http to https and back, a missing trailing slash rule, a login redirect that redirects again.',
      'A chain of redirects longer than Vercel follows (its limit is not published).',
    ],
    fixes: [
      'Follow the source yourself: `curl -sIL "<url>" | grep -iE "^(HTTP|location)"`, and fix the loop on the source.',
      'Use the final address of the image as the source.',
    ],
    related: ['vercel/optimized-external-image-request-failed', 'http/redirect-loop', 'nextjs/upstream-invalid'],
    history: [],
    caveats: ['Vercel does not publish how many redirects it follows; self-hosted Next.js 16 follows 3 by default and answers 508 beyond.'],
    sources: ['vercelTooManyRedirectsDoc'],
    samples: [
      {
        label: 'Source stuck in a redirect loop (curl -sI)',
        paste: `$ curl -sI "https://news.example.org/_next/image?url=http%3A%2F%2Fmedia.example-wire.com%2F2026%2F11%2Fsummit.jpg&w=1200&q=75"
HTTP/2 502
cache-control: public, max-age=0, must-revalidate
content-type: text/plain; charset=utf-8
date: Tue, 01 Dec 2026 13:15:27 GMT
server: Vercel
strict-transport-security: max-age=63072000; includeSubDomains; preload
x-vercel-error: OPTIMIZED_EXTERNAL_IMAGE_TOO_MANY_REDIRECTS
x-vercel-id: lhr1::2kd8s-1764594927614-9c3e71a0b4d8
`,
        origin: 'constructed',
        sources: ['vercelTooManyRedirectsDoc'],
      },
    ],
    keywords: ['redirect loop image', 'too many redirects vercel'],
  },
  {
    id: 'vercel/internal-optimized-image-request-failed',
    provider: 'vercel',
    kind: 'code',
    code: 'internal-optimized-image-request-failed',
    title: 'Vercel’s image optimizer failed internally',
    summary: 'The request for an internally optimized image failed inside Vercel’s platform; the docs index lists it with status 502.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: 502, message: 'INTERNAL_OPTIMIZED_IMAGE_REQUEST_FAILED', certainty: 'documented', sources: ['vercelInternalFailedDoc'] }],
    causes: ['A fault in Vercel’s image service, or a source it could not process.'],
    fixes: [
      'Retry; check vercel-status.com for an incident.',
      'If it persists for one image, try the source in another format, then contact Vercel support with the `x-vercel-id`.',
    ],
    related: ['vercel/optimized-external-image-request-failed'],
    history: [],
    caveats: ['No capture of this code was found; third-party copies of the error index list it with the platform’s internal errors rather than under "Image".'],
    sources: ['vercelInternalFailedDoc', 'vercelErrorsIndex'],
    samples: [
      {
        label: 'Platform failure on an optimized image (curl -sI)',
        paste: `$ curl -sI "https://www.example-studio.com/_next/image?url=%2Fwork%2Fposter-large.png&w=2048&q=75"
HTTP/2 502
cache-control: public, max-age=0, must-revalidate
content-type: text/plain; charset=utf-8
date: Tue, 01 Dec 2026 13:21:05 GMT
server: Vercel
strict-transport-security: max-age=63072000; includeSubDomains; preload
x-vercel-error: INTERNAL_OPTIMIZED_IMAGE_REQUEST_FAILED
x-vercel-id: sfo1::4hn6c-1764595265092-e07b2d19c3a4
`,
        origin: 'constructed',
        sources: ['vercelInternalFailedDoc'],
      },
    ],
    keywords: ['vercel internal error image'],
  },
  {
    id: 'vercel/optimized-image-request-payment-required',
    provider: 'vercel',
    kind: 'code',
    code: 'optimized-image-request-payment-required',
    title: 'Image optimization allowance spent (402)',
    summary:
      'The team’s Image Optimization allowance for the period is used up. Every image variant not already cached answers 402; cached ones keep working, which makes the failure look random.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'observed',
    variants: [{ status: 402, message: 'OPTIMIZED_IMAGE_REQUEST_PAYMENT_REQUIRED', certainty: 'observed', sources: ['devEventIssue133', 'vercelLimitsPricing'] }],
    causes: [
      'The Hobby plan’s monthly allowance (5,000 transformations on the current pricing; 1,000 source images on the legacy one) is spent.',
      'The allowance is shared by every project of the team, so a busy sibling project can use it up.',
      'Many widths, two output formats and a short cache lifetime multiply transformations: each `srcset` width and format is its own variant.',
    ],
    fixes: [
      'Check Usage → Image Optimization in the Vercel dashboard; raise the plan or wait for the period to reset.',
      'Cut variants: fewer `deviceSizes`/`imageSizes`, one format in `images.formats`, a longer `images.minimumCacheTTL`.',
      'Serve images that gain nothing from resizing (icons, already small thumbnails, SVGs) with `unoptimized`, or move resizing to an image CDN with a custom loader.',
    ],
    related: ['vercel/optimized', 'vercel/invalid-image-optimize-request'],
    history: [
      { when: '2025-02-18', text: 'Teams created from this date are billed by transformations, cache reads and cache writes instead of source images.', sources: ['vercelLimitsPricing'] },
    ],
    caveats: [
      'Vercel’s limits page describes "a runtime error response with 402 status code" once limits are exceeded; the code name comes from projects’ notes and issue threads, as no docs page for it was found.',
      'Stored copies of the pricing page disagree on the Hobby allowance (5K or 3K transformations a month); the 5K figure looks newer.',
      'One blog claims a JSON body with `"code": "BILLING_LIMIT"`; it contradicts every capture that shows the code and is not followed here.',
    ],
    sources: ['vercelLimitsPricing', 'devEventIssue133', 'vercelQuotaTeamNote'],
    samples: [
      {
        label: 'Allowance spent, new width fails (curl -sI)',
        paste: `$ curl -sI "https://dev-event.example.app/_next/image?url=https%3A%2F%2Fassets-bucket.s3.ap-northeast-2.amazonaws.com%2Fevents%2F2026-11-30-banner.png&w=1920&q=75"
HTTP/2 402
cache-control: public, max-age=0, must-revalidate
content-type: text/plain; charset=utf-8
date: Tue, 01 Dec 2026 13:27:44 GMT
server: Vercel
strict-transport-security: max-age=63072000; includeSubDomains; preload
x-vercel-error: OPTIMIZED_IMAGE_REQUEST_PAYMENT_REQUIRED
x-vercel-id: icn1::9wz4p-1764595664180-d1f8a3e6c027
`,
        origin: 'constructed',
        sources: ['devEventIssue133'],
      },
    ],
    keywords: ['402 payment required', 'vercel 402', 'image quota', 'image optimization limit', 'limit reached', 'hobby limit images', 'images broken suddenly'],
  },
  {
    id: 'vercel/optimized',
    provider: 'vercel',
    kind: 'condition',
    code: 'optimized',
    title: 'Served by Vercel’s image optimizer (x-vercel-cache)',
    summary:
      'Vercel’s optimizer served the image; `x-vercel-cache` says whether this variant came from the CDN cache (HIT), was made now (MISS) or was served stale while being remade (STALE).',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: ['Vercel fetched the source, made the requested variant and cached it on its CDN.'],
    fixes: [
      'Nothing needs fixing.',
      'To replace a cached image, change its URL, or invalidate by source image: `vercel cache invalidate --srcimg <source path>` (or the dashboard’s CDN cache page).',
      'Each MISS and STALE counts as a transformation on the current pricing; HITs count as cache reads.',
    ],
    related: ['vercel/optimized-image-request-payment-required', 'nextjs/optimized'],
    history: [],
    caveats: ['On Vercel, `x-vercel-cache` takes the place of the `x-nextjs-cache` that a self-hosted Next.js sends.'],
    sources: ['vercelXCacheDoc', 'vercelImageDocs', 'vercelCaptureUnauthorized', 'vercelCachePurge'],
    samples: [
      {
        label: 'Cached variant of an external image (script output, recorded)',
        paste: `✔ (200) https://SOMETHING_AWESOME.vercel.app/_next/image?url=https%3A//SOMETHING_SOMETHING.ucr.io/-/crop/3%3A2/center/https%3A//storage.googleapis.com/THE_BUCKET/002e641a-0679-49e3-aaef-3863bb80768e.jpg&w=1080&q=75
	Accept-Ranges: bytes
	Access-Control-Allow-Origin: *
	Age: 30691
	Cache-Control: public, max-age=31536000, must-revalidate
	Connection: keep-alive
	Content-Disposition: inline; filename="002e641a-0679-49e3-aaef-3863bb80768e.jpg"
	Content-Length: 57775
	Content-Security-Policy: script-src 'none'; frame-src 'none'; sandbox;
	Content-Type: image/jpeg
	Cross-Origin-Resource-Policy: cross-origin
	Date: Wed, 22 Nov 2023 00:38:46 GMT
	Last-Modified: Wed, 22 Nov 2023 00:38:46 GMT
	Server: Vercel
	Strict-Transport-Security: max-age=63072000; includeSubDomains; preload
	Timing-Allow-Origin: *
	Vary: Accept
	X-Vercel-Cache: HIT
	X-Vercel-Id: fra1::85bzk-1700644218485-652cd0864d69
`,
        origin: 'capture',
        sources: ['vercelCaptureUnauthorized'],
      },
    ],
    keywords: ['x-vercel-cache', 'x-vercel-cache hit', 'x-vercel-cache miss', 'stale', 'purge image cache vercel', 'srcimg'],
  },
  {
    id: 'vercel/other-error',
    provider: 'vercel',
    kind: 'condition',
    code: 'other-error',
    title: 'A Vercel platform error that is not an image error',
    summary:
      'Vercel answered with an `x-vercel-error` code outside image optimization (`NOT_FOUND`, `FUNCTION_INVOCATION_FAILED`, `DEPLOYMENT_NOT_FOUND`…): the image request failed before or beside the optimizer.',
    actor: 'service',
    severity: 'error',
    layer: 'cdn-edge',
    certainty: 'documented',
    variants: [],
    causes: [
      'The image URL points at a route that does not exist in this deployment (`NOT_FOUND`), or at a deployment that is gone (`DEPLOYMENT_NOT_FOUND`).',
      'The image comes from a function (an `/api/og` route, a route handler) that crashed or timed out (`FUNCTION_INVOCATION_FAILED`, `FUNCTION_INVOCATION_TIMEOUT`).',
      'A rewrite or middleware loop (`INFINITE_LOOP_DETECTED`, 508).',
    ],
    fixes: [
      'Look the code up in Vercel’s error index; the code, not the status, says what failed.',
      'For function errors, open the function’s logs in the dashboard at the time of the request (search by the `x-vercel-id`).',
    ],
    related: ['vercel/invalid-image-optimize-request'],
    history: [],
    caveats: ['imgdiag documents only Vercel’s image codes; this entry names the code it saw and points to Vercel’s own list for the rest.'],
    sources: ['vercelErrorsIndex'],
    samples: [
      {
        label: 'An image route that crashed (curl -sI)',
        paste: `$ curl -sI "https://www.example-events.com/api/og?title=Winter%20Summit"
HTTP/2 500
cache-control: public, max-age=0, must-revalidate
content-type: text/plain; charset=utf-8
date: Tue, 01 Dec 2026 13:33:18 GMT
server: Vercel
strict-transport-security: max-age=63072000; includeSubDomains; preload
x-vercel-error: FUNCTION_INVOCATION_FAILED
x-vercel-id: iad1::iad1::m3t7v-1764595998401-52e9c0d7a1b6
`,
        origin: 'constructed',
        sources: ['vercelErrorsIndex'],
      },
    ],
    keywords: ['not_found', 'vercel error code'],
  },
];
