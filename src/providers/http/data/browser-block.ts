/**
 * The browser refused the response: Opaque Response Blocking, CORS, Cross-Origin-Resource-Policy
 * or an extension. Nothing here is a service's error; the console names the browser's mechanism
 * and hides what the server said, so the first fix is always to look at the response itself.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

export const blockedByBrowser: CatalogEntry = {
  id: 'http/blocked-by-browser',
  provider: 'http',
  kind: 'condition',
  code: 'blocked-by-browser',
  title: 'The browser blocked the image response',
  summary:
    'The browser would not hand the response to the page (Opaque Response Blocking, CORS, a Cross-Origin-Resource-Policy or an extension), so the image shows as broken; the console names the mechanism, not what the server answered.',
  actor: 'origin',
  severity: 'error',
  layer: 'client',
  certainty: 'documented',
  variants: [
    { status: null, message: 'net::ERR_BLOCKED_BY_ORB', certainty: 'vendor-code', sources: ['chromiumOrb', 'threadRealworldOrb'] },
    {
      status: null,
      message: 'A resource is blocked by OpaqueResponseBlocking, please check browser console for details.',
      certainty: 'observed',
      sources: ['threadCinnyOrb'],
    },
    { status: 200, message: 'net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin', certainty: 'observed', sources: ['threadHelmetCorpCdn'] },
    {
      status: null,
      message: "Access to image at '<image URL>' from origin '<page origin>' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
      certainty: 'observed',
      sources: ['threadImgBedCors'],
    },
    { status: null, message: 'net::ERR_BLOCKED_BY_CLIENT', certainty: 'observed', sources: ['threadSwapmyvoteBlockedByClient'] },
  ],
  causes: [
    'Opaque Response Blocking: the URL answered with something that is not an image (an error page or JSON with a 4xx or 5xx, a login page, an HTML, JSON or XML `Content-Type`), which the browser withholds from an ordinary `<img>`, showing the block instead of the status.',
    'CORS: the page asked in CORS mode (`crossorigin` on the `<img>`, `fetch()`, a canvas library) and the response, success or error, had no `Access-Control-Allow-Origin` admitting the page’s origin.',
    'Cross-Origin-Resource-Policy: the response carries `Cross-Origin-Resource-Policy: same-origin` (or `same-site`) and the page is on another origin. Helmet for Express sends `same-origin` by default since its version 5.',
    'An extension, usually an ad or tracker blocker, cancelled the request (`net::ERR_BLOCKED_BY_CLIENT`): nothing reached the server.',
  ],
  fixes: [
    'Look at the response itself (the Network panel, or `curl -sI "<url>"`) and paste it here: its status and the service’s headers say what failed.',
    'For ORB, make the URL serve an image: fix the 4xx or 5xx behind it and send an `image/*` `Content-Type`.',
    'For CORS, send `Access-Control-Allow-Origin` (the page’s origin, or `*` when no credentials are sent) from the image host, on error responses too; or drop `crossorigin` when the page only displays the image.',
    'For a Cross-Origin-Resource-Policy block, send `Cross-Origin-Resource-Policy: cross-origin` on image paths (in Helmet, `crossOriginResourcePolicy: { policy: "cross-origin" }`).',
    'For an extension, try a private window with extensions off.',
  ],
  related: ['http/not-an-image', 'http/client-error', 'http/server-error'],
  history: [],
  caveats: [
    'ORB is written as an explainer that is being merged into the Fetch Standard, and which responses each browser blocks (which types it sniffs, which statuses it lets through) has differed between browsers and versions.',
    'Chrome’s earlier form of this protection, Cross-Origin Read Blocking (CORB), logged “Cross-Origin Read Blocking (CORB) blocked cross-origin response …” instead; Opaque Response Blocking replaced it, and Firefox implements ORB too.',
    'This site has not checked what Safari prints for these blocks.',
    'A status in the console line (`net::ERR_BLOCKED_BY_ORB 200 (OK)`) is the server’s; the body it sent stays hidden, so only a direct request shows what the server really answered.',
  ],
  sources: ['orbExplainer', 'chromiumOrb', 'fetchCors', 'threadHelmetV5'],
  samples: [
    {
      label: 'Chrome console: an image blocked by ORB',
      paste: `Images from the bucket stopped showing in Chrome; the console says:

GET https://media.example-shop.com/uploads/2026/11/sofa-green.webp net::ERR_BLOCKED_BY_ORB 200 (OK)

The same URL opens fine in a new tab.
`,
      origin: 'constructed',
      sources: ['orbExplainer', 'chromiumOrb'],
    },
    {
      label: 'Chrome console: a CORS block on a canvas image',
      paste: `Access to image at 'https://assets.example.net/avatars/4411.png' from origin 'http://localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.
GET https://assets.example.net/avatars/4411.png net::ERR_FAILED 200 (OK)
`,
      origin: 'constructed',
      sources: ['fetchCors', 'threadImgBedCors'],
    },
    {
      label: 'Chrome console: Cross-Origin-Resource-Policy from an Express API',
      paste: `:5000/uploads/products/lamp-1761495564304.jpg:1   GET http://localhost:5000/uploads/products/lamp-1761495564304.jpg net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin 200 (OK)
`,
      origin: 'constructed',
      sources: ['fetchCors', 'threadHelmetCorpCdn'],
    },
  ],
  keywords: [
    'ERR_BLOCKED_BY_ORB',
    'OpaqueResponseBlocking',
    'opaque response blocking',
    'CORB',
    'blocked by CORS policy',
    'Access-Control-Allow-Origin',
    'ERR_BLOCKED_BY_RESPONSE.NotSameOrigin',
    'Cross-Origin-Resource-Policy',
    'ERR_BLOCKED_BY_CLIENT',
    'crossorigin anonymous',
    'image loads in a new tab but not on the page',
    'helmet images blocked',
  ],
};
