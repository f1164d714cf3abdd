/**
 * Netlify Image CDN (`/.netlify/images`): the errors it is known to send and the condition of a
 * transformed image (shared/facts/frameworks.md, section 4).
 *
 * Netlify documents only one error status (404 for invalid transformation values); the 400 JSON
 * bodies come from captures and from Netlify's own adapter code, and the local emulation of
 * `netlify dev` answers in its own words. Headers around the captured bodies are constructed.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

const NETLIFY_HEADERS_CAVEAT =
  'No complete capture of a `/.netlify/images` error response was found: the status and the JSON body are recorded, the other headers of the samples (`server: Netlify`, `x-nf-request-id`, `cache-status`) are those of ordinary Netlify responses.';

export const netlifyEntries: CatalogEntry[] = [
  {
    id: 'netlify/missing-url',
    provider: 'netlify',
    kind: 'condition',
    code: 'missing-url',
    title: 'Image CDN request without a url parameter',
    summary: 'A request reached `/.netlify/images` without the `url` query parameter, the one parameter Netlify Image CDN requires, so it had no source image to transform.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'observed',
    variants: [
      { status: 400, message: '{"code":400,"msg":"must provide the url param"}', certainty: 'observed', sources: ['captureUnattributed', 'netlifyOpenNextImageCdn'] },
      { status: 400, message: 'Bad Request: Missing "url" query parameter', certainty: 'vendor-code', sources: ['netlifyPrimitivesImages'] },
    ],
    causes: [
      'The image URL was built by hand and the source went into another parameter (`src=`, `href=`, `image=`) instead of `url=`.',
      'The source path was empty when the URL was rendered: a missing CMS field or an undefined variable gave `/.netlify/images?url=&w=400` or no `url` at all.',
      'A redirect rule in `netlify.toml` or `_redirects` points at `/.netlify/images` but drops the placeholder that should fill `url` (for example `to = "/.netlify/images?w=300"` without `url=/:splat`).',
      'The source URL was not escaped, so a `&` or `#` inside it cut the query string short before `url`.',
    ],
    fixes: [
      'Put the source in `url`: a path on the same site (`url=/images/hero.jpg`) or an absolute URL allowed by `remote_images`.',
      'Escape an absolute source with `encodeURIComponent` before adding it, so its own `?`, `&` and `#` stay inside the parameter.',
      'In a redirect rule, carry the path through: `from = "/img/*"`, `to = "/.netlify/images?url=/:splat"`, `status = 200`.',
      'Quote the `error_id` of the JSON body (it matches the response’s `x-nf-request-id`) when you ask Netlify support about one request.',
    ],
    related: ['netlify/remote-not-allowed', 'netlify/404'],
    history: [
      {
        when: 'netlify dev',
        text: 'The local emulation (`@netlify/images`, used by `netlify dev`) answers the same request with 400 and the plain text `Bad Request: Missing "url" query parameter` instead of the JSON body.',
        sources: ['netlifyPrimitivesImages'],
      },
    ],
    caveats: [
      NETLIFY_HEADERS_CAVEAT,
      'The `error_id` field is described in a comment of Netlify’s Next.js adapter and appears in one record; a 2026 capture of another error body has no `error_id`, so it may not always be sent.',
    ],
    sources: ['netlifyImageCdnDocs', 'netlifyOpenNextImageCdn', 'captureUnattributed'],
    samples: [
      {
        label: 'Source passed as src= instead of url= (curl -i)',
        paste: `$ curl -i "https://lakeside-bakery.netlify.app/.netlify/images?src=/images/rye-loaf.jpg&w=640"
HTTP/2 400
age: 0
cache-control: no-store
content-type: application/json
date: Mon, 16 Nov 2026 10:14:27 GMT
server: Netlify
strict-transport-security: max-age=31536000
x-nf-request-id: 01KA7Q3M5ZP8XG2D4R6T9W1YBC
content-length: 87

{"code":400,"msg":"must provide the url param","error_id":"01KA7Q3M5ZP8XG2D4R6T9W1YBC"}
`,
        origin: 'constructed',
        sources: ['captureUnattributed', 'netlifyOpenNextImageCdn'],
      },
      {
        label: 'netlify dev, redirect rule without url (curl -i)',
        paste: `$ curl -i "http://localhost:8888/.netlify/images?w=300&h=300&fit=cover"
HTTP/1.1 400 Bad Request
date: Mon, 16 Nov 2026 10:20:03 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 42

Bad Request: Missing "url" query parameter
`,
        origin: 'constructed',
        sources: ['netlifyPrimitivesImages'],
      },
    ],
    keywords: ['must provide the url param', 'missing url', 'url parameter', '400 bad request', '.netlify/images', 'error_id', 'netlify dev', 'netlify image cdn 400'],
  },
  {
    id: 'netlify/remote-not-allowed',
    provider: 'netlify',
    kind: 'condition',
    code: 'remote-not-allowed',
    title: 'Remote image not in remote_images',
    summary: 'The `url` parameter names an image on another host, and no regular expression in the `[images] remote_images` list of `netlify.toml` matches it, so Netlify Image CDN refused to fetch it.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'observed',
    variants: [
      {
        status: 400,
        message: '{"code":400,"msg":"url (https://theaiplatform.app/blog/.../loop-diagram.png) is not an allowed pattern"}',
        certainty: 'observed',
        sources: ['netlifyDebbieCodes578'],
      },
      { status: 403, message: 'Forbidden: Remote image URL not allowed', certainty: 'vendor-code', sources: ['netlifyPrimitivesImages'] },
    ],
    causes: [
      'The site has no `remote_images` entry for this host: remote sources are refused until they are allowed, while images on the same site need no configuration.',
      'A pattern exists but does not match: `remote_images` holds regular expressions matched against the whole source URL, so `https://cdn.example.com` without `/.*`, an unescaped `.`, or `http` where the source is `https` leaves it out.',
      'Nuxt Image with the `netlify` preset (the `netlifyImageCdn` provider): `image.domains` in `nuxt.config` is not copied into `netlify.toml`, so remote images fail until `remote_images` lists them.',
      'A pattern in `remote_images` is not a valid regular expression; Netlify’s tooling skips such patterns with a warning (`Malformed remote image pattern`), which leaves the host unlisted.',
      'The source URL comes from user content or a CMS on a host nobody has listed yet.',
    ],
    fixes: [
      'Add the source to `netlify.toml`, escaping dots and ending in `/.*`: `[images]` then `remote_images = ["https://cdn\\\\.example\\\\.com/.*"]`, and deploy again.',
      'Test the pattern against the exact source URL (scheme, host, path) before deploying: it must match the URL as a whole.',
      'With Next.js on Netlify, list the host in `images.remotePatterns` (or `domains`): the adapter writes matching `remote_images` entries at build time.',
      'With Nuxt Image, add the hosts to `remote_images` yourself: `image.domains` does not reach Netlify.',
      'If the host cannot be allowed, download the image into the site and serve it as a local source (`url=/images/...`).',
    ],
    related: ['netlify/missing-url', 'netlify/transformed'],
    history: [
      {
        when: 'netlify dev',
        text: 'The local emulation of `netlify dev` refuses the same source with 403 and the plain text `Forbidden: Remote image URL not allowed`; production answers 400 with the JSON body.',
        sources: ['netlifyPrimitivesImages'],
      },
    ],
    caveats: [
      NETLIFY_HEADERS_CAVEAT,
      'The two wordings differ in status: 400 on Netlify’s servers (captures), 403 in `netlify dev` (its source code).',
    ],
    sources: ['netlifyImageCdnDocs', 'netlifyDebbieCodes578', 'netlifyNuxtImage1756', 'netlifyPrimitivesImages'],
    samples: [
      {
        label: 'Blog image from another host (curl -i around a captured body)',
        paste: `$ curl -i "https://debbie.codes/.netlify/images?q=80&url=https://theaiplatform.app/blog/.../loop-diagram.png"
HTTP/2 400
age: 0
cache-control: no-store
content-type: application/json
date: Thu, 13 Aug 2026 08:41:55 GMT
server: Netlify
strict-transport-security: max-age=31536000
x-nf-request-id: 01K2HX4TQ9V0C7N3B8M5D2RJ6E
content-length: 104

{"code":400,"msg":"url (https://theaiplatform.app/blog/.../loop-diagram.png) is not an allowed pattern"}
`,
        origin: 'capture',
        sources: ['netlifyDebbieCodes578'],
      },
      {
        label: 'netlify dev refuses an unlisted host (curl -i)',
        paste: `$ curl -i "http://localhost:8888/.netlify/images?url=https%3A%2F%2Fimages.unsplash.com%2Fphoto-1519681393784&w=800"
HTTP/1.1 403 Forbidden
date: Mon, 16 Nov 2026 10:22:41 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 39

Forbidden: Remote image URL not allowed
`,
        origin: 'constructed',
        sources: ['netlifyPrimitivesImages'],
      },
    ],
    keywords: ['is not an allowed pattern', 'remote_images', 'netlify.toml', 'remote image url not allowed', 'allow list', 'allowlist', 'external image', 'remote image blocked', 'remotePatterns netlify'],
  },
  {
    id: 'netlify/400',
    provider: 'netlify',
    kind: 'status',
    code: '400',
    title: 'Bad request from Image CDN',
    summary: 'Netlify Image CDN answered 400. The two recorded causes are a missing `url` parameter and a remote source that `remote_images` does not allow; the JSON body says which.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'observed',
    variants: [{ status: 400, message: '{"code":400,"msg":"<message>"}', certainty: 'observed', sources: ['netlifyDebbieCodes578', 'captureUnattributed'] }],
    causes: [
      'No `url` parameter: `{"code":400,"msg":"must provide the url param"}`.',
      'A remote source not matched by `remote_images`: `{"code":400,"msg":"url (…) is not an allowed pattern"}`.',
      'Another problem Netlify words in a message not yet recorded.',
    ],
    fixes: [
      'Read the JSON body (`curl -i <url>`, or the Response tab in devtools): its `msg` names the problem.',
      'Check the URL has a `url` parameter, and that a remote source matches a `remote_images` pattern in `netlify.toml`.',
    ],
    related: ['netlify/missing-url', 'netlify/remote-not-allowed', 'netlify/unknown-error'],
    history: [],
    caveats: [
      'This entry is for a 400 whose body the paste does not show and whose URL does not settle the cause (it has a local `url`).',
      NETLIFY_HEADERS_CAVEAT,
    ],
    sources: ['netlifyImageCdnDocs', 'netlifyDebbieCodes578'],
    samples: [
      {
        label: 'Chrome devtools copy of a 400, body not copied',
        paste: `Request URL: https://lakeside-bakery.netlify.app/.netlify/images?url=/images/rye-loaf.jpg&w=640&fit=cover
Request Method: GET
Status Code: 400 Bad Request
Remote Address: 54.161.234.33:443
Referrer Policy: strict-origin-when-cross-origin

age: 0
cache-control: no-store
content-type: application/json
date: Mon, 16 Nov 2026 10:50:12 GMT
server: Netlify
x-nf-request-id: 01KA7S0B3D5F7H9K1M3P5R7T9V
`,
        origin: 'constructed',
        sources: ['netlifyImageCdnDocs'],
      },
    ],
    keywords: ['netlify 400', 'netlify image cdn 400', 'bad request', '.netlify/images 400'],
  },
  {
    id: 'netlify/404',
    provider: 'netlify',
    kind: 'status',
    code: '404',
    title: 'Invalid transformation value, or no source image',
    summary: 'Netlify Image CDN answered 404: its documentation says it does so when any transformation parameter has an invalid value, and a source image that does not exist ends the same way.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: 404, message: '', certainty: 'documented', sources: ['netlifyImageCdnDocs'] }],
    causes: [
      'A transformation value Netlify does not accept: `fm` outside `avif`, `jpg`, `png`, `webp`, `gif`, `blurhash`; `fit` outside `contain`, `cover`, `fill`; `q` outside 1 to 100; a width or height that is not a positive integer.',
      'The local source path does not exist in this deploy (a typo, a file outside the publish directory, a path that differs in case).',
      'Running the site with a plain static server or the framework’s own dev server: `/.netlify/images` exists only on Netlify and under `netlify dev`.',
    ],
    fixes: [
      'Check every parameter against the documented values; drop them one by one until the URL answers 200 to find the one Netlify rejects.',
      'Open the `url` source on its own (`https://<site>/images/hero.jpg`): if it is 404 too, fix the path or the publish directory.',
      'Run `netlify dev` instead of `npm run dev` to use the Image CDN locally.',
    ],
    related: ['netlify/missing-url', 'netlify/remote-not-allowed', 'netlify/transformed'],
    history: [],
    caveats: [
      'Netlify documents the 404 for invalid parameter values but shows no body, and no capture of one was found; whether an invalid `w` gets a JSON body like the 400s is unknown.',
      'That a missing source also answers 404 is an inference from the documented behaviour, not a recorded response.',
      'The docs’ 404 and the captured 400s are different conditions (invalid values against a missing `url` or an unlisted remote host), so both can be right.',
    ],
    sources: ['netlifyImageCdnDocs', 'netlifyImageCdnKb', 'netlifyImageCdnSkill'],
    samples: [
      {
        label: 'Unsupported output format fm=tiff (curl -sI)',
        paste: `$ curl -sI "https://lakeside-bakery.netlify.app/.netlify/images?url=/images/rye-loaf.jpg&w=640&fm=tiff"
HTTP/2 404
age: 0
cache-status: "Netlify Edge"; fwd=miss
date: Mon, 16 Nov 2026 10:31:12 GMT
server: Netlify
strict-transport-security: max-age=31536000
x-nf-request-id: 01KA7R2C8HN4VQ6Z1S3X5E7KDA
`,
        origin: 'constructed',
        sources: ['netlifyImageCdnDocs'],
      },
    ],
    keywords: ['netlify image cdn 404', 'not found', 'invalid parameter', 'fails silently', 'fm', 'fit', 'quality', 'netlify dev', 'local 404'],
  },
  {
    id: 'netlify/405',
    provider: 'netlify',
    kind: 'status',
    code: '405',
    title: 'Method not allowed (netlify dev)',
    summary: 'The local Image CDN of `netlify dev` answers only GET requests; any other method gets 405 `Method Not Allowed`.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 405, message: 'Method Not Allowed', certainty: 'vendor-code', sources: ['netlifyPrimitivesImages'] }],
    causes: [
      'A script or test sends `POST`, `PUT` or `OPTIONS` to `/.netlify/images` (an upload form pointed at the transform URL, a preflighted `fetch`).',
      'A `curl -X HEAD` or a link checker that uses another method than GET.',
    ],
    fixes: [
      'Request transformed images with GET; upload originals elsewhere (a Netlify Function and Blobs) and transform them through `/.netlify/images?url=...`.',
      'To see only headers, use `curl -sS -D - -o /dev/null` (a GET) instead of another method.',
    ],
    related: ['netlify/missing-url'],
    history: [],
    caveats: ['The 405 is in the code of the local emulation; what Netlify’s servers answer to other methods is not recorded.'],
    sources: ['netlifyPrimitivesImages'],
    samples: [
      {
        label: 'POST to the local Image CDN (curl -i)',
        paste: `$ curl -i -X POST "http://localhost:8888/.netlify/images?url=/images/rye-loaf.jpg&w=640"
HTTP/1.1 405 Method Not Allowed
date: Mon, 16 Nov 2026 10:35:50 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 18

Method Not Allowed
`,
        origin: 'constructed',
        sources: ['netlifyPrimitivesImages'],
      },
    ],
    keywords: ['method not allowed', 'post', 'netlify dev', 'netlify 405'],
  },
  {
    id: 'netlify/unknown-error',
    provider: 'netlify',
    kind: 'condition',
    code: 'unknown-error',
    title: 'Image CDN error with an unlisted message',
    summary: 'Netlify Image CDN answered with its JSON error body (`{"code":…,"msg":"…"}`), but the message is not one the sources record; the `msg` itself is the best clue.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'A parameter or source problem Netlify reports in words not yet recorded: the status and `msg` say which.',
      'An upstream failure for a remote source (the remote host answered an error, timed out or sent something that is not an image); Netlify does not document how it reports these.',
    ],
    fixes: [
      'Read the `msg` of the body: it usually names the parameter or the URL at fault.',
      'Request the source image on its own to see whether it loads, and compare the parameters with the documented ones.',
      'Send the `error_id` (or the `x-nf-request-id` header) to Netlify support if the message does not explain itself.',
    ],
    related: ['netlify/missing-url', 'netlify/remote-not-allowed', 'netlify/404'],
    history: [],
    caveats: ['The sample’s message is a placeholder: only two messages of Netlify Image CDN are on record.', NETLIFY_HEADERS_CAVEAT],
    sources: ['netlifyImageCdnDocs'],
    samples: [
      {
        label: 'JSON error body with a message the catalog lacks (placeholder)',
        paste: `$ curl -i "https://lakeside-bakery.netlify.app/.netlify/images?url=/images/rye-loaf.jpg&w=640"
HTTP/2 422
cache-control: no-store
content-type: application/json
date: Mon, 16 Nov 2026 10:40:18 GMT
server: Netlify
x-nf-request-id: 01KA7RKD2Q7W9B4N6F8H0J3MTX
content-length: 64

{"code":422,"msg":"<a message the catalog does not record yet>"}
`,
        origin: 'constructed',
        sources: ['netlifyImageCdnDocs'],
      },
    ],
    keywords: ['"msg"', 'json error', 'netlify image error', 'image cdn error'],
  },
  {
    id: 'netlify/server-error',
    provider: 'netlify',
    kind: 'condition',
    code: 'server-error',
    title: 'Server error from Netlify Image CDN',
    summary: 'A `/.netlify/images` request ended with a 5xx status: the transformation or the fetch of its source failed on Netlify’s side, and Netlify documents no body for it.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'The remote source did not answer in time or answered with an error, and Netlify reported the failure as its own.',
      'The source is not an image Netlify can decode (an HTML page, a corrupt or very large file).',
      'A fault of the service itself.',
    ],
    fixes: [
      'Request the source URL on its own: check it answers 200 with an `image/*` type to a plain request, without cookies or an `Authorization` header (Netlify forwards neither).',
      'Retry after a minute; if the error stays, contact Netlify support with the `x-nf-request-id` of the response.',
    ],
    related: ['netlify/unknown-error', 'netlify/404'],
    history: [],
    caveats: ['No source records a 5xx from `/.netlify/images`, its body, or which failures of the source produce one; this entry explains what such a status can only mean.'],
    sources: ['netlifyImageCdnDocs', 'netlifyImageCdnKb'],
    samples: [
      {
        label: 'Remote source timed out (curl -sI, constructed)',
        paste: `$ curl -sI "https://lakeside-bakery.netlify.app/.netlify/images?url=https%3A%2F%2Fmedia.lakeside-bakery.example%2Fslow%2Fcake.jpg&w=800"
HTTP/2 502
age: 0
cache-control: no-store
date: Mon, 16 Nov 2026 10:44:09 GMT
server: Netlify
x-nf-request-id: 01KA7RTH6V2M8C0P4Q9E1Z5NBG
`,
        origin: 'constructed',
        sources: ['netlifyImageCdnDocs'],
      },
    ],
    keywords: ['502', '500', '503', 'bad gateway', 'netlify image timeout', 'server error'],
  },
  {
    id: 'netlify/transformed',
    provider: 'netlify',
    kind: 'condition',
    code: 'transformed',
    title: 'Image transformed by Netlify Image CDN',
    summary: 'Netlify Image CDN answered with an image (200), or confirmed the client’s copy (304): the transformation worked.',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      { status: 200, message: '', certainty: 'documented', sources: ['netlifyImageCdnDocs'] },
      { status: 304, message: '', certainty: 'documented', sources: ['netlifyImageCdnDocs'] },
    ],
    causes: [
      'A valid transformation request; the result is cached at the edge per set of parameters and, by default, per deploy.',
    ],
    fixes: [
      'Nothing to fix. To get a given format, set `fm`; without it Netlify picks one from the browser’s `Accept` header (WebP or AVIF where the browser takes them).',
      'If a replaced source still shows the old picture, deploy the change: Netlify ties its transformation cache to atomic deploys and transforms a changed source again on new requests.',
    ],
    related: ['netlify/404', 'netlify/remote-not-allowed'],
    history: [],
    caveats: ['Netlify documents no header specific to Image CDN; this is told from the `/.netlify/images` path and Netlify’s general headers (`server`, `x-nf-request-id`, `cache-status`).'],
    sources: ['netlifyImageCdnDocs', 'netlifyImageCdnKb'],
    samples: [
      {
        label: 'Resized and served from the edge cache (curl -sI)',
        paste: `$ curl -sI -H "Accept: image/avif,image/webp,*/*" "https://lakeside-bakery.netlify.app/.netlify/images?url=/images/rye-loaf.jpg&w=640&q=70"
HTTP/2 200
accept-ranges: bytes
age: 5124
cache-control: public,max-age=0,must-revalidate
cache-status: "Netlify Edge"; hit
content-type: image/avif
date: Mon, 16 Nov 2026 11:02:48 GMT
etag: "b1946ac92492d2347c6235b4d2611184-avif"
server: Netlify
strict-transport-security: max-age=31536000
vary: Accept
x-nf-request-id: 01KA7SXA4B6D8F0H2J4K6M8N0P
content-length: 28417
`,
        origin: 'constructed',
        sources: ['netlifyImageCdnDocs'],
      },
    ],
    keywords: ['netlify image cdn', 'cache-status', 'netlify edge', 'format negotiation', 'avif', 'webp', 'works'],
  },
];
