/**
 * Plain HTTP conditions that belong to no image service: redirects, wrong content types and error
 * statuses that came from the origin (or a proxy) rather than from Cloudflare or Cloudinary.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

export const httpConditions: CatalogEntry[] = [
  {
    id: 'http/redirect-chain',
    provider: 'http',
    kind: 'condition',
    code: 'redirect-chain',
    title: 'Redirects before the image',
    summary: 'The image URL answered with one or more redirects (a 3xx status with a `Location` header) before the final response.',
    actor: 'origin',
    severity: 'info',
    layer: 'origin',
    certainty: 'documented',
    variants: [],
    causes: [
      'The URL is upgraded from `http://` to `https://`, or moved between the bare domain and `www`.',
      'The file moved for good (301, 308) or is served from another host, such as a storage bucket or CDN (302, 307).',
      'An image service fell back to the original: with `onerror=redirect`, Cloudflare redirects to the unresized source when resizing fails and the source is in the same zone (307 in the one recorded case; the documentation gives no status).',
    ],
    fixes: [
      'Use the final URL in your pages and as the source for image services: every redirect costs a round trip, and services that fetch from an origin follow only a limited number (Cloudflare fails with 9421 after too many and with 9420 when redirected to an invalid URL).',
      'If a `/cdn-cgi/image/` URL with `onerror=redirect` answered with a redirect to its own source, the resize failed; request it without `onerror=redirect` to see the `Cf-Resized` error code.',
      'Prefer the right kind of redirect: 301 and 308 are permanent (clients may remember them), 302 and 307 temporary; 307 and 308 keep the request method, while 301 and 302 allow a client to turn a POST into a GET.',
    ],
    related: ['http/redirect-loop', 'cloudflare/9421', 'cloudflare/9420'],
    history: [],
    caveats: [
      'Redirects are normal and usually harmless for images; this is reported so that an unexpected hop, or one an image service cannot follow, is easy to spot.',
      'Cloudflare does not document how many redirects it follows before failing with 9421.',
      'Cloudflare documents `onerror=redirect` only for the URL interface and only for sources in the same zone (subdomains accepted); for a source in another zone it has no effect. One recorded response got a 403 with `err=9408` and no redirect; whether its source was in the same zone is not recorded.',
    ],
    sources: ['rfc9110', 'cfTroubleshooting', 'cfOnerror', 'captureUnattributed'],
    samples: [
      {
        label: 'HTTP to HTTPS, then to a static host (curl -sIL)',
        paste: `$ curl -sIL "http://example.com/media/logo.png"
HTTP/1.1 301 Moved Permanently
Server: nginx
Date: Wed, 06 May 2026 11:02:31 GMT
Content-Type: text/html
Content-Length: 162
Connection: keep-alive
Location: https://example.com/media/logo.png

HTTP/2 302
server: nginx
date: Wed, 06 May 2026 11:02:31 GMT
content-type: text/html
content-length: 138
location: https://static.example.net/media/logo.png

HTTP/2 200
server: nginx
date: Wed, 06 May 2026 11:02:32 GMT
content-type: image/png
content-length: 18342
last-modified: Fri, 17 Apr 2026 09:12:40 GMT
etag: "69e1f8a8-47a6"
cache-control: public, max-age=86400
accept-ranges: bytes
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
      {
        label: 'Resize failed, onerror=redirect falls back to the original (curl -sIL)',
        paste: `$ curl -sIL "https://www.example.com/cdn-cgi/image/width=600,onerror=redirect/img/banner.jpg"
HTTP/2 307
date: Tue, 21 Apr 2026 16:30:09 GMT
content-length: 0
location: https://www.example.com/img/banner.jpg
server: cloudflare
cf-ray: 8f6e1b7a92d4c310-FRA

HTTP/2 200
date: Tue, 21 Apr 2026 16:30:09 GMT
content-type: image/jpeg
content-length: 203117
cache-control: public, max-age=14400
cf-cache-status: HIT
server: cloudflare
cf-ray: 8f6e1b7b0c3a5d21-FRA
`,
        origin: 'constructed',
        sources: ['cfOnerror', 'captureUnattributed'],
      },
    ],
    keywords: ['redirect', '301', '302', '307', '308', 'location header', 'moved permanently', 'http to https', 'redirect chain', 'onerror=redirect'],
  },
  {
    id: 'http/redirect-loop',
    provider: 'http',
    kind: 'condition',
    code: 'redirect-loop',
    title: 'Redirect loop',
    summary: 'The redirects lead back to a URL already visited, so the image is never reached.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [],
    causes: [
      'Two rules disagree about the canonical address: one sends the bare domain to `www` and another sends `www` back (or the same with `http` and `https`).',
      'A proxy or CDN in front of the origin connects to it over plain HTTP, while the origin redirects every HTTP request to HTTPS; the proxy then fetches the same redirect forever.',
      'A redirect that sets a cookie and expects it back, followed by a client that does not keep cookies (such as curl without a cookie jar).',
    ],
    fixes: [
      'Read the `Location` values in order to find the two rules that send the request back and forth, and remove or align one of them (server configuration, `.htaccess`, CMS address settings, CDN redirect rules).',
      'Make the origin and any proxy in front of it agree on the scheme and host of the canonical URL.',
      'When testing with curl, add a cookie jar (`-c cookies.txt -b cookies.txt`) to rule out a cookie-dependent redirect.',
    ],
    related: ['http/redirect-chain', 'cloudflare/9421'],
    history: [],
    caveats: [
      'curl gives up after 50 redirects by default and prints "Maximum (50) redirects followed" (hidden by `-s` unless `-S` is given); browsers stop sooner, Chrome with ERR_TOO_MANY_REDIRECTS.',
      'An image service that fetches from a looping origin fails with its own code, e.g. Cloudflare’s 9421 (too many redirects).',
    ],
    sources: ['rfc9110', 'cfTroubleshooting'],
    samples: [
      {
        label: 'Bare domain and www redirect to each other (curl -sSIL)',
        paste: `$ curl -sSIL "https://example.com/img/logo.png"
HTTP/2 301
server: nginx
date: Tue, 10 Feb 2026 12:00:00 GMT
content-type: text/html
content-length: 162
location: https://www.example.com/img/logo.png

HTTP/2 301
server: nginx
date: Tue, 10 Feb 2026 12:00:00 GMT
content-type: text/html
content-length: 162
location: https://example.com/img/logo.png

HTTP/2 301
server: nginx
date: Tue, 10 Feb 2026 12:00:00 GMT
content-type: text/html
content-length: 162
location: https://www.example.com/img/logo.png

HTTP/2 301
server: nginx
date: Tue, 10 Feb 2026 12:00:01 GMT
content-type: text/html
content-length: 162
location: https://example.com/img/logo.png

curl: (47) Maximum (50) redirects followed
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
      {
        label: 'HTTP and HTTPS redirect to each other (curl -sIL, cut short)',
        paste: `$ curl -sIL "http://shop.example.org/images/sale-banner.webp"
HTTP/1.1 301 Moved Permanently
Date: Tue, 23 Jun 2026 10:15:03 GMT
Server: Apache/2.4.62 (Debian)
Location: https://shop.example.org/images/sale-banner.webp
Content-Type: text/html; charset=iso-8859-1

HTTP/1.1 302 Found
Date: Tue, 23 Jun 2026 10:15:03 GMT
Server: Apache/2.4.62 (Debian)
Location: http://shop.example.org/images/sale-banner.webp
Content-Type: text/html; charset=iso-8859-1

HTTP/1.1 301 Moved Permanently
Date: Tue, 23 Jun 2026 10:15:03 GMT
Server: Apache/2.4.62 (Debian)
Location: https://shop.example.org/images/sale-banner.webp
Content-Type: text/html; charset=iso-8859-1

HTTP/1.1 302 Found
Date: Tue, 23 Jun 2026 10:15:03 GMT
Server: Apache/2.4.62 (Debian)
Location: http://shop.example.org/images/sale-banner.webp
Content-Type: text/html; charset=iso-8859-1
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
    ],
    keywords: ['too many redirects', 'redirect loop', 'ERR_TOO_MANY_REDIRECTS', 'Maximum (50) redirects followed', 'infinite redirect', 'www redirect loop', 'https redirect loop'],
  },
  {
    id: 'http/not-an-image',
    provider: 'http',
    kind: 'condition',
    code: 'not-an-image',
    title: 'Image URL returned a non-image',
    summary: 'A URL meant to serve an image answered with a non-image `Content-Type`, typically an HTML page, which browsers and image services cannot use as an image.',
    actor: 'origin',
    severity: 'warning',
    layer: 'origin',
    certainty: 'documented',
    variants: [],
    causes: [
      'A single-page-app or CMS fallback serves its HTML index page, with status 200, for every path that has no file.',
      'A login, consent or bot-check page is served instead of the file.',
      'Hotlink protection answers requests with a foreign `Referer` with a page instead of the image.',
      'An error page is sent with status 200.',
      'The file is a real image but the server labels it wrongly (e.g. `application/octet-stream` or `text/plain`).',
      'The answer is a `204 No Content`: a success that by definition carries no body, so there is no image to show (RFC 9110, section 15.3.5); a cache or proxy that stored an empty answer can keep serving it.',
    ],
    fixes: [
      'Look at the body: open the URL in a private window, or run `curl -s "<url>" | head`, to see which page it really is.',
      'Exclude image paths from catch-all rewrite rules so that missing files answer 404 instead of the app’s HTML.',
      'If the body is a real image, fix the server’s MIME type mapping for that extension.',
      'Behind an image service, expect its own error: Cloudflare reports an origin that returns a non-image as 9412.',
    ],
    related: ['cloudflare/9412', 'http/client-error'],
    history: [],
    caveats: [
      'Some clients look at the bytes as well as the label (RFC 9110 notes that such sniffing happens and can be wrong), so a real image with a wrong label may display in one place and fail in another.',
    ],
    sources: ['rfc9110', 'cfTroubleshooting'],
    samples: [
      {
        label: 'App fallback serves HTML for a missing .jpg (curl -sI)',
        paste: `$ curl -sI "https://www.example.com/images/products/chair-oak.jpg"
HTTP/2 200
server: nginx
date: Tue, 14 Apr 2026 08:12:44 GMT
content-type: text/html; charset=utf-8
content-length: 1841
last-modified: Mon, 13 Apr 2026 22:05:10 GMT
etag: "69dd6a56-731"
cache-control: no-cache
accept-ranges: bytes
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
      {
        label: 'Login page instead of the image (curl -i)',
        paste: `$ curl -i "https://intranet.example.org/files/team/portrait-anna.jpg"
HTTP/1.1 200 OK
Date: Wed, 08 Jul 2026 19:44:26 GMT
Server: Apache/2.4.62 (Debian)
Cache-Control: no-store
Content-Length: 355
Content-Type: text/html; charset=UTF-8

<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sign in</title>
</head>
<body>
<form method="post" action="/login?next=/files/team/portrait-anna.jpg">
<label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label>
<button type="submit">Sign in</button>
</form>
</body>
</html>
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
    ],
    keywords: ['origin returned html', 'text/html instead of image', 'not an image', 'wrong content-type', 'login page instead of image', 'spa fallback', 'image shows as broken', 'content-type text/html jpg'],
  },
  {
    id: 'http/client-error',
    provider: 'http',
    kind: 'condition',
    code: 'client-error',
    title: 'Client error from the origin (4xx)',
    summary:
      'A 4xx status came back without any image-service header, so the origin, or a proxy in front of it, refused the request itself.',
    actor: 'request',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [],
    causes: [
      '404 or 410: there is no file at this path (a typo, different letter case, a file that was deleted or never deployed, a wrong base URL).',
      '403: access is refused, e.g. file permissions, hotlink protection based on `Referer`, IP or bot rules, or a private storage bucket. Some object stores, Amazon S3 among them, answer 403 instead of 404 for a missing object when the caller may not list the bucket.',
      '401: the file needs authentication (the response should carry `WWW-Authenticate`).',
      '400 or 414: the URL is malformed or too long, e.g. unescaped spaces or a huge query string.',
      'The image service is not in the path at all: with neither `Cf-Resized` nor `x-cld-error`, the request never went through Cloudflare’s resizer or Cloudinary.',
    ],
    fixes: [
      'First check that the image service is in the path: a Cloudflare resize URL contains `/cdn-cgi/image/` on a proxied hostname (or goes through a Worker using `cf.image`); a Cloudinary URL is on `res.cloudinary.com` or your Cloudinary custom domain.',
      'Open the URL directly and check the path, letter case and deployment of the file.',
      'For 403: retry without a `Referer` header and with a browser user agent to spot hotlink or bot rules, and check the file’s or bucket’s permissions.',
      'For 401: the image must be public for image services and CDNs to fetch it, or fetched by code that adds the credentials.',
    ],
    related: ['http/not-an-image', 'http/server-error', 'cloudflare/not-resized', 'cloudflare/9408', 'cloudflare/9404'],
    history: [],
    caveats: [
      'RFC 9110 lets a server answer 404 instead of 403 when it does not want to reveal that a resource exists, so 404 does not always mean the file is missing.',
      'The engine reports this only when no image-service header is present; the same statuses from an image service have their own entries.',
    ],
    sources: ['rfc9110'],
    samples: [
      {
        label: 'nginx: file not found (curl -sI)',
        paste: `$ curl -sI "https://static.example.org/uploads/2026/03/team-photo.jpg"
HTTP/2 404
server: nginx
date: Wed, 18 Mar 2026 14:05:52 GMT
content-type: text/html
content-length: 146
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
      {
        label: 'S3 bucket behind a custom domain refuses access (curl -sI)',
        paste: `$ curl -sI "http://media.example.net/products/lamp-large.webp"
HTTP/1.1 403 Forbidden
x-amz-request-id: 8Q2V7K3JX1M4T9RB
x-amz-id-2: Hk9fQ2mZ3rX8vB1nT6yL0pC4sD7wE5aG2jK8uN3oP1qR9tV6xY4zA0bC3dE7fG5h
Content-Type: application/xml
Transfer-Encoding: chunked
Date: Tue, 02 Jun 2026 13:27:40 GMT
Server: AmazonS3
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
      {
        label: 'Apache hotlink protection (curl -i)',
        paste: `$ curl -i -H 'Referer: https://other.example.net/' "https://www.example.org/wp-content/uploads/2026/05/cover.jpg"
HTTP/1.1 403 Forbidden
Date: Tue, 19 May 2026 07:48:15 GMT
Server: Apache/2.4.62 (Debian)
Content-Length: 281
Content-Type: text/html; charset=iso-8859-1

<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>403 Forbidden</title>
</head><body>
<h1>Forbidden</h1>
<p>You don't have permission to access this resource.</p>
<hr>
<address>Apache/2.4.62 (Debian) Server at www.example.org Port 443</address>
</body></html>
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
    ],
    keywords: ['404 not found', '403 forbidden', 'access denied', 'hotlink protection', 's3 access denied', 'image 404', 'broken image', 'is the image service in the path'],
  },
  {
    id: 'http/server-error',
    provider: 'http',
    kind: 'condition',
    code: 'server-error',
    title: 'Server error from the origin (5xx)',
    summary: 'A 5xx status came back without any image-service header: the origin, or a proxy in front of it, failed to produce the image.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [],
    causes: [
      '502: a proxy or web server got no valid answer from the application behind it (crashed, restarting, listening elsewhere).',
      '503: the server is overloaded or in maintenance; it may say when to retry in `Retry-After`.',
      '504: the application behind a proxy answered too slowly.',
      '500: the application failed while serving the file, e.g. a script that generates thumbnails.',
    ],
    fixes: [
      'Check the origin’s error logs around the time in the `Date` header.',
      'If `Retry-After` is present, retry after that delay; otherwise retry once after a short wait to tell a blip from an outage.',
      'If only large images fail, look at the time and memory limits of whatever generates or serves them.',
      'Behind Cloudflare’s resizer the same failure appears as 9509 (origin returned a 5xx), or as 9504, 9505 or 9510 when the origin cannot be reached.',
    ],
    related: ['http/client-error', 'cloudflare/9509', 'cloudflare/9504', 'cloudinary/server-error'],
    history: [],
    caveats: ['The status shows which hop failed only roughly: a 502 or 504 comes from a proxy, but the fault is usually in what sits behind it.'],
    sources: ['rfc9110', 'cfTroubleshooting'],
    samples: [
      {
        label: 'nginx in front of a stopped app (curl -i)',
        paste: `$ curl -i "https://img.example.com/thumbs/640/harbour.jpg"
HTTP/2 502
server: nginx
date: Tue, 23 Jun 2026 10:15:03 GMT
content-type: text/html
content-length: 150

<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
      {
        label: 'Apache in maintenance with Retry-After (curl -sI)',
        paste: `$ curl -sI "https://www.example.net/media/gallery/2026/spring-01.jpg"
HTTP/1.1 503 Service Unavailable
Date: Wed, 08 Jul 2026 19:44:26 GMT
Server: Apache/2.4.62 (Debian)
Retry-After: 120
Content-Length: 299
Connection: close
Content-Type: text/html; charset=iso-8859-1
`,
        origin: 'constructed',
        sources: ['rfc9110'],
      },
    ],
    keywords: ['502 bad gateway', '503 service unavailable', '504 gateway timeout', '500 internal server error', 'origin down', 'retry-after', 'image server error'],
  },
];
