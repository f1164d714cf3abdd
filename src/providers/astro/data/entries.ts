/**
 * Astro's image endpoint (`/_image`) and the image errors of Astro's error registry (facts,
 * section 6; withastro/astro 7.2.4 read for the verbatim texts).
 *
 * The endpoint answers in bare words whose status differs by variant: `@astrojs/node` and the dev
 * server (endpoint/shared.ts), the generic endpoint most other adapters use (endpoint/generic.ts),
 * and the Cloudflare adapter's passthrough. Registry errors reach a response only in development
 * (the dev server's 500 page names them in its title; the dev endpoint quotes them); in production
 * they are log lines. Headers other than status and body in the samples are constructed.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

const CONSTRUCTED_HEADERS =
  'Status and body are read from Astro’s source; no capture of this response was found, so the other headers of the sample are constructed.';
const DEV_PAGE =
  'The response shows only the error’s name: `astro dev` answers with a 500 page whose title is the name, and sends the message to the browser’s error overlay and the terminal. In production the same error is a plain 500 from your server, and the name appears only in the server log.';

export const astroEntries: CatalogEntry[] = [
  {
    id: 'astro/403',
    provider: 'astro',
    kind: 'status',
    code: '403',
    title: 'Forbidden: remote image not allowed',
    summary: 'Astro’s image endpoint refused the source: a remote `href` whose host no `image.domains` or `image.remotePatterns` entry allows, or a “local” `href` that resolves to another origin.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 403, message: 'Forbidden', certainty: 'vendor-code', sources: ['astroEndpointSource', 'astroCloudflarePassthrough'] },
    ],
    causes: [
      'The image’s host is missing from `image.domains`, or no `image.remotePatterns` entry matches its protocol, host, port and path.',
      'A pattern almost matches: `remotePatterns` with `hostname: \'example.com\'` does not cover `cdn.example.com` (use `**.example.com`), and a `pathname` pattern limits the paths.',
      'A hand-built or cached `/_image?href=https://…` URL: for a remote image Astro does not allow, `<Image>` renders the original URL instead of an `/_image` one, so the 403 shows on URLs made elsewhere.',
      'An `href` such as `//other.example/a.png` that looks local but resolves to another origin.',
      'With the Cloudflare adapter’s passthrough endpoint: the source answered with a type that is not `image/*`.',
    ],
    fixes: [
      'Allow the host in `astro.config.mjs`: `image: { domains: [\'images.unsplash.com\'] }`, or a pattern: `image: { remotePatterns: [{ protocol: \'https\', hostname: \'**.unsplash.com\' }] }`; then rebuild.',
      'List the hosts the source redirects to as well: Astro checks every hop.',
      'Build image URLs with `<Image>`, `<Picture>` or `getImage()` rather than by hand.',
    ],
    related: ['astro/remote-image-not-allowed', 'astro/404', 'astro/500'],
    history: [
      { when: 'Astro 3.0 onwards', text: '403 `Forbidden` for a disallowed remote source in every variant of the endpoint.', sources: ['astroEndpointSource'] },
    ],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['astroEndpointSource', 'astroImagesGuide'],
    samples: [{ label: 'Unsplash image not in image.domains (@astrojs/node, curl -i)', paste: `$ curl -i "https://harbourlight.dev/_image?href=https%3A%2F%2Fimages.unsplash.com%2Fphoto-1500530855697-b586d89ba3ee&w=1200&f=webp"
HTTP/1.1 403 Forbidden
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:05:27 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 9

Forbidden
`, origin: 'constructed', sources: ['astroEndpointSource'] }],
    keywords: ['forbidden', 'image.domains', 'remotePatterns', 'remote image', 'astro 403', '_image 403', 'not allowed'],
  },
  {
    id: 'astro/404',
    provider: 'astro',
    kind: 'status',
    code: '404',
    title: 'Not Found: source image missing or not fetched',
    summary: 'The generic image endpoint (and the Cloudflare passthrough) answered 404: it could not load the source, because the file is missing, the remote answered an error, or a redirect led to a host Astro does not allow.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 404, message: 'Not Found', certainty: 'vendor-code', sources: ['astroEndpointSource', 'astroCloudflarePassthrough'] }],
    causes: [
      'A local `href` whose file is not in the deployed build (a renamed asset, an old hashed `_astro/` name from a cached page).',
      'The remote source answered 404, 403 or another error, or did not answer.',
      'The remote source redirected to a host that `image.domains` and `image.remotePatterns` do not allow.',
      'With the Cloudflare passthrough: the source answered with a redirect (any 3xx is reported as 404).',
    ],
    fixes: [
      'Request the `href` on its own: a local `/_astro/…` path on your site, or the remote URL.',
      'For stale hashed names, make sure pages are rebuilt and HTML caches purged together with the assets.',
      'Allow the redirect target’s host, or use the final URL as the source.',
    ],
    related: ['astro/403', 'astro/500'],
    history: [
      { when: 'Astro 4.0', text: 'The generic endpoint answers a source it could not load with 404 `Not Found`; `@astrojs/node` (since 4.5) answers the same case with 500.', sources: ['astroEndpointSource'] },
    ],
    caveats: ['Which variant answers depends on the adapter: `@astrojs/node` and `astro dev` report a missing source as 500, not 404.', CONSTRUCTED_HEADERS],
    sources: ['astroEndpointSource', 'astroCloudflarePassthrough'],
    samples: [{ label: 'Stale hashed asset name (generic endpoint, curl -i)', paste: `$ curl -i "https://harbourlight.example/_image?href=%2F_astro%2Fharbour-dusk.B7k2Lq9d.jpg&w=800&f=webp"
HTTP/2 404
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:09:45 GMT
content-length: 9

Not Found
`, origin: 'constructed', sources: ['astroEndpointSource'] }],
    keywords: ['not found', 'astro 404', '_image 404', '_astro', 'hashed asset'],
  },
  {
    id: 'astro/500',
    provider: 'astro',
    kind: 'status',
    code: '500',
    title: 'Internal Server Error from the image endpoint',
    summary: 'Astro’s image endpoint answered 500 `Internal Server Error`: with `@astrojs/node` this is also how a missing or unfetchable source is reported; with the generic endpoint, something threw while loading or transforming.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 500, message: 'Internal Server Error', certainty: 'vendor-code', sources: ['astroEndpointSource'] },
      { status: 500, message: 'Server Error: <error>', certainty: 'vendor-code', sources: ['astroEndpointSource', 'astroPr16591'] },
    ],
    causes: [
      '`@astrojs/node`: the source file is not in the build output, the remote source answered an error or failed, or it redirected to a host that is not allowed.',
      'Generic endpoint: the transformation threw (a corrupt image, sharp missing on the server) or the request had no `href`.',
      'The image service configured is not a local one (a custom service without `transform`).',
    ],
    fixes: [
      'Read the server log: the endpoint logs `Could not process image request:` with the real error.',
      'Request the `href` on its own to rule out the source.',
      'Install sharp on the server (`npm install sharp` where the server runs) or configure `passthroughImageService()`.',
    ],
    related: ['astro/404', 'astro/could-not-process', 'astro/missing-sharp'],
    history: [
      { when: 'Astro 3.0-4.x', text: 'The endpoint answered exceptions with 500 `Server Error: <error>`, quoting the error; `@astrojs/node` moved to a bare `Internal Server Error` in 4.5.', sources: ['astroEndpointSource'] },
      { when: '2026-05 (Astro 6.3)', text: 'The generic endpoint stopped quoting the error (PR #16591, "Use consistent error response in generic image endpoint").', sources: ['astroPr16591'] },
    ],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['astroEndpointSource', 'astroPr16591'],
    samples: [{ label: 'Local source missing from the build (@astrojs/node, curl -i)', paste: `$ curl -i "https://harbourlight.dev/_image?href=%2F_astro%2Fharbour-dusk.B7k2Lq9d.jpg&w=800&f=webp"
HTTP/1.1 500 Internal Server Error
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:11:30 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 21

Internal Server Error
`, origin: 'constructed', sources: ['astroEndpointSource'] }],
    keywords: ['internal server error', 'astro 500', '_image 500', 'server error', 'could not process image request'],
  },
  {
    id: 'astro/400',
    provider: 'astro',
    kind: 'status',
    code: '400',
    title: 'Invalid request: no href',
    summary: 'The `/_image` URL has no usable `href` parameter, so Astro’s endpoint has no source to transform.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: 'Invalid request', certainty: 'vendor-code', sources: ['astroEndpointSource'] },
      { status: 400, message: 'Bad Request', certainty: 'vendor-code', sources: ['astroCloudflarePassthrough'] },
    ],
    causes: [
      'The source was passed as `url=` or `src=` (the names other image services use) instead of `href=`.',
      'The `href` was empty when the URL was written (an undefined variable).',
    ],
    fixes: ['Use `href` for the source: `/_image?href=%2F_astro%2Fhero.jpg&w=800`, or let `getImage()` write the URL.'],
    related: ['astro/500', 'astro/403'],
    history: [
      { when: 'Oct 2025 (Astro 5.15)', text: '`@astrojs/node` and `astro dev` answer a missing `href` with 400 `Invalid request` (a security fix); before, and still in the generic endpoint, it ends as a 500.', sources: ['astroEndpointSource'] },
    ],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['astroEndpointSource', 'astroCloudflarePassthrough'],
    samples: [
      { label: 'Source passed as url= (@astrojs/node, curl -i)', paste: `$ curl -i "https://harbourlight.dev/_image?url=%2F_astro%2Fhero.C3x9fQ2a.jpg&w=800&f=webp"
HTTP/1.1 400 Bad Request
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:02:11 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 15

Invalid request
`, origin: 'constructed', sources: ['astroEndpointSource'] },
      { label: 'No href on the Cloudflare adapter (curl -i)', paste: `$ curl -i "https://harbourlight.pages.dev/_image?w=800&f=webp"
HTTP/2 400
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:03:40 GMT
server: cloudflare
cf-ray: 8f61c2a4be1f5a3e-LHR
content-length: 11

Bad Request
`, origin: 'constructed', sources: ['astroCloudflarePassthrough'] },
    ],
    keywords: ['invalid request', 'bad request', 'href', 'astro 400', '_image 400'],
  },
  {
    id: 'astro/svg-conversion',
    provider: 'astro',
    kind: 'condition',
    code: 'svg-conversion',
    title: 'Cannot convert a raster image to SVG',
    summary: 'The URL asks for `f=svg` output from a source that is not an SVG; Astro’s endpoint refuses, since it cannot turn a raster image into a vector one.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 403, message: 'Cannot convert non-SVG source to SVG format', certainty: 'vendor-code', sources: ['astroEndpointSource'] }],
    causes: ['`format="svg"` set on an `<Image>` of a PNG or JPEG, or `f=svg` written into a URL by hand.'],
    fixes: ['Drop `format="svg"` for raster sources, or use an SVG source.'],
    related: ['astro/unsupported-image-conversion', 'astro/403'],
    history: [{ when: 'Astro 6.2', text: 'The endpoint guard was added, mirroring the check `<Image>` already made.', sources: ['astroEndpointSource'] }],
    caveats: ['Sent by `@astrojs/node` and `astro dev`; the generic endpoint has no such check.', CONSTRUCTED_HEADERS],
    sources: ['astroEndpointSource'],
    samples: [{ label: 'PNG logo asked for as SVG (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/_image?href=%2F%40fs%2Fhome%2Fana%2Fharbourlight%2Fsrc%2Fassets%2Flogo.png&w=64&f=svg"
HTTP/1.1 403 Forbidden
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:07:02 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 43

Cannot convert non-SVG source to SVG format
`, origin: 'constructed', sources: ['astroEndpointSource'] }],
    keywords: ['cannot convert non-svg source to svg format', 'f=svg', 'format svg'],
  },
  {
    id: 'astro/invalid-endpoint',
    provider: 'astro',
    kind: 'condition',
    code: 'invalid-endpoint',
    title: 'Dev image endpoint used outside dev',
    summary: 'A production build is serving `/_image` with Astro’s development endpoint, which refuses to run outside `astro dev`.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Invalid endpoint', certainty: 'vendor-code', sources: ['astroEndpointSource'] }],
    causes: ['`image.endpoint.entrypoint` points at `astro/assets/endpoint/dev` in the build configuration.'],
    fixes: ['Remove the custom entrypoint, or point it at `astro/assets/endpoint/node` (with `@astrojs/node`) or `astro/assets/endpoint/generic`.'],
    related: ['astro/500'],
    history: [],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['astroEndpointSource'],
    samples: [{ label: 'Production server with the dev endpoint (curl -i)', paste: `$ curl -i "https://harbourlight.dev/_image?href=%2F_astro%2Fhero.C3x9fQ2a.jpg&w=800"
HTTP/1.1 500 Internal Server Error
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:13:18 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 16

Invalid endpoint
`, origin: 'constructed', sources: ['astroEndpointSource'] }],
    keywords: ['invalid endpoint', 'image.endpoint', 'entrypoint'],
  },
  {
    id: 'astro/could-not-process',
    provider: 'astro',
    kind: 'condition',
    code: 'could-not-process',
    title: 'Dev endpoint could not process the image',
    summary: 'Under `astro dev`, the image endpoint caught an error while loading or transforming the source and quotes it: `Could not process image request: <error>`.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Could not process image request: <error>', certainty: 'vendor-code', sources: ['astroEndpointSource'] }],
    causes: ['sharp failed on the source (a truncated or corrupt file).', 'The image service threw for another reason; the quoted error says which.'],
    fixes: ['Read the quoted error; re-export a damaged image from an editor.', 'The same text is logged by production servers as `Could not process image request:`, which helps match a production 500 to its cause.'],
    related: ['astro/500', 'astro/no-image-metadata', 'astro/missing-sharp'],
    history: [],
    caveats: ['Errors of Astro’s registry quoted this way (MissingSharp, NoImageMetadata, UnsupportedImageFormat) have entries of their own.', CONSTRUCTED_HEADERS],
    sources: ['astroEndpointSource'],
    samples: [{ label: 'Truncated JPEG (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/_image?href=%2F%40fs%2Fhome%2Fana%2Fharbourlight%2Fsrc%2Fassets%2Fscan.jpg&w=800&f=webp"
HTTP/1.1 500 Internal Server Error
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:15:04 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 77

Could not process image request: Error: VipsJpeg: Premature end of input file
`, origin: 'constructed', sources: ['astroEndpointSource'] }],
    keywords: ['could not process image request', 'astro dev', 'sharp error', 'vips'],
  },
  {
    id: 'astro/remote-image-not-allowed',
    provider: 'astro',
    kind: 'condition',
    code: 'remote-image-not-allowed',
    title: 'RemoteImageNotAllowed: remote image with inferSize not allowed',
    summary: 'A component or `getImage()` call asked Astro to infer a remote image’s size (`inferSize`), but the image’s URL is not allowed by `image.domains` or `image.remotePatterns`.',
    actor: 'request',
    severity: 'error',
    layer: 'client',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Remote image <IMAGE_URL> is not allowed by your image configuration.', certainty: 'vendor-code', sources: ['astroErrorsData'] }],
    causes: ['`<Image src="https://…" inferSize />` for a host that is not allowed: Astro will not fetch it, even to read its size.', 'The host is allowed but the image redirects to one that is not.'],
    fixes: ['Add the host to `image.domains` or `image.remotePatterns`.', 'Or remove `inferSize` and give `width` and `height` yourself.'],
    related: ['astro/403', 'astro/failed-to-fetch-remote-image-dimensions', 'astro/missing-image-dimension'],
    history: [],
    caveats: [DEV_PAGE],
    sources: ['astroErrorsData', 'astroErrorReference', 'astroDevErrorPage'],
    samples: [{ label: 'Page using inferSize on an unlisted host (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/blog/harbour-at-dusk/"
HTTP/1.1 500 Internal Server Error
Vary: Origin
Content-Type: text/html
Content-Length: 87
Date: Tue, 24 Nov 2026 15:24:03 GMT
Connection: keep-alive
Keep-Alive: timeout=5

<title>RemoteImageNotAllowed</title><script type="module" src="/@vite/client"></script>
`, origin: 'constructed', sources: ['astroDevErrorPage', 'astroErrorsData'] }],
    keywords: ['RemoteImageNotAllowed', 'is not allowed by your image configuration', 'inferSize', 'image.domains', 'remotePatterns'],
  },
  {
    id: 'astro/failed-to-fetch-remote-image-dimensions',
    provider: 'astro',
    kind: 'condition',
    code: 'failed-to-fetch-remote-image-dimensions',
    title: 'FailedToFetchRemoteImageDimensions: size of a remote image not found',
    summary: 'Astro tried to read a remote image’s dimensions (`inferSize`) and failed: the URL is wrong, the source did not answer with an image, or the file is in `public/`.',
    actor: 'request',
    severity: 'error',
    layer: 'client',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Failed to get the dimensions for <IMAGE_URL>.', certainty: 'vendor-code', sources: ['astroErrorsData'] }],
    causes: ['A wrong or dead remote URL.', '`inferSize` used on an image in `public/`, which Astro cannot probe.', 'The remote answered an error or a non-image.'],
    fixes: ['Open the URL yourself; fix it or give `width` and `height`.', 'For files in `public/`, set `width` and `height`, or move the file to `src/` and import it.'],
    related: ['astro/remote-image-not-allowed', 'astro/missing-image-dimension'],
    history: [],
    caveats: [DEV_PAGE],
    sources: ['astroErrorsData', 'astroErrorReference', 'astroDevErrorPage'],
    samples: [{ label: 'inferSize on a dead URL (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/gallery/"
HTTP/1.1 500 Internal Server Error
Vary: Origin
Content-Type: text/html
Content-Length: 100
Date: Tue, 24 Nov 2026 15:25:48 GMT
Connection: keep-alive
Keep-Alive: timeout=5

<title>FailedToFetchRemoteImageDimensions</title><script type="module" src="/@vite/client"></script>
`, origin: 'constructed', sources: ['astroDevErrorPage', 'astroErrorsData'] }],
    keywords: ['FailedToFetchRemoteImageDimensions', 'failed to get the dimensions', 'inferSize'],
  },
  {
    id: 'astro/missing-image-dimension',
    provider: 'astro',
    kind: 'condition',
    code: 'missing-image-dimension',
    title: 'MissingImageDimension: remote image without width and height',
    summary: 'An `<Image>` of a remote image (or one in `public/`) has no `width` and `height`, which Astro needs to avoid layout shift since it cannot read them from an import.',
    actor: 'request',
    severity: 'error',
    layer: 'client',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Missing width and height attributes for <IMAGE_URL>. When using remote images, both dimensions are required in order to avoid CLS.', certainty: 'vendor-code', sources: ['astroErrorsData'] }],
    causes: ['A string `src` (a URL, or a path to `public/`) without `width` and `height`.', 'An image in `src/` passed as a path string instead of an import.'],
    fixes: ['Add `width` and `height`, or `inferSize` for an allowed remote host.', 'Import images that live in `src/` so Astro reads their size.'],
    related: ['astro/remote-image-not-allowed', 'astro/local-image-used-wrongly'],
    history: [],
    caveats: [DEV_PAGE],
    sources: ['astroErrorsData', 'astroErrorReference', 'astroDevErrorPage'],
    samples: [{ label: 'Remote image without dimensions (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/about/"
HTTP/1.1 500 Internal Server Error
Vary: Origin
Content-Type: text/html
Content-Length: 87
Date: Tue, 24 Nov 2026 15:27:31 GMT
Connection: keep-alive
Keep-Alive: timeout=5

<title>MissingImageDimension</title><script type="module" src="/@vite/client"></script>
`, origin: 'constructed', sources: ['astroDevErrorPage', 'astroErrorsData'] }],
    keywords: ['MissingImageDimension', 'missing width and height', 'cls', 'inferSize'],
  },
  {
    id: 'astro/expected-image',
    provider: 'astro',
    kind: 'condition',
    code: 'expected-image',
    title: 'ExpectedImage: src is not an image',
    summary: 'The `src` given to `<Image>` or `getImage()` is neither an imported image nor a string URL; most often it is `undefined`.',
    actor: 'request',
    severity: 'error',
    layer: 'client',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Expected `src` property for `getImage` or `<Image />` to be either an ESM imported image or a string with the path of a remote image.', certainty: 'vendor-code', sources: ['astroErrorsData'] }],
    causes: ['A content field or prop that is undefined for some entries.', 'A wrong import path, or an async import passed without awaiting it.'],
    fixes: ['Check the value passed as `src` for the failing page; give entries without an image a fallback.', 'Use the `image()` helper in content collection schemas so paths are resolved to imports.'],
    related: ['astro/local-image-used-wrongly', 'astro/image-not-found'],
    history: [],
    caveats: [DEV_PAGE],
    sources: ['astroErrorsData', 'astroErrorReference', 'astroDevErrorPage'],
    samples: [{ label: 'Post without a cover image (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/blog/"
HTTP/1.1 500 Internal Server Error
Vary: Origin
Content-Type: text/html
Content-Length: 79
Date: Tue, 24 Nov 2026 15:29:09 GMT
Connection: keep-alive
Keep-Alive: timeout=5

<title>ExpectedImage</title><script type="module" src="/@vite/client"></script>
`, origin: 'constructed', sources: ['astroDevErrorPage', 'astroErrorsData'] }],
    keywords: ['ExpectedImage', 'expected src', 'undefined src', 'getImage'],
  },
  {
    id: 'astro/local-image-used-wrongly',
    provider: 'astro',
    kind: 'condition',
    code: 'local-image-used-wrongly',
    title: 'LocalImageUsedWrongly: local image passed as a path',
    summary: '`<Image>` or `getImage()` got a file path string (`../assets/a.png`, `myImage.src`) for a local image; local images must be imported.',
    actor: 'request',
    severity: 'error',
    layer: 'client',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: "`Image`'s and `getImage`'s `src` parameter must be an imported image or a URL, it cannot be a string filepath. Received `<path>`.", certainty: 'vendor-code', sources: ['astroErrorsData'] }],
    causes: ['A relative path string instead of an import.', '`myImage.src` (a string) passed instead of `myImage` (the import).'],
    fixes: ['`import hero from \'../assets/hero.png\'` and pass `src={hero}`.', 'For content collections, use the `image()` schema helper.'],
    related: ['astro/expected-image', 'astro/missing-image-dimension'],
    history: [],
    caveats: [DEV_PAGE],
    sources: ['astroErrorsData', 'astroErrorReference', 'astroDevErrorPage'],
    samples: [{ label: 'Path string for a local image (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/team/"
HTTP/1.1 500 Internal Server Error
Vary: Origin
Content-Type: text/html
Content-Length: 87
Date: Tue, 24 Nov 2026 15:30:44 GMT
Connection: keep-alive
Keep-Alive: timeout=5

<title>LocalImageUsedWrongly</title><script type="module" src="/@vite/client"></script>
`, origin: 'constructed', sources: ['astroDevErrorPage', 'astroErrorsData'] }],
    keywords: ['LocalImageUsedWrongly', 'must be an imported image', 'string filepath'],
  },
  {
    id: 'astro/image-not-found',
    provider: 'astro',
    kind: 'condition',
    code: 'image-not-found',
    title: 'ImageNotFound: imported image does not exist',
    summary: 'Astro could not find an image that a page, Markdown file or content entry refers to; usually a typo or a path relative to the wrong folder.',
    actor: 'request',
    severity: 'error',
    layer: 'client',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Could not find requested image `<path>`. Does it exist?', certainty: 'vendor-code', sources: ['astroErrorsData'] }],
    causes: ['A typo or a case difference in the path.', 'In Markdown, a path not relative to the `.md` file (it should start with `./` for the same folder).'],
    fixes: ['Correct the path; in Markdown, write it relative to the file.'],
    related: ['astro/expected-image'],
    history: [],
    caveats: [DEV_PAGE],
    sources: ['astroErrorsData', 'astroErrorReference', 'astroDevErrorPage'],
    samples: [{ label: 'Markdown image with a wrong path (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/blog/harbour-at-dusk/"
HTTP/1.1 500 Internal Server Error
Vary: Origin
Content-Type: text/html
Content-Length: 79
Date: Tue, 24 Nov 2026 15:32:20 GMT
Connection: keep-alive
Keep-Alive: timeout=5

<title>ImageNotFound</title><script type="module" src="/@vite/client"></script>
`, origin: 'constructed', sources: ['astroDevErrorPage', 'astroErrorsData'] }],
    keywords: ['ImageNotFound', 'could not find requested image', 'markdown image'],
  },
  {
    id: 'astro/no-image-metadata',
    provider: 'astro',
    kind: 'condition',
    code: 'no-image-metadata',
    title: 'NoImageMetadata: image cannot be read',
    summary: 'Astro could not read the image’s format and size: the file is corrupt, truncated, or not really an image.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Could not process image metadata for `<path>`.', certainty: 'vendor-code', sources: ['astroErrorsData', 'astroImageServices'] }],
    causes: ['A damaged or truncated file, or a file with an image extension that holds something else (an HTML error page saved as `.jpg`).'],
    fixes: ['Re-export the image from an image editor; check it with `file <path>`.'],
    related: ['astro/could-not-process', 'astro/unsupported-image-format'],
    history: [],
    caveats: ['In production the endpoint answers the same failure with a bare 500 (`astro/500`).', CONSTRUCTED_HEADERS],
    sources: ['astroErrorsData', 'astroImageServices'],
    samples: [{ label: 'Corrupt JPEG through the dev endpoint (curl -i)', paste: `$ curl -i "http://localhost:4321/_image?href=%2F%40fs%2Fhome%2Fana%2Fharbourlight%2Fsrc%2Fassets%2Fbroken.jpg&w=800&f=webp"
HTTP/1.1 500 Internal Server Error
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:17:40 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 138

Could not process image request: NoImageMetadata: Could not process image metadata for \`/@fs/home/ana/harbourlight/src/assets/broken.jpg\`.
`, origin: 'constructed', sources: ['astroEndpointSource', 'astroImageServices'] }],
    keywords: ['NoImageMetadata', 'could not process image metadata', 'corrupt image'],
  },
  {
    id: 'astro/unsupported-image-format',
    provider: 'astro',
    kind: 'condition',
    code: 'unsupported-image-format',
    title: 'UnsupportedImageFormat: format not supported',
    summary: 'The image service cannot optimise the source’s format, or the source is an SVG while SVG processing is off (the default).',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 500, message: 'Received unsupported format `<format>` from `<path>`. Currently only <formats> are supported by our image services.', certainty: 'vendor-code', sources: ['astroErrorsData'] },
      { status: 500, message: 'SVG image processing is disabled, but the source for "<src>" is an SVG.', certainty: 'vendor-code', sources: ['astroImageServices'] },
    ],
    causes: ['An SVG passed to `<Image>` with a raster output format while `image.dangerouslyProcessSVG` is off.', 'A format the built-in services do not optimise (GIF in some setups, HEIC, PSD).'],
    fixes: ['For SVGs: set `format="svg"` to pass them through, or `image.dangerouslyProcessSVG: true` to rasterise.', 'For other formats, use a plain `<img>` or convert the file.'],
    related: ['astro/unsupported-image-conversion', 'astro/no-image-metadata'],
    history: [],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['astroErrorsData', 'astroImageServices'],
    samples: [{ label: 'SVG source without dangerouslyProcessSVG (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/_image?href=%2F%40fs%2Fhome%2Fana%2Fharbourlight%2Fsrc%2Fassets%2Fwave.svg&w=400&f=webp"
HTTP/1.1 500 Internal Server Error
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:19:12 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 308

Could not process image request: UnsupportedImageFormat: SVG image processing is disabled, but the source for "/@fs/home/ana/harbourlight/src/assets/wave.svg" is an SVG. Pass it through unchanged by setting \`format="svg"\` on the component, or set \`image.dangerouslyProcessSVG: true\` to rasterize SVG sources.
`, origin: 'constructed', sources: ['astroImageServices'] }],
    keywords: ['UnsupportedImageFormat', 'unsupported format', 'dangerouslyProcessSVG', 'svg'],
  },
  {
    id: 'astro/unsupported-image-conversion',
    provider: 'astro',
    kind: 'condition',
    code: 'unsupported-image-conversion',
    title: 'UnsupportedImageConversion: vector to raster or back',
    summary: 'The component asked to convert between a vector image (SVG) and a raster format, which Astro does not support.',
    actor: 'request',
    severity: 'error',
    layer: 'client',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Converting between vector (such as SVGs) and raster (such as PNGs and JPEGs) images is not currently supported.', certainty: 'vendor-code', sources: ['astroErrorsData'] }],
    causes: ['`format="svg"` on a PNG or JPEG import, or a raster format for an SVG in a setup that checks options.'],
    fixes: ['Use the source’s own kind: SVG stays SVG, raster stays raster.'],
    related: ['astro/svg-conversion', 'astro/unsupported-image-format'],
    history: [],
    caveats: [DEV_PAGE],
    sources: ['astroErrorsData', 'astroErrorReference', 'astroDevErrorPage'],
    samples: [{ label: 'format="svg" on a PNG import (astro dev, curl -i)', paste: `$ curl -i "http://localhost:4321/"
HTTP/1.1 500 Internal Server Error
Vary: Origin
Content-Type: text/html
Content-Length: 92
Date: Tue, 24 Nov 2026 15:33:57 GMT
Connection: keep-alive
Keep-Alive: timeout=5

<title>UnsupportedImageConversion</title><script type="module" src="/@vite/client"></script>
`, origin: 'constructed', sources: ['astroDevErrorPage', 'astroErrorsData'] }],
    keywords: ['UnsupportedImageConversion', 'converting between vector and raster'],
  },
  {
    id: 'astro/missing-sharp',
    provider: 'astro',
    kind: 'condition',
    code: 'missing-sharp',
    title: 'MissingSharp: sharp is not installed',
    summary: 'Astro’s default image service needs the `sharp` package and could not load it.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Could not find Sharp. Please install Sharp (`sharp`) manually into your project or migrate to another image service.', certainty: 'vendor-code', sources: ['astroErrorsData'] }],
    causes: ['A package manager that does not install optional or peer dependencies (pnpm with strict settings, Yarn PnP).', 'A server image built without `sharp`, or with a `sharp` built for another platform.'],
    fixes: ['`npm install sharp` in the project (and in the server image).', 'If you do not need optimisation, set `image: { service: passthroughImageService() }`.'],
    related: ['astro/500', 'astro/could-not-process'],
    history: [],
    caveats: ['In production the endpoint answers with a bare 500 and logs the error.', CONSTRUCTED_HEADERS],
    sources: ['astroErrorsData', 'astroImageServices', 'astroErrorReference'],
    samples: [{ label: 'Dev endpoint without sharp (curl -i)', paste: `$ curl -i "http://localhost:4321/_image?href=%2F%40fs%2Fhome%2Fana%2Fharbourlight%2Fsrc%2Fassets%2Fhero.jpg&w=800&f=webp"
HTTP/1.1 500 Internal Server Error
content-type: text/plain;charset=UTF-8
date: Tue, 24 Nov 2026 15:21:55 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 163

Could not process image request: MissingSharp: Could not find Sharp. Please install Sharp (\`sharp\`) manually into your project or migrate to another image service.
`, origin: 'constructed', sources: ['astroEndpointSource', 'astroErrorsData'] }],
    keywords: ['MissingSharp', 'could not find sharp', 'passthroughImageService', 'pnpm'],
  },
  {
    id: 'astro/transformed',
    provider: 'astro',
    kind: 'condition',
    code: 'transformed',
    title: 'Image transformed by Astro’s endpoint',
    summary: 'Astro’s `/_image` endpoint answered with the transformed image.',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 200, message: '', certainty: 'vendor-code', sources: ['astroEndpointSource'] }],
    causes: ['A valid request for an allowed source.'],
    fixes: [
      'Nothing to fix. The endpoint sends `cache-control: public, max-age=31536000` (a year) and an ETag; it transforms on every request that reaches it, so put a CDN in front on busy sites.',
      'Static builds skip the endpoint: `astro build` writes images into `_astro/` at build time.',
    ],
    related: ['astro/403', 'astro/404'],
    history: [],
    caveats: ['The endpoint keeps no cache of its own between requests; that is read from its code, which transforms every request it gets.'],
    sources: ['astroEndpointSource', 'astroImagesGuide'],
    samples: [{ label: 'WebP from the node endpoint (curl -sI)', paste: `$ curl -sI "https://harbourlight.dev/_image?href=%2F_astro%2Fhero.C3x9fQ2a.jpg&w=800&h=450&f=webp&q=80"
HTTP/1.1 200 OK
content-type: image/webp
cache-control: public, max-age=31536000
etag: "8d2f41a9c07be3d5"
date: Tue, 24 Nov 2026 15:36:12 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 41382
`, origin: 'constructed', sources: ['astroEndpointSource'] }],
    keywords: ['astro image endpoint', '_image', 'cache-control', 'max-age=31536000'],
  },
];
