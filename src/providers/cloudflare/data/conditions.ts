/**
 * Cloudflare image-resizing conditions the engine recognises from several headers rather than from
 * one `Cf-Resized: err=` code (facts, sections 1.1-1.2, 1.5-1.9, 1.12; seed 000).
 */
import type { CatalogEntry } from '../../../catalog/types.ts';
import { CAPTURE_CF1_RESIZED_WITH_WARNING } from './captures.ts';

export const cloudflareConditions: CatalogEntry[] = [
  {
    id: 'cloudflare/resized',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'resized',
    title: 'Resized successfully',
    summary: 'Cloudflare’s image service ran and reports success: the `Cf-Resized` header starts with `internal=ok`.',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: ['The image service fetched the source image and produced the requested variant.'],
    fixes: [
      'Nothing needs fixing.',
      'If the image still looks wrong, look for a `Warning: cf-images 299 "…"` header: it reports options the service could not honour.',
      'To confirm you received the transformed bytes, compare `l=` in `Cf-Resized` with `Content-Length`; in recorded responses the two were equal.',
    ],
    related: ['cloudflare/warning', 'cloudflare/etag', 'cloudflare/not-resized'],
    history: [
      {
        when: '2019',
        text:
          'Values looked like `internal=ok/MISS n=592 t=0.732 v=2019.7.4`; a HAR-analysis tool of the time read the four fields as status, total time, processing time and version.',
        sources: ['captureUnattributed'],
      },
      {
        when: '2025-12',
        text: 'Recorded values have no `t=` field and new `q=`, `c=` and `l=` fields: `internal=ok/- q=0 n=175+245 c=96+146 v=2025.11.6 l=91584`.',
        sources: ['captureCoffey'],
      },
      {
        when: '2026-09',
        text: 'Further fields `f=`, `c2=` and `wv=` appear: `internal=ok/m q=0 n=317+85 c=17+38 v=2026.9.0 l=1463 f=true c2=0 wv=2026.8.0`.',
        sources: ['captureAnimalsVidaDigna'],
      },
    ],
    caveats: [
      'Cloudflare documents only that the header’s presence means resizing was attempted and that a failure carries `err=<code>`. The success value is known from recorded responses and from Cloudflare’s local emulator, which emits `internal=ok/m` and, its changeset says, matches production. So read it as several checkers do: `internal=ok` is success, `err=<digits>` failure, no header no attempt.',
      'Only two fields can be read with some confidence: `l=` equalled `Content-Length` in every capture that shows both (very likely the output size in bytes), and `v=` looks like the resizer’s release version (`wv=` like a second component’s).',
      'The part after `internal=ok/` has been seen as `m`, `-`, `r` and, in 2019, `MISS`; a cache or source marker is a guess. `n=A+B` and `c=C+D` are not dimensions, though one write-up reads them so: a 1500×1000 source resized to 320 px wide gave `n=317+85 c=17+38`; they are more likely timings. `q=0` appeared even with `quality=80`.',
    ],
    sources: [
      'cfTroubleshooting',
      'miniflareImages',
      'captureAnimalsVidaDigna',
      'captureCoffey',
      'captureBraketTickets',
      'captureUnattributed',
    ],
    samples: [
      {
        label: 'URL transformation to AVIF, with a warning (curl -sI, recorded)',
        paste: CAPTURE_CF1_RESIZED_WITH_WARNING,
        origin: 'capture',
        sources: ['captureAnimalsVidaDigna'],
      },
      {
        label: 'Workers cf.image result (header excerpt, recorded)',
        paste: `cache-control: public, max-age=31536000
cf-resized: internal=ok/- q=0 n=175+245 c=96+146 v=2025.11.6 l=91584
content-type: image/jpeg
`,
        origin: 'capture',
        sources: ['captureCoffey'],
      },
      {
        label: 'Older 2019 value shape (devtools copy)',
        paste: `accept-ranges: bytes
cache-control: public, max-age=86400
cf-cache-status: HIT
cf-ray: 4f6a2c81d9e03b57-AMS
cf-resized: internal=ok/MISS n=592 t=0.732 v=2019.7.4
content-length: 48213
content-type: image/jpeg
server: cloudflare
vary: Accept
`,
        origin: 'constructed',
        sources: ['captureUnattributed'],
      },
    ],
    keywords: [
      'cf-resized',
      'internal=ok',
      'cf-resized meaning',
      'cf-resized fields',
      'image resized',
      'resize worked',
      'cdn-cgi/image',
      'image transformations',
    ],
  },
  {
    id: 'cloudflare/not-resized',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'not-resized',
    title: 'Served by Cloudflare, but not resized',
    summary:
      'Cloudflare delivered the response without a `Cf-Resized` header, which means the image service was never asked to transform it.',
    actor: 'account',
    severity: 'warning',
    layer: 'cdn-edge',
    certainty: 'documented',
    variants: [],
    causes: [
      'Image transformations are not enabled for the zone: `/cdn-cgi/image/` URLs still answer, but with the untransformed bytes (in one measurement 258,874 bytes instead of 71,366).',
      'Another Worker runs on the same request: resizing is dropped as soon as one Worker calls another, which routes such as `/*` make easy to do by accident.',
      'A Worker fetches its own zone’s `/cdn-cgi/image/` URL: that subrequest bypasses the image pipeline and returns the original, unless the `global_fetch_strictly_public` compatibility flag is set.',
      'The hostname is an R2 custom domain: there `/cdn-cgi/image/` answered with a 307 to the original and resizing never ran.',
      'The Worker is being tried in the dashboard’s preview, which does not simulate resizing.',
      'The zone’s traffic uses Bring Your Own IP (BYOIP): the 2025 troubleshooting page says resizing is not compatible with BYOIP. What such a response looks like is not recorded.',
      'Local development (`wrangler dev`): the emulator passes the original through when it cannot transform (see history).',
    ],
    fixes: [
      'Enable image transformations for the zone in the Cloudflare dashboard, then request the URL again.',
      'Make sure no other Worker route matches the image URLs; replace broad `/*` routes with narrower ones.',
      'In a Worker, fetch the source image with `cf.image` options instead of fetching your own `/cdn-cgi/image/` URL, or set `global_fetch_strictly_public`.',
      'For sources on an R2 custom domain, try `/cdn-cgi/image/` on a hostname of a zone with transformations enabled, with the R2 URL as the source.',
      'Test a deployed Worker from a normal browser tab, not from the dashboard preview or local development.',
    ],
    related: ['cloudflare/resized', 'cloudflare/9524', 'cloudflare/request-loop', 'cloudflare/9401'],
    history: [
      {
        when: '2026-06',
        text:
          'Cloudflare’s local emulator (miniflare, under `wrangler dev`) used to pass `cf.image` requests through with the original image. Since mid-June 2026 it transforms locally with Sharp, and when a local transform fails it still returns the original, without `Cf-Resized`.',
        sources: ['miniflareImages'],
      },
    ],
    caveats: [
      'A 307 to the source from a `/cdn-cgi/image/` URL that includes `onerror=redirect` can be the documented fallback after a failed resize (for a source in the same zone) rather than a resize that never started; check the options in the URL.',
      'An invalid option such as `width=abc` returned 200 `image/jpeg` in one recorded test; whether `Cf-Resized` was present is not shown.',
      'A draft Cloudflare changeset claimed that production also falls back to the original on failure. Production documentation says failures return an error status, so the claim is unconfirmed.',
      'One runbook mentions a `cf-not-resized` header; no other source uses that name, and it is probably a mistake.',
      '`Cf-Polished` belongs to Polish, a separate product; it says nothing about resizing.',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfTransformViaUrl',
      'cfOnerror',
      'miniflareImages',
      'captureUnattributed',
      'captureAnimalsVidaDigna',
      'captureBraketTickets',
      'cfPolishStatuses',
    ],
    samples: [
      {
        label: 'R2 custom domain redirects instead of resizing (curl -sI)',
        paste: `$ curl -sI "https://assets.example.com/cdn-cgi/image/width=640,format=auto/photos/harbour.jpg"
HTTP/2 307
date: Tue, 14 Apr 2026 08:12:44 GMT
content-length: 0
location: https://assets.example.com/photos/harbour.jpg
server: cloudflare
cf-ray: 8f2a6c1d9e4b7a31-FRA
`,
        origin: 'constructed',
        sources: ['captureUnattributed'],
      },
      {
        label: 'Transformations off: original bytes returned (curl -v)',
        paste: `$ curl -sv -o /dev/null "https://www.example.com/cdn-cgi/image/width=800,quality=75/img/hero.jpg"
* Host www.example.com:443 was resolved.
*   Trying 203.0.113.40:443...
* Connected to www.example.com (203.0.113.40) port 443
* ALPN: curl offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / id-ecPublicKey
* ALPN: server accepted h2
* using HTTP/2
> GET /cdn-cgi/image/width=800,quality=75/img/hero.jpg HTTP/2
> Host: www.example.com
> User-Agent: curl/8.12.1
> Accept: */*
> 
* Request completely sent off
< HTTP/2 200 
< date: Wed, 06 May 2026 11:02:31 GMT
< content-type: image/jpeg
< content-length: 258874
< cache-control: public, max-age=14400
< last-modified: Mon, 04 May 2026 17:20:11 GMT
< etag: "3f2b9c0e7d41a6a58e1c0b7d94f2e631"
< accept-ranges: bytes
< cf-cache-status: HIT
< age: 912
< server: cloudflare
< cf-ray: 8f91d4b2a7c35e08-LHR
< 
* Connection #0 to host www.example.com left intact
`,
        origin: 'constructed',
        sources: ['captureUnattributed'],
      },
    ],
    keywords: [
      'cf-resized missing',
      'no cf-resized header',
      'image not resized',
      'cdn-cgi/image not working',
      'cdn-cgi image not resizing',
      'returns original image',
      'transformations not enabled',
      'r2 custom domain',
      'worker on /*',
      'wrangler dev cf.image',
      'resizing ignored',
    ],
  },
  {
    id: 'cloudflare/unknown-code',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'unknown-code',
    title: 'Resizing error code not in the catalog',
    summary:
      'Cloudflare’s image service failed with an `err=` code that this catalog does not list, so the response body is the main explanation left.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: [
      'A code Cloudflare introduced after the catalog was compiled, or one it never documented: no source mentions 9409, 9500–9503, 9506–9508 or 9526.',
    ],
    fixes: [
      'Read the response body: recorded resizing errors carry a plain-text `ERROR <code>: <message>` line that explains the failure.',
      'Look the code up on Cloudflare’s Images troubleshooting page and errors reference.',
      'Among the documented codes, 94xx mostly concern the request or what the origin returned, and 95xx the connection to the origin or the service itself; this is a tendency in the table, not a rule Cloudflare states.',
      'If the failure repeats, contact Cloudflare support with the `cf-ray` value and the full URL.',
    ],
    related: ['cloudflare/9523', 'cloudflare/9520', 'cloudflare/resized', 'cloudflare/not-resized'],
    history: [],
    caveats: [
      'The sample’s 9599 is a stand-in for any unlisted code; no source records it.',
    ],
    sources: ['cfTroubleshooting', 'cfErrorsReference', 'cfOldTroubleshooting'],
    samples: [
      {
        label: 'Unlisted code (JSON of headers; constructed, 9599 is a stand-in)',
        paste: `{
  "cf-cache-status": "MISS",
  "cf-ray": "8f3b7e52c1d94a06-LHR",
  "cf-resized": "err=9599",
  "content-length": "61",
  "date": "Tue, 02 Jun 2026 13:27:40 GMT",
  "server": "cloudflare"
}`,
        origin: 'constructed',
        sources: [],
      },
    ],
    keywords: ['cf-resized err', 'unknown error code', 'undocumented code', 'err=95', 'err=94', 'image resizing error'],
  },
  {
    id: 'cloudflare/warning',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'warning',
    title: 'Resized with a warning (Warning: cf-images 299)',
    summary:
      'The image was delivered, but the image service added a `Warning: cf-images 299 "…"` header to say it could not do exactly what was asked.',
    actor: 'request',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      { status: 200, message: 'cover fit mode needs both width and height', certainty: 'observed', sources: ['captureAnimalsVidaDigna'] },
      { status: null, message: 'original is smaller', certainty: 'documented', sources: ['cfTroubleshooting'] },
      { status: null, message: 'cache-control is too restrictive', certainty: 'observed', sources: ['captureUnattributed', 'captureDocToolsKr'] },
      { status: null, message: 'dpr > 3 should never be used', certainty: 'observed', sources: ['captureFoolNotes'] },
      { status: null, message: 'image too large for AVIF', certainty: 'observed', sources: ['captureUnattributed'] },
      { status: null, message: 'JPEG vs PNG selection is automatic', certainty: 'observed', sources: ['captureDocToolsKr'] },
    ],
    causes: [
      '`fit=cover` with only a width or only a height ("cover fit mode needs both width and height"); the image was scaled to the one dimension instead.',
      'The source image’s `Cache-Control` allows only a short lifetime ("cache-control is too restrictive").',
      'A `dpr` above 3 was requested ("dpr > 3 should never be used").',
      'The image is too large to encode as AVIF ("image too large for AVIF"); with `format=auto` the original bytes were passed through in one recorded case.',
      'The source was already smaller than the optimised result would be ("original is smaller").',
      'An output choice the service makes by itself ("JPEG vs PNG selection is automatic"; recorded once, on the default PNG output of a `segment=foreground` transformation).',
    ],
    fixes: [
      'For cover fit: give both `width` and `height`, or drop `fit=cover`.',
      'For short cache lifetimes: raise `max-age` on the source image so resized variants can stay cached longer.',
      'Keep `dpr` at 2 or below: Cloudflare documents 2 as the maximum supported value (the warning itself only says that more than 3 is never right).',
      'For AVIF: ask for a smaller size (AVIF output is limited to 1,200 px on the longest side, 1,600 px when `format=avif` is explicit, and 640 px when the service is overloaded), or accept the WebP or JPEG fallback.',
      'For "original is smaller": nothing to do; the original was the better file.',
    ],
    related: ['cloudflare/resized', 'cloudflare/etag'],
    history: [],
    caveats: [
      'Only "original is smaller" appears in Cloudflare’s documentation, and only in one version of the troubleshooting page; the other texts come from recorded responses and notes.',
      'What the service delivered instead is recorded only for the cover-fit and AVIF cases.',
    ],
    sources: [
      'cfTroubleshooting',
      'cfLimits',
      'cfFormatLimits',
      'cfDpr',
      'captureAnimalsVidaDigna',
      'captureFoolNotes',
      'captureDocToolsKr',
      'captureUnattributed',
    ],
    samples: [
      {
        label: 'cover fit without a height (curl -sI, recorded)',
        paste: CAPTURE_CF1_RESIZED_WITH_WARNING,
        origin: 'capture',
        sources: ['captureAnimalsVidaDigna'],
      },
      {
        label: 'Short cache lifetime on the source (devtools copy)',
        paste: `cache-control: public, max-age=60
cf-cache-status: MISS
cf-ray: 8f4c0a9e3b7d2f61-SEA
cf-resized: internal=ok/m q=0 n=204+96 c=14+29 v=2026.9.0 l=38412 f=true c2=0 wv=2026.8.0
content-length: 38412
content-type: image/webp
date: Tue, 19 May 2026 07:48:15 GMT
server: cloudflare
vary: accept
warning: cf-images 299 "cache-control is too restrictive"
`,
        origin: 'constructed',
        sources: ['captureUnattributed'],
      },
    ],
    keywords: [
      'warning header',
      'cf-images 299',
      'cover fit mode needs both width and height',
      'cache-control is too restrictive',
      'image too large for AVIF',
      'dpr > 3',
      'original is smaller',
      'fit=cover ignored',
    ],
  },
  {
    id: 'cloudflare/etag',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'etag',
    title: 'Resized image ETag (cf-…:origin ETag)',
    summary:
      'The resized image’s ETag has the form `cf-<hash>:<origin ETag>`, so it embeds the ETag of the source image it was made from.',
    actor: 'origin',
    severity: 'info',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: ['The origin sent an ETag with the source image, and Cloudflare built the variant’s ETag from it.'],
    fixes: [
      'To check that the variant is current, request the source image’s own URL and compare its ETag with the part after the colon (ignore the quotes).',
      'If they differ, the cached variant was made from an older source: purge the source image’s URL, under which all its variants are cached (`/cdn-cgi/` URLs cannot be purged themselves).',
      'If variants must follow the source faster than the one-hour minimum cache time, add `must-revalidate` to the source’s `Cache-Control` and keep sending an ETag: Cloudflare says the service supports revalidation and recommends exactly that.',
    ],
    related: ['cloudflare/resized', 'cloudflare/not-resized'],
    history: [],
    caveats: [
      'The part before the colon is undocumented; Cloudflare calls it gibberish.',
      'One recorded ETag of this shape has no hyphen after `cf` (`"cfoZnJ…:16c657e7…"`), and its author labelled it as coming from an untransformed endpoint, which may be a mislabel.',
      'Without an ETag from the origin there is nothing to compare.',
    ],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfTransformViaUrl', 'captureCoffey'],
    samples: [
      {
        label: 'Source and resized variant compared (two curl -sI)',
        paste: `$ curl -sI "https://www.example.com/img/team.jpg"
HTTP/2 200
date: Tue, 23 Jun 2026 10:15:03 GMT
content-type: image/jpeg
content-length: 412906
etag: "9c1f4e7a2b3d5c6e8f0a1b2c3d4e5f60"
last-modified: Mon, 22 Jun 2026 16:04:55 GMT
cache-control: public, max-age=86400
cf-cache-status: HIT
server: cloudflare
cf-ray: 8fa2c6e1b0d47539-AMS

$ curl -sI "https://www.example.com/cdn-cgi/image/width=800,format=auto/img/team.jpg"
HTTP/2 200
date: Tue, 23 Jun 2026 10:15:04 GMT
content-type: image/jpeg
content-length: 48213
etag: "cf-Qm7xT2kLp9vR4sWz8nYb3cHd6fJg1aEu5iOq0tXyZb:9c1f4e7a2b3d5c6e8f0a1b2c3d4e5f60"
cache-control: public, max-age=86400
cf-resized: internal=ok/m q=0 n=291+102 c=19+41 v=2026.9.0 l=48213 f=true c2=0 wv=2026.8.0
vary: accept
cf-cache-status: MISS
server: cloudflare
cf-ray: 8fa2c6e3f9a18d24-AMS
`,
        origin: 'constructed',
        sources: ['cfTroubleshooting'],
      },
    ],
    keywords: ['etag', 'cf- etag', 'stale resized image', 'resized image not updating', 'purge resized images', 'cache busting'],
  },
  {
    id: 'cloudflare/request-loop',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'request-loop',
    title: 'Request from the image resizer (Via: image-resizing)',
    summary:
      'This request was sent by Cloudflare’s image resizer to fetch a source image; if a Worker on this route resizes it again, the requests loop.',
    actor: 'origin',
    severity: 'warning',
    layer: 'cdn-edge',
    certainty: 'documented',
    variants: [],
    causes: [
      'A resizing Worker runs on a route that also matches the source images, so the resizer’s own fetch of the source passes through the same Worker and is resized again.',
      'A Worker fetches its own URL with resizing options.',
      'An image that has already been resized is requested for resizing again.',
    ],
    fixes: [
      'At the top of the Worker, send requests whose `Via` header contains `image-resizing` straight on: `if (/image-resizing/.test(request.headers.get("via") ?? "")) return fetch(request);`',
      'Serve originals from a path or hostname the resizing Worker’s route does not cover.',
      'Match the substring `image-resizing`, not an exact value: only the substring is documented.',
    ],
    related: ['cloudflare/9403', 'cloudflare/9524', 'cloudflare/not-resized'],
    history: [],
    caveats: [
      'The header is normal on every source fetch the resizer makes; it only signals a problem where the request would be resized again. In an origin log it simply confirms that the resizer is fetching.',
      'Cloudflare documents the substring `image-resizing`; the full value `1.1 image-resizing-proxy` was recorded with `wrangler tail` in 2026, and some middleware also checks `CDN-Loop: cloudflare`. The local emulator sends `Via: image-resizing`.',
      'A loop that Cloudflare detects fails with error 9403 (HTTP 508 in the errors reference).',
    ],
    sources: ['cfTransformViaWorkers', 'captureUnattributed', 'miniflareImages', 'cfErrorsReference', 'cfOldTroubleshooting'],
    samples: [
      {
        label: 'Resizer’s source fetch as a Worker log shows it',
        paste: `GET /images/hero.jpg HTTP/1.1
Host: www.example.com
Via: 1.1 image-resizing-proxy
CDN-Loop: cloudflare
`,
        origin: 'constructed',
        sources: ['captureUnattributed', 'cfTransformViaWorkers'],
      },
      {
        label: 'Testing a Worker’s loop guard (curl -v)',
        paste: `$ curl -sv -o /dev/null -H 'Via: 1.1 image-resizing-proxy' "https://www.example.com/images/hero.jpg"
* Host www.example.com:443 was resolved.
*   Trying 203.0.113.40:443...
* Connected to www.example.com (203.0.113.40) port 443
* ALPN: curl offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / id-ecPublicKey
* ALPN: server accepted h2
* using HTTP/2
> GET /images/hero.jpg HTTP/2
> Host: www.example.com
> User-Agent: curl/8.12.1
> Accept: */*
> Via: 1.1 image-resizing-proxy
> 
* Request completely sent off
< HTTP/2 200 
< date: Tue, 21 Apr 2026 16:30:09 GMT
< content-type: image/jpeg
< content-length: 258874
< cache-control: public, max-age=14400
< cf-cache-status: DYNAMIC
< server: cloudflare
< cf-ray: 8f6e1b7d3c92a045-FRA
< 
* Connection #0 to host www.example.com left intact
`,
        origin: 'constructed',
        sources: ['cfTransformViaWorkers'],
      },
    ],
    keywords: [
      'via image-resizing',
      'image-resizing-proxy',
      'request loop',
      'worker loop',
      'resizing loop',
      'cdn-loop',
      '508 loop detected',
      'already resized',
    ],
  },
  {
    id: 'cloudflare/origin-credentials',
    provider: 'cloudflare',
    kind: 'condition',
    code: 'origin-credentials',
    title: 'Credentials on a resize request never reach the origin',
    summary:
      'The request to a resizing URL carries `Authorization` or `Cookie`, but Cloudflare fetches the source image without them, so the origin never sees them.',
    actor: 'origin',
    severity: 'info',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: [
      'The source images sit behind a login or a token: the resizer’s fetch has neither, so the origin refuses it (`err=9408`), sends a login page (`err=9412`) or serves something else.',
      'This is by design: resized images go into one public cache shared by all visitors, so Cloudflare strips cookies, authorization and custom headers from the source fetch.',
    ],
    fixes: [
      'Make the source images public but unguessable, e.g. with long random IDs in their paths.',
      'Check the visitor’s cookie or token in a Worker, and let that Worker fetch the source with `cf.image` options.',
      'For origins that need signed requests (AWS, Azure, Google Cloud Storage, SecureAuth, Cloudflare Access), set `"origin-auth": "share-publicly"` in the Worker’s `cf.image` options; `Authorization`, `Cookie`, `x-amz-content-sha256`, `x-amz-date`, `x-ms-date`, `x-ms-version`, `x-sa-date`, `cf-access-client-id` and `cf-access-client-secret` are then passed to the origin.',
    ],
    related: ['cloudflare/9408', 'cloudflare/9412', 'cloudflare/9404'],
    history: [],
    caveats: [
      'With `share-publicly` the resized result still goes into the shared cache, so anyone with the URL gets it, as the option’s name says.',
      '`origin-auth` belongs to the Workers `cf.image` interface; the sources describe no way to set it in a `/cdn-cgi/image/` URL.',
      'The engine sees credentials only in pastes that show request headers (`curl -v`, HAR files).',
    ],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfControlOriginAccess'],
    samples: [
      {
        label: 'Bearer token on a resize URL, origin refuses (curl -v)',
        paste: `$ curl -sv -o /dev/null -H 'Authorization: Bearer 3f9a1c7e5b2d48a0c6e4f8b1d7a92c35' "https://portal.example.com/cdn-cgi/image/width=400/private/scans/invoice-0142.png"
* Host portal.example.com:443 was resolved.
*   Trying 203.0.113.52:443...
* Connected to portal.example.com (203.0.113.52) port 443
* ALPN: curl offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / id-ecPublicKey
* ALPN: server accepted h2
* using HTTP/2
> GET /cdn-cgi/image/width=400/private/scans/invoice-0142.png HTTP/2
> Host: portal.example.com
> User-Agent: curl/8.12.1
> Accept: */*
> Authorization: Bearer 3f9a1c7e5b2d48a0c6e4f8b1d7a92c35
> 
* Request completely sent off
< HTTP/2 403 
< date: Tue, 19 May 2026 07:48:15 GMT
< cf-resized: err=9408
< server: cloudflare
< cf-ray: 8f47b2e90d1c6a53-DFW
< 
* Connection #0 to host portal.example.com left intact
`,
        origin: 'constructed',
        sources: ['cfTroubleshooting', 'cfErrorsReference'],
      },
      {
        label: 'Session cookie on a resize URL, origin sends its login page (curl -v)',
        paste: `$ curl -sv -o /dev/null -b 'session=eyJ1aWQiOjQ4MTl9.a8Zk2Q' "https://members.example.org/cdn-cgi/image/width=320,format=auto/uploads/avatar-4819.jpg"
* Host members.example.org:443 was resolved.
*   Trying 203.0.113.77:443...
* Connected to members.example.org (203.0.113.77) port 443
* ALPN: curl offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / id-ecPublicKey
* ALPN: server accepted h2
* using HTTP/2
> GET /cdn-cgi/image/width=320,format=auto/uploads/avatar-4819.jpg HTTP/2
> Host: members.example.org
> User-Agent: curl/8.12.1
> Accept: */*
> Cookie: session=eyJ1aWQiOjQ4MTl9.a8Zk2Q
> 
* Request completely sent off
< HTTP/2 415 
< date: Tue, 02 Jun 2026 13:27:40 GMT
< cf-resized: err=9412
< server: cloudflare
< cf-ray: 8f8d3a61c4e07b92-ORD
< 
* Connection #0 to host members.example.org left intact
`,
        origin: 'constructed',
        sources: ['cfTroubleshooting', 'cfErrorsReference'],
      },
    ],
    keywords: [
      'authorization header',
      'cookies stripped',
      'private images',
      'origin-auth',
      'share-publicly',
      'signed s3 url',
      'login page instead of image',
      'resize protected image',
    ],
  },
];
