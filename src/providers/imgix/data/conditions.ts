/**
 * imgix conditions beyond its documented statuses (facts 2.1, 2.3): a rendered image, a 5xx the
 * status page does not explain, and any other status imgix sends without documenting it. The
 * last one says what the whole provider must say: imgix reports errors by status alone.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';
import { CAPTURE_IMGIX_2020, CAPTURE_UNSPLASH_2023 } from './captures.ts';

const EDGE = `x-served-by: cache-iad-kiad7000154-IAD, cache-fra-eddf8230061-FRA
x-cache: MISS, MISS`;

export const imgixConditions: CatalogEntry[] = [
  {
    id: 'imgix/rendered',
    provider: 'imgix',
    kind: 'condition',
    code: 'rendered',
    title: 'Rendered by imgix',
    summary: 'imgix served this image: `Server: imgix` and an `X-Imgix-ID` show its Rendering API answered, and the status says it succeeded.',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'observed',
    variants: [],
    causes: ['imgix fetched the original from the Source’s origin (or its cache) and rendered the requested derivative.'],
    fixes: [
      'Nothing needs fixing.',
      'If the image looks wrong, read the URL’s parameters (`w`, `h`, `fit`, `auto`, `fm`, `q`): imgix did what they asked.',
      '`X-Cache: HIT, HIT` means both Fastly tiers in front of imgix served a cached copy; after replacing an original, purge it in the imgix dashboard or API.',
    ],
    related: ['imgix/404', 'imgix/403'],
    history: [
      {
        when: '2023',
        text: 'Recorded responses carry `X-Imgix-Render-Farm` (such as `01.1096`) and `X-Imgix-Original-Status`; a 2020 capture has neither.',
        sources: ['captureUnsplash2023', 'captureImgix2020'],
      },
    ],
    caveats: [
      'imgix documents none of its response headers. `X-Imgix-ID` is a 40-hex-digit id per rendered image in every capture; `X-Imgix-Original-Status` is presumably the status the origin gave for the original; `X-Imgix-Render-Farm` looks like an internal location. Read them as signs, not specifications.',
    ],
    sources: ['captureUnsplash2023', 'captureImgix2020'],
    samples: [
      { label: 'images.unsplash.com download printed by a script, 2023 (recorded)', paste: CAPTURE_UNSPLASH_2023, origin: 'capture', sources: ['captureUnsplash2023'] },
      { label: 'imgix image headers, 2020 (recorded; "# " prefixes removed)', paste: CAPTURE_IMGIX_2020, origin: 'capture', sources: ['captureImgix2020'] },
    ],
    keywords: ['x-imgix-id', 'server imgix', 'x-imgix-render-farm', 'x-imgix-original-status', 'imgix works', 'x-imgix-render-id'],
  },
  {
    id: 'imgix/server-error',
    provider: 'imgix',
    kind: 'condition',
    code: 'server-error',
    title: 'Server error at imgix (500, 502, 504)',
    summary: 'imgix answered with a 5xx status that its status page does not document; with no error header, the status is all it says.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      { status: 500, message: '', certainty: 'uncertain', sources: ['imgixStatusCodes'] },
      { status: 502, message: '', certainty: 'uncertain', sources: ['imgixStatusCodes'] },
      { status: 504, message: '', certainty: 'uncertain', sources: ['imgixStatusCodes'] },
    ],
    causes: [
      'An imgix-side failure or incident (check the status page).',
      'The origin failed or was too slow while imgix fetched the original: a 502 or 504 usually points that way for proxies, though imgix does not say so.',
    ],
    fixes: [
      'Check https://status.imgix.com for an incident.',
      'Fetch the original from the origin yourself and time it; fix a slow or failing origin.',
      'If it persists, contact imgix support with the full URL and the time of the request.',
    ],
    related: ['imgix/503', 'imgix/undocumented-status'],
    history: [],
    caveats: ['No version of imgix’s status page documents 500, 502 or 504; the causes here are general HTTP meanings, not imgix’s word.'],
    sources: ['imgixStatusCodes', 'imgixIncident503'],
    samples: [
      {
        label: '502 from imgix (curl -sI, constructed)',
        paste: `$ curl -sI "https://northwind.imgix.net/products/lamp-brass.jpg?w=800&auto=format"
HTTP/2 502
content-length: 0
date: Tue, 01 Dec 2026 11:20:44 GMT
${EDGE}
`,
        origin: 'constructed',
        sources: ['imgixStatusCodes'],
      },
    ],
    keywords: ['imgix 500', 'imgix 502', 'imgix 504', 'bad gateway', 'gateway timeout', 'internal server error'],
  },
  {
    id: 'imgix/undocumented-status',
    provider: 'imgix',
    kind: 'condition',
    code: 'undocumented-status',
    title: 'imgix sent a status it does not document',
    summary: 'imgix answered with an error status (such as 401, 405, 415, 423 or 429) that its status page does not list. imgix reports errors by status alone, so nothing else in the response explains it.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'imgix sends no error header or message for any status: only its status page says what a status means, and it covers 400, 402, 403, 404, 410, 413, 414, 421 and 422.',
      'A status such as 415 or 423 may come from imgix’s edge (Fastly) or from a proxy of your own in front of imgix rather than from rendering.',
      '429 or 401 may come from the Management API (api.imgix.com), which has its own JSON:API errors, rather than from image delivery.',
    ],
    fixes: [
      'Check which host answered: `<source>.imgix.net` or your custom domain for images, `api.imgix.com` for the Management API (its JSON body has `errors[].detail`).',
      'Repeat the request without parameters, then add them back one at a time, to find the one that changes the status.',
      'Contact imgix support with the full URL, the status and the time; no public source explains this status.',
    ],
    related: ['imgix/400', 'imgix/403', 'imgix/server-error'],
    history: [],
    caveats: ['imgdiag reports the generic HTTP meaning of such a status and does not guess an imgix-specific one.'],
    sources: ['imgixStatusCodes', 'imgixManagementApi'],
    samples: [
      {
        label: '423 from imgix (curl -sI, constructed)',
        paste: `$ curl -sI "https://northwind.imgix.net/products/chair-oak.jpg?w=600"
HTTP/2 423
content-length: 0
date: Tue, 01 Dec 2026 11:24:05 GMT
${EDGE}
`,
        origin: 'constructed',
        sources: ['imgixStatusCodes'],
      },
      {
        label: '415 from an imgix custom domain (devtools copy, constructed)',
        paste: `Request URL: https://images.example.com/uploads/manual.pdf?w=400
Request Method: GET
Status Code: 415
server: imgix
content-length: 0
${EDGE}
`,
        origin: 'constructed',
        sources: ['imgixStatusCodes'],
      },
    ],
    keywords: ['imgix 415', 'imgix 423', 'imgix 429', 'imgix 401', 'unsupported media type', 'locked', 'no error message', 'status only'],
  },
];
