/**
 * Fastly Image Optimizer conditions read from several headers (facts 1.2-1.3): a transformed
 * response (`Fastly-IO-Info`, `Fastly-Stats: io=1`), a non-fatal warning, an error value outside
 * the documented list, and a Fastly response to an IO-style URL that IO did not touch.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

const FASTLY_EDGE = `via: 1.1 varnish, 1.1 varnish
x-served-by: cache-iad-kiad7000112-IAD, cache-ams21058-AMS
x-timer: S1764584671.402118,VS0,VE87`;

export const fastlyConditions: CatalogEntry[] = [
  {
    id: 'fastly/io-transformed',
    provider: 'fastly',
    kind: 'condition',
    code: 'io-transformed',
    title: 'Transformed by Image Optimizer',
    summary: 'Fastly Image Optimizer transformed this response: `Fastly-IO-Info` reports the input and output format, dimensions and bytes.',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: ['The request carried `X-Fastly-Imageopto-API` at the edge and the shield, the origin answered with a cacheable image, and IO produced the variant.'],
    fixes: [
      'Nothing needs fixing.',
      'To check the result, compare `idim` with `odim` (was it resized?), `ifmt` with `ofmt` (was the format converted?) and `ifsz` with `ofsz` (did it get smaller?).',
    ],
    related: ['fastly/io-warning', 'fastly/io-not-invoked'],
    history: [],
    caveats: [
      'Fastly documents the six `Fastly-IO-Info` fields and says they may come in any order; imgdiag reads them by name.',
      '`Fastly-Stats: io=1` also says IO transformed the response; it carries no figures.',
    ],
    sources: ['fastlyIoInfoHeader', 'fastlyStatsHeader', 'helixLogSchema'],
    samples: [
      {
        label: 'Resized JPEG with Fastly-IO-Info (curl -sI, constructed from the documented example)',
        paste: `$ curl -sI "https://www.example.com/images/kitchen.jpg?width=300"
HTTP/2 200
content-type: image/jpeg
content-length: 13066
accept-ranges: bytes
date: Tue, 01 Dec 2026 10:31:02 GMT
age: 1840
fastly-io-info: ifsz=108501 idim=827x788 ifmt=jpeg ofsz=13066 odim=300x286 ofmt=jpeg
fastly-stats: io=1
${FASTLY_EDGE}
x-cache: HIT, MISS
x-cache-hits: 3, 0
vary: Accept
`,
        origin: 'vendor-doc',
        sources: ['fastlyIoInfoHeader'],
      },
      {
        label: 'WebP conversion: an IO value logged at a real edge, in constructed headers',
        paste: `HTTP/1.1 200 OK
Content-Type: image/webp
Content-Length: 237230
Fastly-IO-Info: ifsz=1239159 idim=1200x843 ifmt=jpeg ofsz=237230 odim=1200x843 ofmt=webp
X-Served-By: cache-sjc10043-SJC
X-Cache: MISS
`,
        origin: 'constructed',
        sources: ['helixLogSchema'],
      },
    ],
    keywords: ['fastly-io-info', 'fastly-stats', 'io=1', 'ifsz', 'odim', 'resized', 'image optimizer worked'],
  },
  {
    id: 'fastly/io-warning',
    provider: 'fastly',
    kind: 'condition',
    code: 'io-warning',
    title: 'Image Optimizer reported a non-fatal problem',
    summary: 'Fastly Image Optimizer ran but noted a problem with the source image or the request in `Fastly-IO-Warning`; the image was still delivered.',
    actor: 'origin',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: [
      'Fastly says the header appears for source image issues "that aren’t fatal enough to cause an error but could still be problematic".',
    ],
    fixes: [
      'Read the header’s value: it is the only description of the problem.',
      'Open the original from the origin and check it (dimensions, format, metadata); re-export it if it looks damaged.',
    ],
    related: ['fastly/io-transformed', 'fastly/unknown-io-error'],
    history: [],
    caveats: ['Fastly documents no values for `Fastly-IO-Warning`, and no recorded value was found; the sample’s text is a placeholder, not a quote.'],
    sources: ['fastlyIoWarningHeader'],
    samples: [
      {
        label: 'A warning beside a transformed image (curl -sI, constructed; placeholder text)',
        paste: `$ curl -sI "https://www.example.com/photos/street.jpg?width=800&format=webp"
HTTP/2 200
content-type: image/webp
content-length: 64120
date: Tue, 01 Dec 2026 10:33:45 GMT
fastly-io-info: ifsz=2210841 idim=4032x3024 ifmt=jpeg ofsz=64120 odim=800x600 ofmt=webp
fastly-io-warning: [placeholder: no value has been recorded]
${FASTLY_EDGE}
x-cache: MISS, MISS
`,
        origin: 'constructed',
        sources: ['fastlyIoWarningHeader'],
      },
    ],
    keywords: ['fastly-io-warning', 'warning', 'non-fatal'],
  },
  {
    id: 'fastly/unknown-io-error',
    provider: 'fastly',
    kind: 'condition',
    code: 'unknown-io-error',
    title: 'Image Optimizer error not in the documented list',
    summary: 'Fastly Image Optimizer reported a fatal error in `Fastly-IO-Error` with a text that matches none of the scenarios Fastly documents; the image was not processed.',
    actor: 'origin',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'Fastly’s list names scenarios rather than guaranteed values, so a real value can be worded differently.',
      'A newer Image Optimizer release reports a condition the list does not cover yet.',
    ],
    fixes: [
      'Read the value: it usually names the problem with the source image or its response.',
      'Check the original at the origin (status, `content-type`, size, `Content-Encoding`, cacheability).',
      'Ask Fastly support with the `x-served-by` value and the time of the request.',
    ],
    related: ['fastly/image-could-not-be-parsed', 'fastly/invalid-status'],
    history: [],
    caveats: ['imgdiag matches the documented scenarios by substring, case-insensitively; anything else lands here.'],
    sources: ['fastlyIoErrorHeader'],
    samples: [
      {
        label: 'An error text outside the list (header excerpt, constructed; placeholder text)',
        paste: `HTTP/2 200
content-type: image/jpeg
fastly-io-error: [placeholder: a text outside the documented list]
x-served-by: cache-lhr7342-LHR
x-cache: MISS
`,
        origin: 'constructed',
        sources: ['fastlyIoErrorHeader'],
      },
    ],
    keywords: ['fastly-io-error', 'unknown error', 'image optimizer error'],
  },
  {
    id: 'fastly/io-not-invoked',
    provider: 'fastly',
    kind: 'condition',
    code: 'io-not-invoked',
    title: 'Fastly served it, but Image Optimizer did not run',
    summary: 'Fastly answered a URL with Image Optimizer parameters (`width=`, `format=`…) but the response has no `Fastly-IO-*` header and no `Fastly-Stats: io=1`, so IO most likely never ran.',
    actor: 'account',
    severity: 'warning',
    layer: 'cdn-edge',
    certainty: 'uncertain',
    variants: [],
    causes: [
      '`X-Fastly-Imageopto-API` is not set for this URL: the VCL condition that sets it (usually on the file extension) does not match, for example `.jpeg` or `.avif` missing from it.',
      'The header is set at the edge but not at the shield; Fastly requires both, and IO runs on the shield.',
      'Shielding is not configured, or the service is not entitled to Image Optimizer.',
      'The origin response was uncacheable or passed, and the VCL removed the IO headers before delivery.',
    ],
    fixes: [
      'Check the VCL (or the Image Optimizer settings in the Fastly UI) for the condition that sets `X-Fastly-Imageopto-API`, and test it against this exact path.',
      'Make sure the same condition runs at the shield POP, and that shielding is on for the backend.',
      'Request the URL with `Fastly-Debug: 1` to see the path through edge and shield.',
    ],
    related: ['fastly/io-transformed', 'fastly/response-is-not-cacheable', 'fastly/response-is-pass'],
    history: [],
    caveats: [
      'This is an inference: custom VCL can strip the IO headers from responses IO did transform, so compare `content-length` and the image’s dimensions with the original before concluding.',
      'Image services that run behind Fastly (imgix, Cloudinary) show Fastly’s `x-served-by` too; imgdiag does not raise this for them.',
      'The same parameters can be meant for a resizer at the origin, so imgdiag reports this as information, and as a warning only when the response is uncacheable (a cookie, `private`, `no-store`), which is known to stop IO.',
    ],
    sources: ['fastlyImageoptoApi', 'fastlyIoReference', 'helixCli340'],
    samples: [
      {
        label: 'width= ignored: the full-size original came back (curl -sI, constructed)',
        paste: `$ curl -sI "https://www.example.com/images/team/offsite-2026.jpeg?width=400&format=webp"
HTTP/2 200
content-type: image/jpeg
content-length: 3481220
last-modified: Mon, 23 Nov 2026 08:12:40 GMT
accept-ranges: bytes
date: Tue, 01 Dec 2026 10:40:18 GMT
age: 62
${FASTLY_EDGE}
x-cache: HIT, HIT
x-cache-hits: 1, 4
`,
        origin: 'constructed',
        sources: ['fastlyImageoptoApi'],
      },
    ],
    keywords: ['width ignored', 'not resized', 'original served', 'x-fastly-imageopto-api', 'shield', 'image optimizer not working'],
  },
];
