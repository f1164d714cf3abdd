/**
 * Bunny Optimizer: every `X-BO-Processing-Error` code on Bunny's troubleshooting page, an entry for
 * a code not on it, and what a delivered image's headers say. Bunny documents no HTTP status per
 * code and no capture of an error response was found (facts, cdns.md 6.1, open question 6), so
 * variants carry no status and the samples are constructed around the documented header.
 */
import type { CatalogEntry, Sample } from '../../../catalog/types.ts';

function base(): Pick<CatalogEntry, 'provider' | 'history' | 'caveats' | 'variants'> {
  return { provider: 'bunny', history: [], caveats: [], variants: [] };
}

const MAY_CHANGE = 'Bunny says clients should not rely on these headers or codes: they may change.';
const NO_STATUS = 'Bunny does not document which HTTP status comes with this code; the sample shows 200, which is an assumption.';

interface Response {
  label: string;
  url: string;
  headers: string;
  status?: number;
  seed: number;
}

/** `curl -sI` of a Bunny pull zone: the CDN's headers around the ones given. */
function bunnyResponse({ label, url, headers, status = 200, seed }: Response): Sample {
  const hex = (n: number) => ((seed * 2246822519 + n * 3266489917) >>> 0).toString(16).padStart(8, '0');
  return {
    label,
    paste: `$ curl -sI "${url}"
HTTP/2 ${status}
date: Tue, 24 Nov 2026 13:${String(10 + seed).padStart(2, '0')}:05 GMT
${headers}
server: BunnyCDN-DE1-${1040 + seed}
cdn-pullzone: 1804377
cdn-uid: 6b2e1d40-9c3a-4f57-8e21-${hex(1)}${hex(2).slice(0, 4)}
cdn-requestcountrycode: DE
cdn-proxyver: 1.04
cdn-requestpullsuccess: True
cdn-requestpullcode: 200
cdn-cache: MISS
cdn-status: ${status}
cdn-requestid: ${hex(3)}${hex(4)}${hex(5)}${hex(6)}`,
    origin: 'constructed',
    sources: ['bunnyTroubleshooting', 'bunnyCdnHeaders'],
  };
}

function processingError(code: string, label: string, url: string, contentType: string, seed: number): Sample {
  return bunnyResponse({ label, url, headers: `content-type: ${contentType}\nx-bo-processing-error: ${code}`, seed });
}

const ZONE = 'https://shopfront.b-cdn.net';

export const bunnyEntries: CatalogEntry[] = [
  {
    ...base(),
    id: 'bunny/origin-download-failed',
    kind: 'code',
    code: 'origin-download-failed',
    title: '102: the original could not be downloaded from the origin',
    summary: 'Bunny Optimizer could not download the source file from the pull zone’s origin, so it had nothing to optimise.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [{ status: null, message: 'The original source file could not be downloaded from the origin', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: [
      'The origin answered with an error (404, 403, 5xx) for the file’s path.',
      'The download took longer than the Optimizer waits: 20 seconds, a fixed limit.',
      'The origin refuses Bunny’s requests (a firewall, hotlink protection, a missing host header setting).',
    ],
    fixes: [
      'Request the file from the origin directly with the same path, and from the pull zone without query parameters.',
      'Make large originals smaller or faster to fetch; the 20-second origin limit cannot be raised.',
      'Check the pull zone’s origin URL and host header forwarding.',
    ],
    related: ['bunny/source-not-decodable', 'bunny/watermark-failed'],
    caveats: [MAY_CHANGE, NO_STATUS],
    sources: ['bunnyTroubleshooting', 'bunnyLimits'],
    samples: [processingError('102', 'Origin unreachable for the original (curl -sI)', `${ZONE}/products/chair-oak.jpg?width=600`, 'text/plain', 1)],
    keywords: ['x-bo-processing-error: 102', 'could not be downloaded from the origin', 'origin download', 'origin timeout', 'bunny 102'],
  },
  {
    ...base(),
    id: 'bunny/source-not-decodable',
    kind: 'code',
    code: 'source-not-decodable',
    title: '103: the source is not a valid image',
    summary: 'The file from the origin could not be decoded as an image.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [{ status: null, message: 'The source image could not be decoded or parsed as a valid image', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: [
      'The origin sent an HTML page (an error page, a login page) under the image’s path.',
      'A truncated or corrupt upload, or a format Bunny does not read (HEIC/HEIF input was in beta for a while).',
    ],
    fixes: ['Download the original from the origin and open it; check its real type with `file`.', 'Re-upload the image in JPEG, PNG, WebP or GIF.'],
    related: ['bunny/origin-download-failed', 'bunny/invalid-gif'],
    caveats: [MAY_CHANGE, NO_STATUS],
    sources: ['bunnyTroubleshooting', 'bunnyFormats'],
    samples: [processingError('103', 'HTML under an image path (curl -sI)', `${ZONE}/uploads/banner.jpg?width=1200`, 'text/html; charset=utf-8', 2)],
    keywords: ['x-bo-processing-error: 103', 'could not be decoded', 'not a valid image', 'corrupt image', 'bunny 103'],
  },
  {
    ...base(),
    id: 'bunny/output-larger',
    kind: 'code',
    code: 'output-larger',
    title: '104: optimisation skipped, the output was larger',
    summary: 'Optimising would have made the file bigger than the original, so Bunny skipped it and served the original.',
    actor: 'request',
    severity: 'info',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: null, message: 'Optimisation was skipped or failed because the output became larger than the original', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: ['The original is already well compressed (a small PNG, a tuned JPEG), and re-encoding at the zone’s quality would add bytes.'],
    fixes: ['Nothing is broken. To force a change, ask for another format or a lower `quality`; otherwise leave it.'],
    related: ['bunny/avif-too-large', 'bunny/optimized'],
    caveats: [MAY_CHANGE, 'Whether Bunny also skips resizing in this case, or only re-encoding, is not documented.'],
    sources: ['bunnyTroubleshooting'],
    samples: [processingError('104', 'Already small PNG (curl -sI)', `${ZONE}/icons/cart.png`, 'image/png', 3)],
    keywords: ['x-bo-processing-error: 104', 'output became larger than the original', 'optimisation skipped', 'not optimized', 'bunny 104'],
  },
  {
    ...base(),
    id: 'bunny/invalid-gif',
    kind: 'code',
    code: 'invalid-gif',
    title: '105: the GIF cannot be processed',
    summary: 'The GIF is invalid or cannot be processed by the Optimizer.',
    actor: 'origin',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: null, message: 'The GIF file is invalid or cannot be processed', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: ['A damaged GIF, or an animation too large to process within the limits (60 seconds of processing).'],
    fixes: ['Re-export the GIF, or convert the animation to a video or animated WebP before upload.'],
    related: ['bunny/source-not-decodable'],
    caveats: [MAY_CHANGE, NO_STATUS],
    sources: ['bunnyTroubleshooting', 'bunnyLimits'],
    samples: [processingError('105', 'Broken animation (curl -sI)', `${ZONE}/promo/spinner.gif?width=200`, 'image/gif', 4)],
    keywords: ['x-bo-processing-error: 105', 'gif', 'animated gif', 'cannot be processed', 'bunny 105'],
  },
  {
    ...base(),
    id: 'bunny/minify-failed',
    kind: 'code',
    code: 'minify-failed',
    title: '106: CSS or JavaScript could not be minified',
    summary: 'The Optimizer’s minification of a text file (CSS, JavaScript) failed; the file is not an image.',
    actor: 'origin',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: null, message: 'Text-based content could not be minified successfully', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: ['A syntax error in the file, or syntax the minifier does not understand.'],
    fixes: ['Minify the file in your build instead, or turn off CSS/JavaScript minification in the Optimizer settings.'],
    related: ['bunny/unknown-error'],
    caveats: [MAY_CHANGE, 'Whether the unminified file is then served is not documented; it is the likely outcome.'],
    sources: ['bunnyTroubleshooting'],
    samples: [processingError('106', 'Stylesheet not minified (curl -sI)', `${ZONE}/assets/site.css`, 'text/css', 5)],
    keywords: ['x-bo-processing-error: 106', 'minify', 'css', 'javascript', 'bunny 106'],
  },
  {
    ...base(),
    id: 'bunny/unsupported-output-format',
    kind: 'code',
    code: 'unsupported-output-format',
    title: '107: output format not supported',
    summary: 'The request asked for an output format the Optimizer does not produce.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: null, message: 'The requested output format is not supported', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: ['`format=` names a format outside Bunny’s output list (for example `tiff` or `bmp`), or AVIF where the zone’s plan or settings do not offer it.'],
    fixes: ['Use `format=webp`, `jpeg`, `png` or `gif` (AVIF where enabled), or leave `format` out and let automatic WebP do it.'],
    related: ['bunny/avif-too-large'],
    caveats: [MAY_CHANGE, NO_STATUS],
    sources: ['bunnyTroubleshooting', 'bunnyFormats'],
    samples: [processingError('107', 'Output as TIFF (curl -sI)', `${ZONE}/products/chair-oak.jpg?format=tiff`, 'image/jpeg', 6)],
    keywords: ['x-bo-processing-error: 107', 'format not supported', 'format=', 'output format', 'bunny 107'],
  },
  {
    ...base(),
    id: 'bunny/unknown-error',
    kind: 'code',
    code: 'unknown-error',
    title: '101: an unknown error occurred',
    summary: 'The Optimizer failed for a reason it does not name.',
    actor: 'service',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: null, message: 'An unknown error occurred', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: ['Not stated by Bunny: a transient failure, or an input its other codes do not describe.'],
    fixes: ['Try again with a changed query string (a new cache key); if it persists for one file, send Bunny support the cdn-requestid.'],
    related: ['bunny/source-not-decodable'],
    caveats: [MAY_CHANGE, NO_STATUS],
    sources: ['bunnyTroubleshooting'],
    samples: [processingError('101', 'Unnamed failure (curl -sI)', `${ZONE}/gallery/IMG_2207.jpg?width=800&sharpen=true`, 'image/jpeg', 7)],
    keywords: ['x-bo-processing-error: 101', 'unknown error', 'bunny 101'],
  },
  {
    ...base(),
    id: 'bunny/watermark-failed',
    kind: 'code',
    code: 'watermark-failed',
    title: '200–204: the watermark could not be applied',
    summary: 'The watermark image could not be fetched, was cancelled, could not be decoded or was not found (200, 201, 202, 204).',
    actor: 'origin',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      { status: null, message: 'The watermark image could not be retrieved from its origin', certainty: 'documented', sources: ['bunnyTroubleshooting'] },
      { status: null, message: 'The watermark origin request was cancelled before completion', certainty: 'documented', sources: ['bunnyTroubleshooting'] },
      { status: null, message: 'The watermark image could not be decoded or parsed as a valid image', certainty: 'documented', sources: ['bunnyTroubleshooting'] },
      { status: null, message: 'The watermark image URL returned a 404 Not Found response', certainty: 'documented', sources: ['bunnyTroubleshooting'] },
    ],
    causes: [
      '200: the watermark URL in the Optimizer settings cannot be fetched (its host is down or refuses Bunny).',
      '201: the watermark download was cancelled, for example because it took too long (the origin limit of 20 s covers the watermark too).',
      '202: the watermark file is not a valid image.',
      '204: the watermark URL answers 404.',
    ],
    fixes: ['Open the watermark URL from the Optimizer settings in a browser; host it on the same pull zone so it is cached and fast.'],
    related: ['bunny/origin-download-failed'],
    caveats: [MAY_CHANGE, 'Whether the image is then served without the watermark is not documented.', 'The codes 200 and 204 are not HTTP statuses here, though they look like them.'],
    sources: ['bunnyTroubleshooting', 'bunnyLimits'],
    samples: [processingError('204', 'Watermark URL answers 404 (curl -sI)', `${ZONE}/gallery/IMG_2207.jpg?width=1600`, 'image/jpeg', 8)],
    keywords: ['x-bo-processing-error: 200', 'x-bo-processing-error: 204', 'watermark', 'watermark not found', 'bunny watermark'],
  },
  {
    ...base(),
    id: 'bunny/webp-too-large',
    kind: 'code',
    code: 'webp-too-large',
    title: '301: WebP output over the size limit',
    summary: 'The WebP image generated or requested is over the allowed size (16,383 px per side is WebP’s format limit; Bunny’s older page says 16k).',
    actor: 'request',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: null, message: 'The generated or requested WebP image exceeds the allowed size limit', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: ['A very large original converted to WebP (automatic WebP or `format=webp`) without a resize.'],
    fixes: ['Add a `width` or `height` so the output stays under the limit, or ask for JPEG for such images.'],
    related: ['bunny/avif-too-large'],
    caveats: [MAY_CHANGE, NO_STATUS, 'What is delivered instead is not documented.'],
    sources: ['bunnyTroubleshooting', 'bunnyFormats'],
    samples: [processingError('301', 'Huge panorama as WebP (curl -sI)', `${ZONE}/panoramas/alps-24000px.jpg?format=webp`, 'image/jpeg', 9)],
    keywords: ['x-bo-processing-error: 301', 'webp too large', 'size limit', 'bunny 301'],
  },
  {
    ...base(),
    id: 'bunny/upscale-disabled',
    kind: 'code',
    code: 'upscale-disabled',
    title: '302: upscaling is not enabled',
    summary: 'The requested size is larger than the original and upscaling is not enabled, so the image was not enlarged.',
    actor: 'request',
    severity: 'info',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: null, message: 'The requested resize would upscale the image, but upscaling is not enabled', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: ['`width` or `height` above the original’s size, without upscaling enabled (the `upscaling` parameter exists since 2026-04-28).'],
    fixes: ['Serve the image at its own size (let CSS scale it), or enable upscaling if you want enlarged output.'],
    related: ['bunny/upscale-limit'],
    history: [{ when: '2026-04-28', text: 'Bunny added the `upscaling` parameter.', sources: ['bunnyChangelog'] }],
    caveats: [MAY_CHANGE, NO_STATUS],
    sources: ['bunnyTroubleshooting', 'bunnyChangelog'],
    samples: [processingError('302', 'Width above the original (curl -sI)', `${ZONE}/products/chair-oak.jpg?width=3000`, 'image/jpeg', 10)],
    keywords: ['x-bo-processing-error: 302', 'upscale', 'upscaling', 'image not enlarged', 'bunny 302'],
  },
  {
    ...base(),
    id: 'bunny/upscale-limit',
    kind: 'code',
    code: 'upscale-limit',
    title: '303: upscale beyond the limit',
    summary: 'The requested enlargement is larger than Bunny allows (24 megapixels of output).',
    actor: 'request',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: null, message: 'The requested upscale exceeds the allowed limit', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: ['An upscaled `width` × `height` over 24 MP, a fixed limit.'],
    fixes: ['Ask for a smaller enlargement; above 24 MP, enlarge the image before upload.'],
    related: ['bunny/upscale-disabled'],
    caveats: [MAY_CHANGE, NO_STATUS],
    sources: ['bunnyTroubleshooting', 'bunnyLimits'],
    samples: [processingError('303', 'Enlargement over 24 MP (curl -sI)', `${ZONE}/products/chair-oak.jpg?width=8000&upscaling=true`, 'image/jpeg', 11)],
    keywords: ['x-bo-processing-error: 303', 'upscale limit', '24 megapixels', 'bunny 303'],
  },
  {
    ...base(),
    id: 'bunny/avif-too-large',
    kind: 'code',
    code: 'avif-too-large',
    title: '304: AVIF over the size limit, another format sent',
    summary: 'The AVIF output would exceed Bunny’s limit (4 megapixels), so the image was encoded in another format instead.',
    actor: 'request',
    severity: 'info',
    layer: 'image-service',
    certainty: 'documented',
    variants: [{ status: null, message: 'The AVIF output image exceeds the allowed size limit and was encoded in another format instead', certainty: 'documented', sources: ['bunnyTroubleshooting'] }],
    causes: ['AVIF asked for (or chosen automatically) for an output above 4 MP, a fixed limit.'],
    fixes: ['Nothing is broken; to get AVIF, ask for a smaller size (under 4 MP, e.g. 2,400 × 1,600).'],
    related: ['bunny/output-larger', 'bunny/webp-too-large'],
    caveats: [MAY_CHANGE],
    sources: ['bunnyTroubleshooting', 'bunnyLimits'],
    samples: [processingError('304', 'Large AVIF request served as WebP (curl -sI)', `${ZONE}/hero/launch.jpg?width=3200&format=avif`, 'image/webp', 12)],
    keywords: ['x-bo-processing-error: 304', 'avif', 'avif too large', '4 megapixels', 'bunny 304'],
  },
  {
    ...base(),
    id: 'bunny/unknown-processing-error',
    kind: 'condition',
    code: 'unknown-processing-error',
    title: 'A processing error code Bunny does not list',
    summary: 'X-BO-Processing-Error holds a value that is not on Bunny’s list of codes.',
    actor: 'service',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'uncertain',
    causes: ['Bunny added or changed a code after its troubleshooting page was read (Bunny says codes may change).'],
    fixes: ['Check Bunny’s troubleshooting page for the code; ask Bunny support with the cdn-requestid.'],
    related: ['bunny/unknown-error'],
    caveats: [MAY_CHANGE],
    sources: ['bunnyTroubleshooting'],
    samples: [processingError('305', 'A code not on the list (curl -sI)', `${ZONE}/products/chair-oak.jpg?width=600`, 'image/jpeg', 13)],
    keywords: ['x-bo-processing-error', 'unknown code'],
  },
  {
    ...base(),
    id: 'bunny/domain-not-configured',
    kind: 'condition',
    code: 'domain-not-configured',
    title: 'Domain suspended or not configured',
    summary:
      'Bunny answered for a hostname that no active pull zone serves: the hostname was never added to the pull zone, it points at the wrong one, or the zone or account is suspended. No file is looked up.',
    actor: 'account',
    severity: 'error',
    layer: 'cdn-edge',
    certainty: 'observed',
    variants: [{ status: 403, message: 'Domain suspended or not configured', certainty: 'observed', sources: ['threadNuzlockeDomainSuspended', 'bunnyDomainSuspendedNotes'] }],
    causes: [
      'A custom hostname (a CNAME to `<zone>.b-cdn.net`) that is not listed under the pull zone’s Hostnames, so Bunny does not know which zone it belongs to.',
      'A typo in the `b-cdn.net` hostname, or a zone that was deleted or renamed.',
      'The pull zone or the account is suspended, as happens when the account balance runs out or a trial ends.',
    ],
    fixes: [
      'In the Bunny dashboard, open the pull zone → Hostnames and add the hostname the image URL uses (then its SSL certificate).',
      'Check that the image URL uses the zone’s real hostname (`<zone>.b-cdn.net` or a hostname listed on the zone).',
      'Check the account’s billing and the zone’s state; a suspended zone serves nothing until it is reactivated.',
    ],
    related: ['bunny/not-optimized'],
    caveats: [
      'Bunny’s documentation does not describe this page; the text and its 403 come from users’ reports and projects that check for it.',
      'On a custom hostname without a certificate for it, browsers may show a certificate warning before this page.',
    ],
    sources: ['threadNuzlockeDomainSuspended', 'bunnyDomainSuspendedNotes'],
    samples: [
      {
        label: 'A custom hostname no pull zone lists (curl -i)',
        paste: `$ curl -i https://img.example-shop.com/products/chair-oak.jpg
HTTP/2 403
date: Tue, 24 Nov 2026 13:40:05 GMT
content-type: text/html
server: BunnyCDN-DE1-1051

Domain suspended or not configured
If you are the administrator and believe this is an error on our side, please check your BunnyCDN account configuration or contact customer support.
`,
        origin: 'constructed',
        sources: ['threadNuzlockeDomainSuspended', 'bunnyDomainSuspendedNotes'],
      },
    ],
    keywords: ['domain suspended or not configured', 'bunny 403', 'bunnycdn account configuration', 'pull zone hostname', 'b-cdn.net 403'],
  },
  {
    ...base(),
    id: 'bunny/optimized',
    kind: 'condition',
    code: 'optimized',
    title: 'Image processed by Bunny Optimizer',
    summary: 'Bunny Optimizer processed the image without an error; its headers say how much it saved and how long it took.',
    actor: 'request',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'documented',
    causes: ['A request to a pull zone with Bunny Optimizer on.'],
    fixes: ['Nothing to fix.'],
    related: ['bunny/not-optimized', 'bunny/output-larger'],
    caveats: [MAY_CHANGE],
    sources: ['bunnyTroubleshooting', 'bunnyCdnHeaders'],
    samples: [
      bunnyResponse({
        label: 'Resized and converted to WebP (curl -sI)',
        url: `${ZONE}/products/chair-oak.jpg?width=600&quality=80`,
        headers: 'content-type: image/webp\ncontent-length: 28412\ncache-control: public, max-age=31536000\nvary: Accept\nx-downloadsize: 412877\nx-bo-compressionratio: 93.12\nx-bo-origindownloadtime: 84\nx-bo-processingtime: 41',
        seed: 14,
      }),
    ],
    keywords: ['x-bo-compressionratio', 'x-bo-processingtime', 'x-downloadsize', 'bunny optimizer', 'b-cdn.net', 'bunnycdn'],
  },
  {
    ...base(),
    id: 'bunny/not-optimized',
    kind: 'condition',
    code: 'not-optimized',
    title: 'Transform parameters, but no sign of the Optimizer',
    summary: 'The URL carries Dynamic Image parameters (`width=`, `quality=`, `class=`...) and Bunny served it, but no X-BO-* header shows that the Optimizer processed it.',
    actor: 'account',
    severity: 'info',
    layer: 'cdn-edge',
    certainty: 'uncertain',
    causes: [
      'Bunny Optimizer is not enabled on this pull zone, or its Dynamic Image API setting is off, so the parameters are ignored.',
      'The response is a cached copy whose headers do not include the X-BO-* set (whether cached copies keep them is not documented).',
    ],
    fixes: [
      'In the pull zone: Optimizer → enable Bunny Optimizer and, under Settings, the Dynamic Image API.',
      'Compare the image’s size with and without the parameters: the same bytes mean nothing was transformed.',
    ],
    related: ['bunny/optimized'],
    caveats: ['imgdiag cannot tell a disabled Optimizer from a cached copy without X-BO-* headers; the finding says what is missing.'],
    sources: ['bunnyDynamicImages', 'bunnyCdnHeaders'],
    samples: [
      bunnyResponse({
        label: 'width= ignored on a zone without the Optimizer (curl -sI)',
        url: `${ZONE}/products/chair-oak.jpg?width=600`,
        headers: 'content-type: image/jpeg\ncontent-length: 412877\ncache-control: public, max-age=31536000\nlast-modified: Fri, 20 Nov 2026 08:00:12 GMT',
        seed: 15,
      }),
    ],
    keywords: ['bunny width not working', 'bunny resize not working', 'dynamic image api', 'class=', 'aspect_ratio', 'optimizer not enabled'],
  },
];
