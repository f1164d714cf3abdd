/**
 * Next.js's image optimizer when self-hosted (`next start`, standalone, Docker): every plain-text
 * body of `/_next/image` and what its status adds (shared/facts/frameworks.md, section 2). The
 * optimizer sets no header of its own on an error, so the body, the status and the URL are all
 * there is; a `curl -sI` without the body gets the status entries (`nextjs/400`, `404`, `500`).
 *
 * The code-backed samples are constructed from the bodies and statuses in image-optimizer.ts and
 * its tests; the two captures of the facts (C4, C6) are marked as such and kept verbatim.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

const LOCAL = 'http://localhost:3000';

/** A `curl -i` of a self-hosted error: Node's server adds only these headers to `res.end(body)`. */
function selfHostedError(query: string, status: string, body: string, date: string): string {
  return `$ curl -i "${LOCAL}/_next/image?${query}"
HTTP/1.1 ${status}
Date: ${date}
Connection: keep-alive
Keep-Alive: timeout=5
Content-Length: ${new TextEncoder().encode(body).length}

${body}
`;
}

export const nextjsEntries: CatalogEntry[] = [
  {
    id: 'nextjs/url-not-allowed',
    provider: 'nextjs',
    kind: 'condition',
    code: 'url-not-allowed',
    title: 'Source not allowed by remotePatterns or localPatterns',
    summary:
      'Next.js refused to fetch the image because its `url` matches no entry of `images.remotePatterns` (or the older `images.domains`) for a remote source, or of `images.localPatterns` for a local path.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 400, message: '"url" parameter is not allowed', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextImageTests'] }],
    causes: [
      'The remote host (or its protocol, port or path) is not listed in `images.remotePatterns` in next.config.js. A pattern for `cdn.example.com` does not cover `images.example.com`, and `pathname` is matched as a glob.',
      'The config was changed but the server was not rebuilt: `next.config.js` is read at build and start, so a running production server keeps the old list.',
      'A local path that `images.localPatterns` does not cover (14.2.15+). Since 16.0 a local source with a query string (`/api/og?title=…`) needs a `localPatterns` entry with `search` too.',
      'Next.js 16.0+: the remote hostname resolves to a private address (10.x, 192.168.x, 127.x, NAT64 `64:ff9b::/96` on IPv6-only networks). The body is the same; only the server log says `resolved to private ip`.',
    ],
    fixes: [
      'Add the source to `images.remotePatterns`, e.g. `{ protocol: "https", hostname: "images.example.com", pathname: "/uploads/**" }`, then rebuild and restart.',
      'For local sources, add a `localPatterns` entry (with `search` when the URL has a query string), or remove `localPatterns` if you never meant to restrict local images.',
      'If the log says the host resolved to a private IP and you trust it, set `images.dangerouslyAllowLocalIP: true` (16.0+); otherwise serve the image from a public host.',
      'Check the server log: Next.js keeps the response generic and writes the reason there.',
    ],
    related: ['nextjs/invalid-url', 'nextjs/400', 'vercel/invalid-image-optimize-request'],
    history: [
      { when: '14.2.15', text: '`images.localPatterns` added: a relative `url` outside it is "not allowed" too.', sources: ['nextImageDocs'] },
      {
        when: '16.0',
        text: 'Remote hosts that resolve to a private IP are refused with the same body unless `images.dangerouslyAllowLocalIP` is true, and local sources with a query string need `localPatterns[].search`.',
        sources: ['nextUpgrade16', 'nextPr84676'],
      },
    ],
    caveats: [
      'One body stands for a pattern miss and, in 16.0+, a private-IP refusal; only the server log tells them apart.',
      'Where the server was built matters: `next dev` reads the config on change, a production server only at build and start.',
      'In development the `<Image>` component itself throws `Invalid src prop (…) on next/image, hostname "…" is not configured under images in your next.config.js` before any request is made; in a production build the same mistake shows only as this 400.',
    ],
    sources: ['nextImageOptimizer', 'nextImageDocs', 'nextUpgrade16', 'nextImageTests'],
    samples: [
      {
        label: 'Next.js 16 server refusing a remote host (curl -i, recorded with its headers trimmed)',
        paste: `$ curl -i "http://localhost:5198/_next/image?url=https%3A%2F%2Fhttpbin.org%2Fimage%2Fjpeg&w=640&q=75"
HTTP/1.1 400 Bad Request
"url" parameter is not allowed
`,
        origin: 'capture',
        sources: ['nextCaptureQualities'],
      },
      {
        label: 'Remote CMS host missing from remotePatterns (curl -i)',
        paste: selfHostedError(
          'url=https%3A%2F%2Fimages.ctfassets.net%2Fk3n8w1%2Fhero.jpg&w=1080&q=75',
          '400 Bad Request',
          '"url" parameter is not allowed',
          'Tue, 01 Dec 2026 09:14:22 GMT',
        ),
        origin: 'constructed',
        sources: ['nextImageOptimizer'],
      },
    ],
    keywords: [
      'remotePatterns',
      'images.domains',
      'localPatterns',
      'url parameter is not allowed',
      'hostname is not configured',
      'dangerouslyAllowLocalIP',
      'private ip',
      'next image 400',
      'next/image remote image',
      'invalid src prop',
      'hostname is not configured under images in your next.config.js',
      'next-image-unconfigured-host',
    ],
  },
  {
    id: 'nextjs/invalid-url',
    provider: 'nextjs',
    kind: 'condition',
    code: 'invalid-url',
    title: 'The url parameter is missing or malformed',
    summary:
      'The `url` query parameter of `/_next/image` is missing, repeated, longer than 3072 characters, protocol-relative, points back at `/_next/image`, or is not an http(s) URL.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: '"url" parameter is required', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 400, message: '"url" parameter cannot be an array', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 400, message: '"url" parameter is too long', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 400, message: '"url" parameter cannot be a protocol-relative URL (//)', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextPr65752'] },
      { status: 400, message: '"url" parameter cannot be recursive', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextPr69586'] },
      { status: 400, message: '"url" parameter is invalid', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextImageTests'] },
    ],
    causes: [
      'An `<Image>` whose `src` was empty or undefined when the page rendered, so the URL carries `url=` with nothing after it ("is required").',
      'A `src` starting with `//` (protocol-relative): give it a scheme.',
      'A `src` that is itself an `/_next/image?…` URL, e.g. an optimized URL copied from the browser into the CMS ("cannot be recursive").',
      'A `src` with a scheme other than http or https (`file://`, `ftp://`, `data:` used without `unoptimized`) or one that `new URL()` cannot parse ("is invalid").',
      'A hand-built URL that repeats `url=` or embeds a very long signed URL (over 3072 characters).',
    ],
    fixes: [
      'Log the `src` you pass to `<Image>`; render nothing, or a placeholder, while it is not known yet.',
      'Store and pass the original image address, never an `/_next/image` URL.',
      'Use `https://` for remote images; for `data:` or `blob:` sources set `unoptimized` on that image.',
      'Build the URL with `next/image` (or `getImageProps`) instead of by hand so `url`, `w` and `q` appear once each.',
    ],
    related: ['nextjs/url-not-allowed', 'nextjs/400'],
    history: [
      { when: '2024-05', text: 'Protocol-relative URLs are refused with their own message (PR #65752); before, `//…` was taken as a local path and failed later as "Unable to optimize image and unable to fallback to upstream image".', sources: ['nextPr65752'] },
      { when: '14.2.7', text: 'The recursion check decodes the path first; a follow-up (PR #69586) limited it to relative URLs after remote images whose path contained `_next/image` were refused.', sources: ['nextPr69586'] },
    ],
    caveats: ['The first release that sends "is too long" is not pinned down; it is in the 15.x code.'],
    sources: ['nextImageOptimizer', 'nextImageTests'],
    samples: [
      {
        label: 'Image rendered with an empty src (curl -i)',
        paste: selfHostedError('url=&w=640&q=75', '400 Bad Request', '"url" parameter is required', 'Tue, 01 Dec 2026 10:02:41 GMT'),
        origin: 'constructed',
        sources: ['nextImageOptimizer'],
      },
      {
        label: 'An optimized URL fed back in as the source (curl -i)',
        paste: selfHostedError(
          'url=%2F_next%2Fimage%3Furl%3D%252Fhero.jpg%26w%3D640%26q%3D75&w=640&q=75',
          '400 Bad Request',
          '"url" parameter cannot be recursive',
          'Tue, 01 Dec 2026 10:04:09 GMT',
        ),
        origin: 'constructed',
        sources: ['nextImageOptimizer'],
      },
    ],
    keywords: ['url parameter is required', 'cannot be recursive', 'protocol-relative', 'url parameter is invalid', 'empty src', 'url parameter is too long'],
  },
  {
    id: 'nextjs/width-not-allowed',
    provider: 'nextjs',
    kind: 'condition',
    code: 'width-not-allowed',
    title: 'Width not in deviceSizes or imageSizes',
    summary:
      'The `w` parameter is missing, not a positive integer, or a width that is in neither `images.deviceSizes` nor `images.imageSizes`: Next.js only makes the widths it is configured for.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: '"w" parameter (width) of 3000 is not allowed', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextImageTests'] },
      { status: 400, message: '"w" parameter (width) is required', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 400, message: '"w" parameter (width) cannot be an array', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 400, message: '"w" parameter (width) must be an integer greater than 0', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextPr67293'] },
      { status: 400, message: '"w" parameter (width) must be a number greater than 0', certainty: 'vendor-code', sources: ['nextPr67293'] },
    ],
    causes: [
      'A URL built by hand, by a custom loader or by another tool with a width Next.js does not list (defaults: deviceSizes 640, 750, 828, 1080, 1200, 1920, 2048, 3840; imageSizes 32 to 384).',
      'URLs generated with one config served by a server built with another (a cached HTML page from an older deploy, a CDN copy of the page).',
      'Next.js 16 dropped 16 from the default `imageSizes`, so `w=16` URLs from older builds fail.',
      'A width with a unit or a fraction (`w=640px`, `w=640.5`).',
    ],
    fixes: [
      'Let `next/image` choose widths through `sizes`, or add the width you need to `images.deviceSizes` or `images.imageSizes` and rebuild.',
      'If pages from an older build are cached, purge them so their image URLs match the new config.',
      'Pass whole pixel numbers only.',
    ],
    related: ['nextjs/quality-not-allowed', 'nextjs/400', 'vercel/invalid-image-optimize-request'],
    history: [
      { when: '15.0', text: 'The wording changed from "must be a number greater than 0" to "must be an integer greater than 0" (PR #67293, June 2024, marked breaking).', sources: ['nextPr67293'] },
      { when: '16.0', text: 'The default `imageSizes` lost 16: `[32, 48, 64, 96, 128, 256, 384]`.', sources: ['nextUpgrade16'] },
    ],
    caveats: ['`next dev` also accepts widths up to 8 px (blur placeholders), so a width can pass locally and fail in production only when it is that small.'],
    sources: ['nextImageOptimizer', 'nextImageDocs'],
    samples: [
      {
        label: 'Hand-built URL with w=3000 (curl -i)',
        paste: selfHostedError('url=%2Fimages%2Fhero.jpg&w=3000&q=75', '400 Bad Request', '"w" parameter (width) of 3000 is not allowed', 'Tue, 01 Dec 2026 10:11:37 GMT'),
        origin: 'constructed',
        sources: ['nextImageOptimizer'],
      },
    ],
    keywords: ['deviceSizes', 'imageSizes', 'w parameter', 'width is not allowed', 'must be an integer greater than 0', 'custom loader width'],
  },
  {
    id: 'nextjs/quality-not-allowed',
    provider: 'nextjs',
    kind: 'condition',
    code: 'quality-not-allowed',
    title: 'Quality not in images.qualities',
    summary:
      'The `q` parameter is missing, not an integer from 1 to 100, or a value that `images.qualities` does not list. Since Next.js 16 that list defaults to `[75]`, so any other quality fails out of the box.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: '"q" parameter (quality) of 90 is not allowed', certainty: 'observed', sources: ['nextCaptureQualities', 'nextImageOptimizer'] },
      { status: 400, message: '"q" parameter (quality) is required', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 400, message: '"q" parameter (quality) cannot be an array', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 400, message: '"q" parameter (quality) must be an integer between 1 and 100', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextPr67293'] },
      { status: 400, message: '"q" parameter (quality) must be a number between 1 and 100', certainty: 'vendor-code', sources: ['nextPr67293'] },
    ],
    causes: [
      'Next.js 16: `images.qualities` defaults to `[75]`, and a URL with `q=80` or `q=90` (built by hand, by a loader, or cached from an older build) is refused.',
      'A `qualities` list set in next.config.js that leaves out a value some URLs still use.',
      'A quality outside 1 to 100, or with a decimal point.',
    ],
    fixes: [
      'List every quality you use: `images: { qualities: [50, 75, 90] }`, then rebuild.',
      'In components, pass a `quality` that is in the list: `<Image>` picks the nearest listed value, so only URLs built elsewhere carry other values.',
    ],
    related: ['nextjs/width-not-allowed', 'nextjs/400'],
    history: [
      { when: '14.2.23', text: '`images.qualities` added; before it every quality from 1 to 100 was accepted.', sources: ['nextImageDocs'] },
      { when: '15.0', text: 'The range message changed from "must be a number between 1 and 100" to "must be an integer between 1 and 100" (PR #67293).', sources: ['nextPr67293'] },
      { when: '16.0', text: '`qualities` defaults to `[75]`.', sources: ['nextUpgrade16'] },
    ],
    caveats: ['In the recorded case the `<Image quality={90}>` component itself had quietly fallen back to `q=75`; only the hand-built URL failed.'],
    sources: ['nextImageOptimizer', 'nextUpgrade16'],
    samples: [
      {
        label: 'Next.js 16 refusing q=90 (curl -i, recorded with its headers trimmed)',
        paste: `$ curl -i "http://localhost:5198/_next/image?url=%2Fhero.png&w=1200&q=90"
HTTP/1.1 400 Bad Request
"q" parameter (quality) of 90 is not allowed
`,
        origin: 'capture',
        sources: ['nextCaptureQualities'],
      },
    ],
    keywords: ['qualities', 'q parameter', 'quality is not allowed', 'quality not allowed', 'next 16 quality', 'quality 75', 'must be an integer between 1 and 100'],
  },
  {
    id: 'nextjs/not-a-valid-image',
    provider: 'nextjs',
    kind: 'condition',
    code: 'not-a-valid-image',
    title: 'The source is not an image',
    summary:
      'Next.js fetched the source, but what came back is not an image: its content type is not `image/*`, or (16.x) no image format could be detected in the bytes. A missing local file lands here too, because the 404 page is HTML.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [{ status: 400, message: "The requested resource isn't a valid image.", certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextImageTests'] }],
    causes: [
      'A local `src` (`/images/hero.jpg`) that does not exist in `public/` of the deployed build: the app answers with its HTML 404 page, which is not an image.',
      'Files in `public/` that were not copied into the container or the standalone output (`.next/standalone` does not include `public/` unless you copy it).',
      'A remote source that answers 200 with an HTML page: a login wall, a consent page, a bot challenge, a hotlink protection page.',
      'A storage bucket that serves images as `application/octet-stream` or `binary/octet-stream`.',
    ],
    fixes: [
      'Open the source URL itself (`curl -sI`) and check its status and `Content-Type`.',
      'For standalone builds, copy `public/` and `.next/static` next to `server.js`.',
      'Make the source serve `image/…` content types, or set the type on the stored objects.',
    ],
    related: ['nextjs/upstream-invalid', 'http/not-an-image'],
    history: [{ when: '16.0', text: 'The type is also detected from the bytes (magic numbers, sharp metadata); bytes in no known format fail here.', sources: ['nextImageOptimizer'] }],
    caveats: [],
    sources: ['nextImageOptimizer', 'nextImageTests'],
    samples: [
      {
        label: 'Local file missing from the deployed build (curl -i)',
        paste: selfHostedError('url=%2Fimages%2Fteam%2Fana.jpg&w=384&q=75', '400 Bad Request', "The requested resource isn't a valid image.", 'Tue, 01 Dec 2026 10:20:05 GMT'),
        origin: 'constructed',
        sources: ['nextImageOptimizer', 'nextImageTests'],
      },
    ],
    keywords: ["isn't a valid image", 'not a valid image', 'public folder', 'standalone public', 'octet-stream', 'html instead of image'],
  },
  {
    id: 'nextjs/image-type-not-allowed',
    provider: 'nextjs',
    kind: 'condition',
    code: 'image-type-not-allowed',
    title: 'SVG source refused by default',
    summary: 'The source is an SVG, and Next.js does not serve SVG through the optimizer unless `images.dangerouslyAllowSVG` is true.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 400, message: '"url" parameter is valid but image type is not allowed', certainty: 'vendor-code', sources: ['nextImageOptimizer'] }],
    causes: ['An `<Image>` with an SVG `src` (a logo from a CMS, an icon) and the default config.'],
    fixes: [
      'Give SVG images the `unoptimized` prop: vector images gain nothing from the optimizer.',
      'Or set `dangerouslyAllowSVG: true` together with a strict `contentSecurityPolicy` and `contentDispositionType: "attachment"`, as the docs advise, because an SVG can carry script.',
    ],
    related: ['nextjs/not-a-valid-image'],
    history: [],
    caveats: ['The server log names the source and its type: `The requested resource "<href>" has type "<type>" but dangerouslyAllowSVG is disabled`.'],
    sources: ['nextImageOptimizer', 'nextImageDocs'],
    samples: [
      {
        label: 'SVG logo through the optimizer (curl -i)',
        paste: selfHostedError('url=https%3A%2F%2Fcdn.sanity.io%2Fimages%2Fq1w2e3%2Fproduction%2Flogo.svg&w=256&q=75', '400 Bad Request', '"url" parameter is valid but image type is not allowed', 'Tue, 01 Dec 2026 10:24:51 GMT'),
        origin: 'constructed',
        sources: ['nextImageOptimizer'],
      },
    ],
    keywords: ['svg', 'dangerouslyAllowSVG', 'image type is not allowed', 'unoptimized svg'],
  },
  {
    id: 'nextjs/unable-to-optimize',
    provider: 'nextjs',
    kind: 'condition',
    code: 'unable-to-optimize',
    title: 'Optimization failed and no fallback was possible',
    summary:
      'sharp could not process the source, and Next.js did not know its type well enough to send the original bytes instead. Mostly seen with Next.js 15 and older; 16.x checks the type earlier.',
    actor: 'origin',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: 'Unable to optimize image and unable to fallback to upstream image', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextPr39334'] },
      { status: 500, message: 'Unable to optimize image and unable to fallback to upstream image', certainty: 'observed', sources: ['nextPr39334'] },
    ],
    causes: [
      'A corrupt or truncated source file, or one in a format sharp cannot read.',
      'Before PR #65752 (May 2024), a protocol-relative `//host/…` source was taken as a local path and failed here.',
      'Next.js 12.2 answered this with 500; from August 2022 (PR #39334) it is 400.',
    ],
    fixes: [
      'Download the source and open it; re-export it as JPEG, PNG or WebP.',
      'Make sure sharp is installed on the server for its platform (it is a dependency of `next` since 15).',
      'Upgrade Next.js: newer versions report a clearer error for most of these sources.',
    ],
    related: ['nextjs/not-a-valid-image', 'nextjs/500'],
    history: [
      { when: '2022-08', text: 'Invalid internal images answer 400 instead of 500 (PR #39334, after issue #39312 on 12.2).', sources: ['nextPr39334'] },
      { when: '16.0', text: 'The earlier type check makes this body practically unreachable.', sources: ['nextImageOptimizer'] },
    ],
    caveats: [],
    sources: ['nextImageOptimizer'],
    samples: [
      {
        label: 'Corrupt source on Next.js 14 (curl -i)',
        paste: selfHostedError('url=%2Fuploads%2Fscan-0042.jpg&w=1080&q=75', '400 Bad Request', 'Unable to optimize image and unable to fallback to upstream image', 'Tue, 01 Dec 2026 10:31:12 GMT'),
        origin: 'constructed',
        sources: ['nextImageOptimizer'],
      },
    ],
    keywords: ['unable to optimize image', 'fallback to upstream image', 'sharp error', 'corrupt image'],
  },
  {
    id: 'nextjs/upstream-invalid',
    provider: 'nextjs',
    kind: 'condition',
    code: 'upstream-invalid',
    title: 'The source answered with an error',
    summary:
      'The `url` passed every check, but fetching the source failed. Next.js passes the source’s own status on (404, 403, 502…), or sends 500, 508, 413 or 400 for its own reasons; the status tells which.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [
      { status: 404, message: '"url" parameter is valid but upstream response is invalid', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextImageTests'] },
      { status: 403, message: '"url" parameter is valid but upstream response is invalid', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 500, message: '"url" parameter is valid but upstream response is invalid', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextImageTests'] },
      { status: 508, message: '"url" parameter is valid but upstream response is invalid', certainty: 'vendor-code', sources: ['nextPr84676'] },
      { status: 413, message: '"url" parameter is valid but upstream response is invalid', certainty: 'vendor-code', sources: ['nextPr88183'] },
      { status: 400, message: '"url" parameter is valid but upstream response is invalid', certainty: 'vendor-code', sources: ['nextPr88183'] },
      { status: 500, message: '"url" parameter is valid but internal response is invalid', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 400, message: '"url" parameter is valid but internal response is invalid', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
    ],
    causes: [
      'The source answered 4xx or 5xx, and Next.js passed that status on: 404 (moved or deleted image), 403 or 401 (a private bucket, an expired signed URL, a host that blocks server requests), 502 or 503 (the source is down).',
      '500: the source answered a 3xx that was not followed, or another non-2xx status below 400; or a local source route threw while rendering.',
      '508 (16.0+): more redirects than `images.maximumRedirects` (default 3).',
      '413 (16.1.2+): the source is larger than `images.maximumResponseBody` (default 50 MB).',
      '400 (16.1.2+): the source answered with an empty body.',
      '"internal response is invalid" (16.x): the same failures for a local source route rather than a remote host.',
    ],
    fixes: [
      'Request the source yourself from the server’s network (`curl -sI "<url>"`): its status is usually the one you got.',
      'For 403: make the objects public, or proxy them through an app route that adds the credentials; Next.js sends no cookies or auth headers upstream.',
      'For 508: point `src` at the final address, or raise `images.maximumRedirects`.',
      'For 413: shrink the original or raise `images.maximumResponseBody`.',
      'Read the server log: it names the source and the status (`upstream image response failed for <href> <status>`).',
    ],
    related: ['nextjs/504', 'nextjs/not-a-valid-image', 'nextjs/404', 'vercel/optimized-external-image-request-failed'],
    history: [
      { when: '16.0', text: 'Redirects are limited by `images.maximumRedirects` (default 3); exceeding it answers 508 (PR #84676).', sources: ['nextPr84676', 'nextUpgrade16'] },
      { when: '16.1.2', text: 'Empty upstream bodies answer 400 and bodies over `images.maximumResponseBody` 413 (PR #88183; the limit was cut from 300 MB to 50 MB by PR #88588).', sources: ['nextPr88183'] },
      { when: '16.x', text: 'Local sources report "internal response is invalid"; in 15.x the same failures came out as 500 "upstream response is invalid".', sources: ['nextImageOptimizer'] },
    ],
    caveats: [
      'One body stands for half a dozen causes; the maintainers keep it generic on purpose and put the detail in the server log. The status is what tells them apart.',
      'A security note says `maximumResponseBody` was backported to 15.5.10+, an adapter changelog says it is 16-only; this is unresolved.',
    ],
    sources: ['nextImageOptimizer', 'nextImageTests', 'nextPr84676', 'nextPr88183'],
    samples: [
      {
        label: 'Remote image deleted at the source (curl -i)',
        paste: selfHostedError(
          'url=https%3A%2F%2Fmedia.example-shop.com%2Fproducts%2F7781-blue.jpg&w=828&q=75',
          '404 Not Found',
          '"url" parameter is valid but upstream response is invalid',
          'Tue, 01 Dec 2026 10:40:18 GMT',
        ),
        origin: 'constructed',
        sources: ['nextImageOptimizer', 'nextImageTests'],
      },
      {
        label: 'Too many redirects on Next.js 16 (curl -i)',
        paste: selfHostedError(
          'url=https%3A%2F%2Fpicsum.photos%2F1200%2F800&w=1200&q=75',
          '508 Loop Detected',
          '"url" parameter is valid but upstream response is invalid',
          'Tue, 01 Dec 2026 10:43:55 GMT',
        ),
        origin: 'constructed',
        sources: ['nextPr84676'],
      },
    ],
    keywords: ['upstream response is invalid', 'internal response is invalid', 'upstream image response failed', 'maximumRedirects', 'maximumResponseBody', '508', '413', 'next image 403', 'next image 502'],
  },
  {
    id: 'nextjs/504',
    provider: 'nextjs',
    kind: 'status',
    code: '504',
    title: 'The source took longer than 7 seconds',
    summary: 'Next.js gave up fetching the remote source after 7 seconds and answered 504.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [{ status: 504, message: '"url" parameter is valid but upstream response timed out', certainty: 'vendor-code', sources: ['nextImageOptimizer'] }],
    causes: [
      'A slow source: a CMS that resizes on the fly, a cold serverless function, a very large original.',
      'A network path from the server to the source that is slow or filtered (egress rules, IPv6 with no route), while your own browser reaches it fast.',
    ],
    fixes: [
      'Time the source from the server: `curl -o /dev/null -s -w "%{time_total}\\n" "<url>"`.',
      'Serve smaller originals, or put the source behind a CDN so Next.js fetches a cached copy.',
      'The 7-second limit is fixed in the code; it is not a config option.',
    ],
    related: ['nextjs/upstream-invalid', 'nextjs/500'],
    history: [],
    caveats: ['A proxy in front of Next.js (nginx, a load balancer) can also answer 504 with its own page; only the body above tells you Next.js did.'],
    sources: ['nextImageOptimizer'],
    samples: [
      {
        label: 'Slow CMS source (curl -i)',
        paste: selfHostedError(
          'url=https%3A%2F%2Fcms.example.org%2Fassets%2Freport-cover.png&w=1920&q=75',
          '504 Gateway Timeout',
          '"url" parameter is valid but upstream response timed out',
          'Tue, 01 Dec 2026 10:52:30 GMT',
        ),
        origin: 'constructed',
        sources: ['nextImageOptimizer'],
      },
    ],
    keywords: ['timed out', 'upstream response timed out', 'timeout', 'gateway timeout', 'slow image'],
  },
  {
    id: 'nextjs/400',
    provider: 'nextjs',
    kind: 'status',
    code: '400',
    title: 'The optimizer refused the request (400)',
    summary:
      'A 400 from `/_next/image`. Next.js sends its reason as the body only, so a capture without the body (`curl -sI`) cannot say which check failed; a body of plain `Bad Request` means the image route is off.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: '"url" parameter is not allowed', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
      { status: 400, message: 'Bad Request', certainty: 'vendor-code', sources: ['nextServerImageRoute'] },
    ],
    causes: [
      'Most often the source host is missing from `images.remotePatterns` (see "url parameter is not allowed").',
      'A width or quality that the config does not list (Next.js 16 accepts only `q=75` by default).',
      'The source is not an image, or a local file is missing from the build.',
      'Body `Bad Request`: the app is built with `output: "export"` or runs in minimal mode, where `/_next/image` is not served at all.',
    ],
    fixes: [
      'Fetch the URL with the body: `curl -i "<url>"`. The one line it prints names the failed check and opens the right page here.',
      'For `output: "export"`: use `images.unoptimized: true` or a custom loader pointing at an image service; a static host cannot run the optimizer.',
    ],
    related: ['nextjs/url-not-allowed', 'nextjs/width-not-allowed', 'nextjs/quality-not-allowed', 'nextjs/not-a-valid-image', 'nextjs/invalid-url'],
    history: [],
    caveats: ['Without the body this is a guess ranked by how often each check fails; the body is definitive.'],
    sources: ['nextImageOptimizer', 'nextServerImageRoute'],
    samples: [
      {
        label: 'Headers only, no body (curl -sI)',
        paste: `$ curl -sI "https://shop.example.com/_next/image?url=https%3A%2F%2Fcdn.shopify.com%2Fs%2Ffiles%2F1%2F0612%2Fproducts%2Fmug.jpg&w=640&q=75"
HTTP/1.1 400 Bad Request
Date: Tue, 01 Dec 2026 11:02:17 GMT
Connection: keep-alive
Keep-Alive: timeout=5
Content-Length: 30
`,
        origin: 'constructed',
        sources: ['nextImageOptimizer'],
      },
    ],
    keywords: ['next image 400', 'next/image 400 bad request', '_next/image 400', 'output export images'],
  },
  {
    id: 'nextjs/404',
    provider: 'nextjs',
    kind: 'status',
    code: '404',
    title: 'Not found at /_next/image',
    summary:
      'A 404 from `/_next/image`: either the source image answered 404 and Next.js passed that on, or the image route is not served at all (`images.unoptimized`, a custom `loader`, or a static host).',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [
      { status: 404, message: '"url" parameter is valid but upstream response is invalid', certainty: 'vendor-code', sources: ['nextImageOptimizer', 'nextImageTests'] },
      { status: 404, message: 'This page could not be found.', certainty: 'vendor-code', sources: ['nextServerImageRoute'] },
    ],
    causes: [
      'The remote source returned 404 (body "upstream response is invalid").',
      'With `images.unoptimized: true` or a non-default `images.loader`, Next.js answers `/_next/image` with the app’s 404 page; URLs built by an older deploy still point there.',
      'A static export served by a plain host (S3, GitHub Pages, nginx): nothing answers `/_next/image`.',
    ],
    fixes: [
      'Look at the body: the optimizer’s one-line text means the source is missing; an HTML 404 page means the route is off.',
      'Fetch the source URL directly to confirm it exists.',
      'After switching to `unoptimized` or a loader, purge cached HTML so no page still links `/_next/image`.',
    ],
    related: ['nextjs/upstream-invalid', 'nextjs/400'],
    history: [],
    caveats: [],
    sources: ['nextImageOptimizer', 'nextServerImageRoute'],
    samples: [
      {
        label: 'Route off after switching to unoptimized (curl -i)',
        paste: `$ curl -i "https://blog.example.net/_next/image?url=%2Fcovers%2Fpost-12.jpg&w=750&q=75"
HTTP/1.1 404 Not Found
X-Powered-By: Next.js
Cache-Control: private, no-cache, no-store, max-age=0, must-revalidate
Content-Type: text/html; charset=utf-8
Date: Tue, 01 Dec 2026 11:10:44 GMT
Connection: keep-alive
Keep-Alive: timeout=5
Content-Length: 2317

<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>404: This page could not be found.</title></head><body><div id="__next"><h1>404</h1><h2>This page could not be found.</h2></div></body></html>
`,
        origin: 'constructed',
        sources: ['nextServerImageRoute'],
      },
    ],
    keywords: ['next image 404', '_next/image 404', 'unoptimized', 'custom loader', 'static export'],
  },
  {
    id: 'nextjs/500',
    provider: 'nextjs',
    kind: 'status',
    code: '500',
    title: 'Server error at /_next/image',
    summary:
      'A 500 from `/_next/image`: the source could not be reached at all (DNS failure, connection refused), the server cannot load sharp, or a local source route threw.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 500, message: 'Internal Server Error', certainty: 'vendor-code', sources: ['nextServerImageRoute'] },
      { status: 500, message: '"url" parameter is valid but upstream response is invalid', certainty: 'vendor-code', sources: ['nextImageOptimizer'] },
    ],
    causes: [
      'The server cannot resolve or connect to the source host (DNS, firewall, no outbound network in the container): Next.js throws and its generic error page answers.',
      'sharp is missing or built for another platform (a `Module not found` error that names sharp, or a libvips load error in the log), e.g. node_modules copied from macOS into a Linux image.',
      'A local `url` whose route throws (an `/api/og` image route, a route handler).',
    ],
    fixes: [
      'Read the server log at the time of the request; it holds the thrown error.',
      'From inside the server or container, `curl -sI` the source URL to test DNS and egress.',
      'Install dependencies inside the image you run (`npm ci` in the Dockerfile), so sharp matches the platform.',
    ],
    related: ['nextjs/upstream-invalid', 'nextjs/504', 'nextjs/unable-to-optimize'],
    history: [],
    caveats: [
      'An open pull request (#98573, Sept 2026) proposes 502 for DNS and connection failures; it had not merged when this was written.',
      'The plain `Internal Server Error` body is read from the server’s generic catch in the code; no full capture of it on `/_next/image` was found.',
    ],
    sources: ['nextServerImageRoute', 'nextPr98573'],
    samples: [
      {
        label: 'Source host unreachable from the container (curl -i)',
        paste: `$ curl -i "http://localhost:3000/_next/image?url=https%3A%2F%2Fassets.internal-cms.example%2Fhero.webp&w=1080&q=75"
HTTP/1.1 500 Internal Server Error
Date: Tue, 01 Dec 2026 11:18:09 GMT
Connection: keep-alive
Keep-Alive: timeout=5
Content-Length: 21

Internal Server Error
`,
        origin: 'constructed',
        sources: ['nextServerImageRoute'],
      },
    ],
    keywords: ['next image 500', 'sharp not found', 'sharp missing', 'ENOTFOUND', 'ECONNREFUSED', 'docker sharp'],
  },
  {
    id: 'nextjs/optimized',
    provider: 'nextjs',
    kind: 'condition',
    code: 'optimized',
    title: 'Optimized by Next.js (x-nextjs-cache)',
    summary:
      'The self-hosted optimizer served the image; `x-nextjs-cache` says whether it was made just now (MISS), read from its disk cache (HIT) or served stale while being remade (STALE).',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: ['Next.js fetched or read the source, resized and re-encoded it, and cached the result under `.next/cache/images`.'],
    fixes: [
      'Nothing needs fixing.',
      'If an old version keeps showing after you replaced the source, the cached copy lives for `max(minimumCacheTTL, the source’s max-age)`; delete `.next/cache/images` or give the new file a new name.',
    ],
    related: ['nextjs/upstream-invalid', 'vercel/optimized'],
    history: [
      { when: '15.0', text: '`Content-Disposition` switched from `inline` to `attachment` by default (PR #65631).', sources: ['nextPr65631'] },
      { when: '16.0', text: '`minimumCacheTTL` defaults to 14400 seconds (4 hours) instead of 60.', sources: ['nextUpgrade16'] },
    ],
    caveats: ['When sharp fails on a source whose type is known, Next.js serves the original bytes with status 200; only the unchanged size and the cache lifetime show it.'],
    sources: ['nextImageOptimizer', 'nextCaptureZenn'],
    samples: [
      {
        label: 'Stale copy served while revalidating (curl -I, recorded)',
        paste: `HTTP/1.1 200 OK
Vary: Accept
Cache-Control: public, max-age=60, must-revalidate
ETag: +mPkCMnmURL37FHXdGx26+W3vunxSw4Ph4OpkhGy9ZY=
Content-Type: image/webp
Content-Disposition: inline; filename="stin_cat.webp"
Content-Security-Policy: script-src 'none'; frame-src 'none'; sandbox;
X-Nextjs-Cache: STALE
Content-Length: 23668
Date: Tue, 23 Jul 2024 05:08:51 GMT
Connection: keep-alive
Keep-Alive: timeout=5
`,
        origin: 'capture',
        sources: ['nextCaptureZenn'],
      },
    ],
    keywords: ['x-nextjs-cache', 'x-nextjs-cache miss', 'x-nextjs-cache hit', 'stale', 'minimumCacheTTL', '.next/cache/images'],
  },
];
