/**
 * The fatal conditions Fastly Image Optimizer names in `Fastly-IO-Error` (facts 1.2-1.4). Fastly
 * documents them as scenarios that "prevent the image from being processed", not as literal
 * values, and says nothing of the status the client then gets: a captured VCL matches one of them
 * in lower case, and a user quotes a wording the list lacks. So the rule matches each message
 * case-insensitively as a substring, in this order (the gzip entry before the plain one), and the
 * samples are constructed around the documented texts.
 */
import type { CatalogEntry, Sample, SourceKey } from '../../../catalog/types.ts';

interface IoError {
  code: string;
  /** The scenario as Fastly's header reference words it (or as observed, for one entry). */
  message: string;
  title: string;
  summary: string;
  actor: CatalogEntry['actor'];
  certainty: CatalogEntry['certainty'];
  sources: SourceKey[];
  causes: string[];
  fixes: string[];
  caveats: string[];
  keywords: string[];
  related: string[];
  /** What the constructed sample's client saw: status line and body type. */
  sample: { url: string; status: string; contentType: string; length: number };
}

const HEADER_REFERENCE_CAVEAT =
  'Fastly lists this scenario on its Fastly-IO-Error reference page but does not say which status the client then receives or whether the body is the untouched original; the sample here is constructed, not captured.';

function sampleFor({ message, sample }: IoError): Sample {
  return {
    label: `Fastly-IO-Error "${message}" (curl -sI, constructed)`,
    paste: `$ curl -sI "${sample.url}"
HTTP/2 ${sample.status}
content-type: ${sample.contentType}
content-length: ${sample.length}
accept-ranges: bytes
date: Tue, 01 Dec 2026 10:24:31 GMT
via: 1.1 varnish, 1.1 varnish
age: 0
fastly-io-error: ${message}
x-served-by: cache-iad-kiad7000112-IAD, cache-fra-eddf8230044-FRA
x-cache: MISS, MISS
x-cache-hits: 0, 0
x-timer: S1764584671.402118,VS0,VE231
vary: Accept
`,
    origin: 'constructed',
    sources: ['fastlyIoErrorHeader'],
  };
}

function entryFor(error: IoError): CatalogEntry {
  return {
    id: `fastly/${error.code}`,
    provider: 'fastly',
    kind: 'code',
    code: error.code,
    title: error.title,
    summary: error.summary,
    actor: error.actor,
    severity: 'error',
    layer: 'image-service',
    certainty: error.certainty,
    variants: [{ status: null, message: error.message, certainty: error.certainty, sources: error.sources }],
    causes: error.causes,
    fixes: error.fixes,
    related: error.related,
    history: [],
    caveats: error.certainty === 'documented' ? [HEADER_REFERENCE_CAVEAT, ...error.caveats] : error.caveats,
    sources: error.sources,
    samples: [sampleFor(error)],
    keywords: ['fastly-io-error', 'fastly io error', 'image optimizer', error.message.toLowerCase(), ...error.keywords],
  };
}

const ioErrors: IoError[] = [
  {
    code: 'image-exceeds-maximum-dimensions',
    message: 'Image exceeds maximum dimensions',
    title: 'Source image larger than Image Optimizer accepts',
    summary: 'The origin image is wider or taller than Fastly Image Optimizer will decode, so it was not transformed.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['fastlyIoErrorHeader', 'fastlyServingImages'],
    causes: [
      'The original is a camera or print master, often tens of thousands of pixels on a side; Fastly’s older help page gives 12,000 × 12,000 px as the input limit.',
      'An export tool wrote a huge canvas (a panorama, a poster, a sprite sheet) that the page only ever shows small.',
    ],
    fixes: [
      'Store a web master no larger than the largest size you deliver (a few thousand pixels is plenty) and point the image URL at it.',
      'Resize masters on upload (in the CMS or a build step) so the origin never holds an image IO refuses.',
      'Check the current limit under "Limitations and constraints" in Fastly’s Image Optimizer reference before choosing a size.',
    ],
    caveats: ['The 12,000 px input and 8,192 px output limits come from an older Fastly help page; whether they still hold could not be confirmed.'],
    keywords: ['image too large', 'too many pixels', 'maximum dimensions', '12000'],
    related: ['fastly/body-exceeds-maximum-length', 'fastly/image-could-not-be-parsed'],
    sample: { url: 'https://www.example.com/media/panorama-harbour.jpg?width=1200', status: '200', contentType: 'image/jpeg', length: 41877312 },
  },
  {
    code: 'image-could-not-be-parsed',
    message: 'Image could not be parsed',
    title: 'Source image could not be decoded',
    summary: 'Fastly Image Optimizer received bytes that claim to be an image but could not read them, so it did not transform the response.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['fastlyIoErrorHeader'],
    causes: [
      'The file on the origin is truncated or corrupt (an interrupted upload, a partial sync to storage).',
      'The extension says JPEG or PNG but the bytes are another format, or an HTML error page saved under an image name.',
      'The origin compresses or encrypts the body in a way the optimizer does not undo.',
    ],
    fixes: [
      'Fetch the original straight from the origin (bypassing Fastly) and open it: `curl -s -o original.bin "<origin URL>" && file original.bin`.',
      'Re-export or re-upload the image, then purge the URL so the edge and shield fetch it again.',
      'Make the origin send the image uncompressed (images gain nothing from gzip).',
    ],
    caveats: [],
    keywords: ['corrupt image', 'cannot decode', 'broken image file', 'truncated'],
    related: ['fastly/not-a-supported-image-format', 'fastly/unsupported-content-encoding'],
    sample: { url: 'https://www.example.com/uploads/2026/11/team-photo.jpg?width=640&format=webp', status: '200', contentType: 'image/jpeg', length: 18311 },
  },
  {
    code: 'not-a-supported-image-format',
    message: 'Not a supported image format',
    title: 'Source is not a format Image Optimizer reads',
    summary: 'The origin answered with a format Fastly Image Optimizer does not take as input (an SVG, a TIFF, a PDF, or not an image at all), so nothing was transformed.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['fastlyIoErrorHeader', 'fastlyIoFormat', 'elifeFastlyIiif'],
    causes: [
      'The source is in a format outside the documented inputs (currently AVIF, HEIC, JPEG, JPEG XL, PNG, GIF and WebP): TIFF, BMP, SVG, PDF or a RAW file.',
      'The URL matched the VCL condition that switches IO on (usually by extension), but the origin returned HTML or JSON (an error or login page).',
      'An older service where the inputs were only GIF, PNG, JPEG and WebP received an AVIF, JPEG XL or HEIC original.',
    ],
    fixes: [
      'Check what the origin really sends: `curl -sI "<origin URL>"` and read `content-type`.',
      'Convert the masters to JPEG, PNG or WebP, or exclude the other formats from the condition that sets `X-Fastly-Imageopto-API`.',
      'If the origin answered with a page instead of an image, fix the path or the origin’s access rules first.',
    ],
    caveats: [
      'A public VCL that ran against Image Optimizer matches the value in lower case (`not a supported image format`) and turns such responses into its own 404 "Hidden as can’t be processed by Fastly IO". A 404 with that text comes from that site’s VCL, not from Fastly.',
    ],
    keywords: ['unsupported format', 'svg', 'tiff', 'pdf', 'not an image', 'format not supported'],
    related: ['fastly/image-could-not-be-parsed', 'fastly/invalid-status'],
    sample: { url: 'https://www.example.com/assets/logo.svg?width=200', status: '200', contentType: 'image/svg+xml', length: 5214 },
  },
  {
    code: 'unsupported-content-encoding',
    message: 'Unsupported Content-Encoding',
    title: 'Origin compressed the image in a way IO cannot undo',
    summary: 'The origin sent the image with a `Content-Encoding` that Fastly Image Optimizer does not decode, so it passed the response on untransformed.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['fastlyIoErrorHeader'],
    causes: [
      'The origin (or a proxy in front of it) compresses every response, images included, with Brotli, zstd or another coding beyond gzip.',
      'A storage bucket holds objects uploaded with `Content-Encoding` metadata set.',
    ],
    fixes: [
      'Turn compression off for image types at the origin: images are already compressed and gain nothing.',
      'Remove the `Content-Encoding` metadata from stored objects and purge the URL.',
      'Compare `curl -sI -H "Accept-Encoding: br, gzip" "<origin URL>"` with the same request without the header.',
    ],
    caveats: ['Fastly does not say which encodings IO does decode; the gzip entries below suggest gzip is read and others are not.'],
    keywords: ['content-encoding', 'brotli', 'compressed image', 'zstd'],
    related: ['fastly/gzipped-body-could-not-be-decoded', 'fastly/gzipped-body-exceeds-maximum-length'],
    sample: { url: 'https://www.example.com/img/products/lamp-01.png?width=480', status: '200', contentType: 'image/png', length: 90211 },
  },
  {
    code: 'gzipped-body-exceeds-maximum-length',
    message: 'Gzipped body exceeds maximum length',
    title: 'Gzipped source too large to decompress',
    summary: 'The origin sent the image gzipped, and once decompressed it would exceed the size Fastly Image Optimizer accepts.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['fastlyIoErrorHeader', 'fastlyServingImages'],
    causes: ['The origin gzips image responses and the original is large; the older help page gives 50 MB as the maximum input size.'],
    fixes: [
      'Stop gzipping images at the origin.',
      'Serve a smaller master: under the input limit even when uncompressed.',
    ],
    caveats: [],
    keywords: ['gzip', 'too large', 'maximum length', '50 mb'],
    related: ['fastly/body-exceeds-maximum-length', 'fastly/gzipped-body-could-not-be-decoded'],
    sample: { url: 'https://www.example.com/scans/atlas-plate-12.png?width=1600', status: '200', contentType: 'image/png', length: 23880412 },
  },
  {
    code: 'body-exceeds-maximum-length',
    message: 'body exceeds maximum length',
    title: 'Source file larger than Image Optimizer accepts',
    summary: 'The original image file is larger than Fastly Image Optimizer takes as input (50 MB on the older help page), so it was not transformed.',
    actor: 'origin',
    certainty: 'observed',
    sources: ['zestyManagerUi2055', 'fastlyServingImages'],
    causes: [
      'An original of about 100 MB was uploaded to a CMS whose images go through Fastly IO (the recorded case).',
      'Print-quality or uncompressed PNG masters stored as the delivery source.',
    ],
    fixes: [
      'Keep delivery masters well under 50 MB: re-export as JPEG or WebP at a sensible quality, or downscale.',
      'Enforce a size limit at upload so such files never become the delivery source.',
    ],
    caveats: [
      'This wording comes from a user’s report (zesty-io/manager-ui #2055), not from Fastly’s list, which only names "Gzipped body exceeds maximum length". Whether Fastly sends both wordings is not settled.',
      'The 50 MB limit is from an older Fastly help page; a 2025 pull request in another project still planned around it.',
    ],
    keywords: ['file too large', '100 mb', '50 mb', 'maximum length', 'huge image'],
    related: ['fastly/gzipped-body-exceeds-maximum-length', 'fastly/image-exceeds-maximum-dimensions'],
    sample: { url: 'https://media.example.org/originals/festival-poster.png?width=1024&format=auto', status: '200', contentType: 'image/png', length: 104857600 },
  },
  {
    code: 'gzipped-body-could-not-be-decoded',
    message: 'Gzipped body could not be decoded',
    title: 'Gzipped source could not be decompressed',
    summary: 'The origin said the image was gzipped, but Fastly Image Optimizer could not decompress it, so nothing was transformed.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['fastlyIoErrorHeader'],
    causes: [
      'The object is stored with `Content-Encoding: gzip` metadata but its bytes are not gzip (or are gzipped twice).',
      'The gzip stream is truncated: an interrupted upload or a proxy that cut the response.',
    ],
    fixes: [
      'Download the original from the origin with `curl --compressed` and check that it decodes.',
      'Remove the wrong `Content-Encoding` metadata, or store the image uncompressed, then purge the URL.',
    ],
    caveats: [],
    keywords: ['gzip', 'decode', 'content-encoding gzip', 'double gzip'],
    related: ['fastly/unsupported-content-encoding', 'fastly/gzipped-body-exceeds-maximum-length'],
    sample: { url: 'https://www.example.com/static/banners/spring.jpg?width=960', status: '200', contentType: 'image/jpeg', length: 211467 },
  },
  {
    code: 'invalid-status',
    message: 'Invalid status',
    title: 'Origin did not answer 200',
    summary: 'The origin answered the image request with a status Fastly Image Optimizer does not transform (an error or a redirect), so IO passed the response on as it was.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['fastlyIoErrorHeader'],
    causes: [
      'The image does not exist at the origin (404) or the origin refused Fastly (401, 403).',
      'The origin redirected (301, 302) instead of serving the image, for example from `http` to `https` or to a storage host.',
      'The origin failed (5xx) or timed out behind the shield.',
    ],
    fixes: [
      'Request the same path from the origin directly and look at its status: that status is the real problem.',
      'Fix the path, or the origin’s access rules for Fastly’s requests (for private buckets, the signing or token the VCL adds).',
      'Point the backend at the final URL instead of one that redirects.',
    ],
    caveats: ['That the client receives the origin’s own status with this header is an inference from the header’s definition; Fastly does not describe the response.'],
    keywords: ['origin 404', 'origin error', 'redirect', 'origin status'],
    related: ['fastly/response-is-pass', 'fastly/not-a-supported-image-format'],
    sample: { url: 'https://www.example.com/images/products/sku-20931.jpg?width=600&format=webp', status: '404', contentType: 'text/html; charset=utf-8', length: 1245 },
  },
  {
    code: 'response-is-pass',
    message: 'Response is pass',
    title: 'VCL passed the response, so IO skipped it',
    summary: 'The service’s VCL marked the request or response as `pass` (not cached), and Fastly Image Optimizer only works on cacheable responses, so the image went out untransformed.',
    actor: 'account',
    certainty: 'documented',
    sources: ['fastlyIoErrorHeader', 'fastlyMagento273', 'fastlyIoReference'],
    causes: [
      'A VCL snippet returns `pass` for responses the author did not want cached (private, no-cache or no-store responses, logged-in users, requests with cookies); a Magento module’s snippet did exactly this and blocked IO.',
      'A `pass` in `vcl_recv` for a path prefix that also holds images.',
    ],
    fixes: [
      'Find the `return(pass)` that applies to image URLs (check custom VCL and snippets) and exclude image requests from it.',
      'Make the origin’s image responses cacheable instead of relying on pass.',
      'Remember IO runs at the shield: the condition must hold there as well as at the edge.',
    ],
    caveats: [],
    keywords: ['pass', 'vcl pass', 'not cached', 'return(pass)', 'magento'],
    related: ['fastly/response-is-not-cacheable', 'fastly/io-not-invoked'],
    sample: { url: 'https://shop.example.com/media/catalog/product/b/l/blue-chair.jpg?width=700&quality=80', status: '200', contentType: 'image/jpeg', length: 486310 },
  },
  {
    code: 'response-is-not-cacheable',
    message: 'Response is not cacheable',
    title: 'Origin response not cacheable, so IO skipped it',
    summary: 'The origin’s image response cannot be cached (it sets a cookie or says private or no-store), and Fastly Image Optimizer does not transform uncacheable content.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['fastlyIoErrorHeader', 'helixCli340', 'fastlyIoReference'],
    causes: [
      'The origin adds `Set-Cookie` to image responses (a session or analytics cookie set by the framework on every response).',
      'The origin sends `Cache-Control: private`, `no-store` or `no-cache` on images.',
    ],
    fixes: [
      'Stop setting cookies on image responses, or strip `Set-Cookie` for image paths in VCL before caching.',
      'Send a public `Cache-Control` (for example `public, max-age=86400`) on images from the origin.',
      'Purge the URL after the change so the shield fetches a cacheable copy.',
    ],
    caveats: [
      'In a recorded case (adobe/helix-cli #340) a cookie made the response uncacheable and `?width=2560` returned the 6,700 px original as `application/octet-stream` with status 200: nothing on the surface said the resize was skipped.',
    ],
    keywords: ['set-cookie', 'private', 'no-store', 'not cacheable', 'cookie', 'original served'],
    related: ['fastly/response-is-pass', 'fastly/io-not-invoked'],
    sample: { url: 'https://www.example.com/content/dam/hero-wide.jpg?width=2560', status: '200', contentType: 'application/octet-stream', length: 7340211 },
  },
];

export const fastlyIoErrors: CatalogEntry[] = ioErrors.map(entryFor);
