/**
 * Akamai Image & Video Manager (IVM). IVM reports no error of its own: a transformation that
 * fails is answered with the pristine image and a 200 (facts, cdns.md 4.1). So the entries
 * explain what a delivered image's headers say (derivative, pristine, not transformed) and what
 * each error status means on Akamai: the edge's own page or the origin's answer passed on.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

function base(): Pick<CatalogEntry, 'provider' | 'history' | 'caveats'> {
  return { provider: 'akamai', history: [], caveats: [] };
}

const PIEZ_CAVEAT =
  'Whether x-im-* headers appear without the request header `x-im-piez: on` is not settled; the public tools that read them always send it.';

export const akamaiEntries: CatalogEntry[] = [
  {
    ...base(),
    id: 'akamai/pristine-served',
    kind: 'condition',
    code: 'pristine-served',
    title: 'Original image served: IVM did not transform it',
    summary: 'IVM handed back the pristine (original) image instead of a derivative, which is how it answers when it cannot make one: with a 200 and no error.',
    actor: 'request',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      { status: 200, message: 'Pristine image not found', certainty: 'documented', sources: ['ivmUnprocessable'] },
      { status: 200, message: 'Pristine image is in an unrecognized format', certainty: 'documented', sources: ['ivmUnprocessable'] },
      { status: 200, message: 'Pristine image request redirects and changes the URL scheme', certainty: 'documented', sources: ['ivmUnprocessable'] },
      { status: 200, message: 'Invalid URI', certainty: 'documented', sources: ['ivmUnprocessable'] },
      { status: 200, message: 'Invalid policy', certainty: 'documented', sources: ['ivmUnprocessable'] },
      { status: 200, message: 'Size of ___ exceeds the limit of ___', certainty: 'documented', sources: ['ivmUnprocessable'] },
      { status: 200, message: 'Pristine image is too wide', certainty: 'documented', sources: ['ivmUnprocessable'] },
    ],
    causes: [
      'The policy named by `impolicy=` does not exist, or its variables received values it cannot use ("Invalid policy").',
      'The original is over IVM’s limits: larger than 9,999 px on a side, more than about 100 megapixels, or a file over 128 MB (older guidance).',
      'The original is in a format IVM does not process (older guidance names PSD, RAW and SVG) or is corrupt.',
      'Fetching the original redirected from HTTPS to HTTP or back, which IVM does not follow.',
      'IVM has not yet made the offline derivative and serves the pristine image meanwhile (the first requests for a new image).',
    ],
    fixes: [
      'Open the Unprocessable Images report for the policy in Akamai Control Center (it covers the last 24 hours): it names the reason for each image.',
      'Check that the policy in `impolicy=` exists for this property and that its variables are valid.',
      'Resize very large originals before upload, convert unsupported formats, and let the origin answer without a scheme-changing redirect.',
      'Request again a few minutes later: if a derivative appears, it was only not ready yet.',
    ],
    related: ['akamai/optimized', 'akamai/not-transformed'],
    history: [],
    caveats: [
      'The status of these messages is 200 because IVM serves the original; the messages themselves appear only in the report, never in a response.',
      'The rest of the Unprocessable Images message list (limits exceeded during processing, corrupt images) could not be read in the stored copy of Akamai’s page.',
      'The limits come from an older Akamai page; current limits may differ (newer pages list AVIF among formats).',
      PIEZ_CAVEAT,
    ],
    sources: ['ivmPristineBestPractices', 'ivmUnprocessable', 'ivmPiez'],
    samples: [
      {
        label: 'Pristine image with Piez headers (curl -sI)',
        paste: `$ curl -sI -H "x-im-piez: on" "https://images.example-store.com/catalog/sofa-grey.jpg?impolicy=product-card&imwidth=480"
HTTP/2 200
content-type: image/jpeg
content-length: 2811904
server: Akamai Image Manager
cache-control: max-age=2592000
last-modified: Thu, 05 Nov 2026 10:12:44 GMT
x-im-file-name: sofa-grey.jpg
x-im-original-format: jpeg
x-im-original-size: 2811904
x-im-original-width: 6000
x-im-result-width: 6000
date: Mon, 23 Nov 2026 09:30:12 GMT
x-check-cacheable: YES`,
        origin: 'constructed',
        sources: ['ivmPiez', 'ivmPristineBestPractices'],
      },
    ],
    keywords: ['pristine image', 'original served', 'not resized', 'imwidth ignored', 'impolicy', 'unprocessable images', 'invalid policy', 'image manager fallback', 'akamai image not optimized'],
  },
  {
    ...base(),
    id: 'akamai/optimized',
    kind: 'condition',
    code: 'optimized',
    title: 'Derivative delivered by Image & Video Manager',
    summary: 'IVM delivered a derivative of the image; its headers say how it compares with the original and whether it was made in real time.',
    actor: 'request',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'observed',
    variants: [],
    causes: ['A request on a property where IVM applies, with the default policy or the one `impolicy=` names.'],
    fixes: [
      'Nothing to fix. For details, repeat the request with `-H "x-im-piez: on"` to get the x-im-* headers.',
      'If the browser gets another format than the URL’s extension suggests, that is IVM choosing per browser, not an error.',
    ],
    related: ['akamai/pristine-served', 'akamai/not-transformed'],
    caveats: [
      'Reading "Akamai Image Manager" as offline-optimized and "Akamai Image Server" as real-time comes from a public tool’s documentation, not from Akamai.',
      PIEZ_CAVEAT,
    ],
    sources: ['ivmPiez', 'ivmPiezTools', 'capAirbnbIvm', 'capIvmFormatSwitch'],
    samples: [
      {
        label: 'IVM with Pragma debug headers (Airbnb, 2019)',
        paste: `curl -I -H "Pragma: akamai-x-cache-on,akamai-x-get-cache-key" https://a0.muscache.com/im/pictures/1e338975-3b45-4681-a493-934c1b26baf6.jpg?aki_policy=large

HTTP/2 200 
etag: "672916e11cf4620bc09d3f5f1998afe000a5b3d9"
last-modified: Fri, 26 Jul 2019 13:32:52 GMT
server: Akamai Image Manager
x-akamai-ssl-client-sid: SCHxwOaBMKXMexiInrJ7ZQ==
x-edgeconnect-midmile-rtt: 63
x-edgeconnect-origin-mex-latency: 202
content-length: 18921
content-type: image/jpeg
x-serial: 1354
x-check-cacheable: YES
x-akamai-pragma-client-ip: 165.254.156.76, 149.28.71.143
cache-control: private, no-transform, max-age=1683156
expires: Sat, 14 Sep 2019 04:25:22 GMT
date: Sun, 25 Aug 2019 16:52:46 GMT
x-cache: TCP_HIT from a165-254-156-76.deploy.akamaitechnologies.com (AkamaiGHost/9.8.0-26986073) (-)
x-cache-key: L1/L/16382/485063/30d/origin-images.airbnb.com/im/pictures/1e338975-3b45-4681-a493-934c1b26baf6.jpg cid=___IM_FILE_NAME=large.1.5000.generic&IM_API_TOKEN=airbnb-10168275&IM_COMB_ON=true
x-cache-key-extended-internal-use-only: L1/L/16382/485063/30d/origin-images.airbnb.com/im/pictures/1e338975-3b45-4681-a493-934c1b26baf6.jpg vcd=12141 cid=___IM_FILE_NAME=large.1.5000.generic&IM_API_TOKEN=airbnb-10168275&IM_COMB_ON=true
strict-transport-security: max-age=10886400; includeSubDomains
access-control-allow-methods: GET
access-control-allow-origin: *
timing-allow-origin: *`,
        origin: 'capture',
        sources: ['capAirbnbIvm'],
      },
      {
        label: 'A .png URL delivered as JPEG (curl -i, partial)',
        paste: `curl -i https://edge.tomoking.xyz/tomotest/bad.png
HTTP/2 200
server: Akamai Image Manager
content-type: image/jpeg
cache-control: private, no-transform, max-age=75828`,
        origin: 'capture',
        sources: ['capIvmFormatSwitch'],
      },
      {
        label: 'Real-time derivative with Piez headers (curl -sI)',
        paste: `$ curl -sI -H "x-im-piez: on" "https://images.example-store.com/catalog/sofa-grey.jpg?imwidth=480"
HTTP/2 200
content-type: image/webp
content-length: 31544
server: Akamai Image Server
cache-control: max-age=900
x-im-file-name: sofa-grey.jpg
x-im-original-format: jpeg
x-im-original-size: 412876
x-im-original-width: 2400
x-im-result-width: 480
x-im-pixel-density: 1
x-im-encoding-quality: 75
date: Mon, 23 Nov 2026 09:31:02 GMT
x-check-cacheable: YES`,
        origin: 'constructed',
        sources: ['ivmPiez', 'ivmPiezTools'],
      },
    ],
    keywords: ['akamai image manager', 'akamai image server', 'x-im-piez', 'piez', 'x-im-original-size', 'x-im-result-width', 'derivative', 'real-time', 'offline', 'IM_FILE_NAME'],
  },
  {
    ...base(),
    id: 'akamai/not-transformed',
    kind: 'condition',
    code: 'not-transformed',
    title: 'IVM parameters in the URL, but no IVM in the response',
    summary: 'The URL carries `imwidth=` or `impolicy=`, Akamai delivered it, but nothing in the response shows that IVM worked on the image.',
    actor: 'account',
    severity: 'warning',
    layer: 'cdn-edge',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'IVM is not enabled for this hostname or path in the property configuration, so the parameters pass to the origin unread.',
      'The policy returns the original on purpose (some sites define `impolicy=original` that way).',
      'The Piez headers were not asked for: without `x-im-piez: on`, a derivative may look like any other image.',
      '`imwidth=` larger than the original: on some sites IVM only scales down.',
    ],
    fixes: [
      'Repeat the request with `-H "x-im-piez: on"`: x-im-* headers mean IVM handled it after all.',
      'Check the property in Akamai Control Center: the Image and Video Manager behavior must match this hostname and path.',
      'Check the policy’s definition for an `original` or pass-through rule.',
    ],
    related: ['akamai/pristine-served', 'akamai/optimized'],
    caveats: ['Without Piez headers, imgdiag cannot tell "IVM not applied" from "IVM applied without saying so"; the finding says what is missing, not which case it is.'],
    sources: ['ivmPiez', 'ivmTenantParams', 'ivmKeyConcepts'],
    samples: [
      {
        label: 'imwidth on a NetStorage image (curl -sI)',
        paste: `$ curl -sI "https://media.example-news.com/2026/11/harbour-dawn.jpg?imwidth=640"
HTTP/2 200
content-type: image/jpeg
content-length: 1846213
server: AkamaiNetStorage
etag: "9d1c0f6a2b7e4d18a3c5f0e9b2d7a4c1:1763465110.421983"
last-modified: Wed, 18 Nov 2026 11:25:10 GMT
cache-control: max-age=604800
date: Mon, 23 Nov 2026 09:40:55 GMT
x-check-cacheable: YES`,
        origin: 'constructed',
        sources: ['ivmTenantParams'],
      },
    ],
    keywords: ['imwidth not working', 'impolicy not working', 'akamai not resizing', 'AkamaiNetStorage', 'image manager not applied'],
  },
  {
    ...base(),
    id: 'akamai/403',
    kind: 'status',
    code: '403',
    title: 'Access denied by the Akamai edge or the origin',
    summary: 'Akamai answered 403: usually its edge refused the request (a security rule, bot management, geo or token check), sometimes the origin refused Akamai.',
    actor: 'network',
    severity: 'error',
    layer: 'cdn-edge',
    certainty: 'observed',
    variants: [{ status: 403, message: 'Access Denied', certainty: 'observed', sources: ['capAkamaiEdgeDenied'] }],
    causes: [
      'A security rule at the edge (WAF, bot management, rate control) blocked the client: typical for scripts, curl and data-centre addresses.',
      'A token or geo restriction on the property (edge authorization) that the request does not meet.',
      'The origin or NetStorage refused Akamai’s own request, and Akamai passed the 403 on.',
    ],
    fixes: [
      'Look at the `server` header and the body: `AkamaiGHost` with "Access Denied" and a "Reference #" is the edge’s own page; another server is the origin’s answer.',
      'Give the reference number to whoever runs the Akamai property: it identifies the request and the rule in Akamai’s logs.',
      'Repeat the request from a browser: a bot rule often lets browsers through and blocks scripts.',
    ],
    related: ['akamai/404', 'akamai/server-error'],
    caveats: ['Akamai’s edge error pages are well known from captures, but the facts hold no Akamai document that lists them.'],
    sources: ['capAkamaiEdgeDenied'],
    samples: [
      {
        label: 'Edge refused the request (curl -i)',
        paste: `$ curl -i "https://images.example-store.com/catalog/sofa-grey.jpg?imwidth=480"
HTTP/1.1 403 Forbidden
Server: AkamaiGHost
Mime-Version: 1.0
Content-Type: text/html
Content-Length: 389
Expires: Mon, 23 Nov 2026 09:45:17 GMT
X-Reference-Error: 18.c5200117.1795427117.332afd23
Date: Mon, 23 Nov 2026 09:45:17 GMT
Connection: close

<HTML><HEAD>
<TITLE>Access Denied</TITLE>
</HEAD><BODY>
<H1>Access Denied</H1>
 
You don't have permission to access "http&#58;&#47;&#47;images&#46;example&#45;store&#46;com&#47;catalog&#47;sofa&#45;grey&#46;jpg&#63;" on this server.<P>
Reference&#32;&#35;18&#46;c5200117&#46;1795427117&#46;332afd23
</BODY>
</HTML>`,
        origin: 'constructed',
        sources: ['capAkamaiEdgeDenied'],
      },
    ],
    keywords: ['access denied', 'AkamaiGHost', 'reference #', 'you don\'t have permission to access', 'bot manager', 'akamai 403', 'forbidden'],
  },
  {
    ...base(),
    id: 'akamai/404',
    kind: 'status',
    code: '404',
    title: 'Not found at the origin',
    summary: 'Akamai passed on a 404 from the origin or NetStorage: the original image does not exist at the address Akamai asked for.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'uncertain',
    variants: [{ status: 404, message: 'Not Found', certainty: 'uncertain', sources: ['rfc9110'] }],
    causes: [
      'The file is missing at the origin, or the property rewrites the path to one the origin does not have.',
      'The image was deleted or renamed but pages still link the old URL.',
    ],
    fixes: [
      'Request the original from the origin directly (bypassing Akamai) with the same path.',
      'Check the property’s origin and path rules; with the Pragma header `akamai-x-get-cache-key` the response shows which origin path Akamai used.',
    ],
    related: ['akamai/pristine-served', 'akamai/403'],
    caveats: [
      'Akamai’s documents describe "Pristine image not found" only as a report entry; what a client receives when the pristine is missing is inferred here (the origin’s 404 passed on), not documented.',
    ],
    sources: ['ivmUnprocessable', 'akamaiPragma'],
    samples: [
      {
        label: 'Missing file on NetStorage (curl -sI)',
        paste: `$ curl -sI "https://media.example-news.com/2026/11/harbour-dusk.jpg?imwidth=640"
HTTP/2 404
content-type: text/html
content-length: 196
server: AkamaiNetStorage
cache-control: max-age=0, no-store
date: Mon, 23 Nov 2026 09:48:30 GMT
x-check-cacheable: NO`,
        origin: 'constructed',
        sources: ['ivmUnprocessable'],
      },
    ],
    keywords: ['akamai 404', 'not found', 'pristine image not found', 'netstorage 404'],
  },
  {
    ...base(),
    id: 'akamai/server-error',
    kind: 'condition',
    code: 'server-error',
    title: 'Server error at the Akamai edge or the origin',
    summary: 'Akamai answered with a 5xx: the origin failed, timed out or could not be reached, or the edge failed itself.',
    actor: 'origin',
    severity: 'error',
    layer: 'cdn-edge',
    certainty: 'uncertain',
    variants: [
      { status: 503, message: 'Service Unavailable', certainty: 'uncertain', sources: ['rfc9110'] },
      { status: 504, message: 'Gateway Timeout', certainty: 'uncertain', sources: ['rfc9110'] },
    ],
    causes: [
      'The origin answered with an error or did not answer in time (a 504 from the edge).',
      'The edge could not connect to the origin (DNS, TLS, firewall rules that block Akamai’s addresses).',
    ],
    fixes: [
      'Check the origin directly with the same path; look at its logs at the time of the failure.',
      'With an edge page ("Reference #..."), give the reference to whoever runs the property: Akamai’s tools show the failing step.',
    ],
    related: ['akamai/403', 'akamai/404'],
    caveats: ['No source in the facts documents which edge pages Akamai sends for 5xx; the variants are the plain HTTP reasons.'],
    sources: ['akamaiPragma'],
    samples: [
      {
        label: 'Origin timed out behind the edge (curl -i)',
        paste: `$ curl -i "https://images.example-store.com/catalog/lamp-brass.jpg?impolicy=product-card"
HTTP/1.1 504 Gateway Time-out
Server: AkamaiGHost
Mime-Version: 1.0
Content-Type: text/html
Content-Length: 176
Expires: Mon, 23 Nov 2026 09:52:03 GMT
Date: Mon, 23 Nov 2026 09:52:03 GMT
Connection: close

<HTML><HEAD>
<TITLE>Gateway Timeout</TITLE>
</HEAD><BODY>
<H1>Gateway Timeout</H1>
 
Reference&#32;&#35;97&#46;3f1b2c17&#46;1795427523&#46;8a4e91c
</BODY>
</HTML>`,
        origin: 'constructed',
        sources: ['akamaiPragma'],
      },
    ],
    keywords: ['akamai 503', 'akamai 504', 'gateway timeout', 'service unavailable', 'origin timeout', 'reference #'],
  },
];
