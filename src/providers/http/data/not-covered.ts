/** The condition for an image service that has no provider module yet. */
import type { CatalogEntry } from '../../../catalog/types.ts';

export const notCovered: CatalogEntry = {
  id: 'http/service-not-covered',
  provider: 'http',
  kind: 'condition',
  code: 'service-not-covered',
  title: 'An image service imgdiag does not cover yet',
  summary: 'The response comes from an image service (its URL shape or its own headers show it) that has no module here, so its status is read without the service’s own meaning.',
  actor: 'service',
  severity: 'error',
  layer: 'image-service',
  certainty: 'observed',
  variants: [],
  causes: [
    'The image URL belongs to a service such as Shopify’s CDN, Contentful, Storyblok, Uploadcare, Sanity or WordPress’s Photon, which transforms images itself and reports errors its own way.',
    'A proxy or CDN in front of your origin adds image headers of its own (`x-image-*`, `x-resize-*`), so it, not your origin, may have refused the request.',
  ],
  fixes: [
    'Look up the status in the documentation of the service named in the evidence: its meaning (a bad transformation option, a missing asset, a plan limit) depends on the service.',
    'Request the original image without transformation options, straight from the service’s storage or your origin: if that works, the transformation options are the problem.',
    'Compare with the service’s own debugging headers or dashboard logs, which usually say more than the status.',
  ],
  related: ['http/client-error', 'http/server-error'],
  history: [],
  caveats: [
    'Which service answered is read from the URL (with the unpic package’s table of image CDNs) and from header names; a custom domain in front of the service can hide both.',
  ],
  sources: ['unpic', 'rfc9110'],
  samples: [
    {
      label: 'An Uploadcare resize that the service refused (curl -sI)',
      paste: `$ curl -sI "https://ucarecdn.com/0c8f4a9e-2b1d-4c7e-9a3f-5e6d7c8b9a01/-/resize/abcx/"
HTTP/2 400
date: Tue, 01 Dec 2026 09:12:44 GMT
content-type: text/plain; charset=utf-8
content-length: 52
server: nginx
access-control-allow-origin: *
`,
      origin: 'constructed',
      sources: ['unpic'],
    },
    {
      label: 'An image service’s own header on a 400 (curl -sI)',
      paste: `$ curl -sI "https://img.example.org/w_2000/h_abc/hero.jpg"
HTTP/1.1 400 Bad Request
Server: nginx
Date: Tue, 01 Dec 2026 09:15:02 GMT
Content-Type: text/plain
Content-Length: 27
x-imageengine-error: invalid directive h_abc
via: 1.1 varnish
`,
      origin: 'constructed',
      sources: ['rfc9110'],
    },
  ],
  keywords: ['unknown image cdn', 'not supported', 'shopify cdn', 'contentful images', 'storyblok', 'uploadcare', 'image service error'],
};
