/**
 * Cloudflare image resizing error codes, as sent in `Cf-Resized: err=<code>`.
 *
 * Status and message pairs come from Cloudflare's errors reference table, whose publication is
 * unconfirmed, so they stay 'uncertain' unless a real capture shows the same status with the code.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

export const cloudflareCodes: CatalogEntry[] = [
  {
    id: 'cloudflare/9401',
    provider: 'cloudflare',
    kind: 'code',
    code: '9401',
    title: 'Invalid options or source origin not allowed',
    summary:
      "The resizer refused the request because a required option was missing or invalid, or because the source image's host is not in the zone's allowed origins.",
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 400,
        message: 'Missing or invalid resizing parameters: test options',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 400,
        message: 'Could not resize the image: test settings error',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 403,
        message: 'Transformation origin is not in allowed origins list',
        certainty: 'observed',
        sources: ['cfErrorsReference', 'captureAnimalsVidaDigna', 'captureUnattributed'],
      },
    ],
    causes: [
      "With status 403: the source image lives on a host that the zone's Sources setting does not allow. Cloudflare's Sources page says so itself: listing a subdomain does not cover the apex domain, and listing the apex does not cover its subdomains.",
      'With status 400: a required option is missing or has a value of the wrong type, for example a `width` that is not a number in the `cf.image` object of a Worker.',
      'A Worker passes visitor input (query parameters) into `cf.image` without checking it.',
    ],
    fixes: [
      "For a 403, add the source image's hostname to the zone's transformation Sources (specified origins). A plain hostname covers only itself; `*.example.com` covers the root domain and every subdomain, and an optional path prefix narrows an entry. Or pick the any-origin setting if that is what you want.",
      'Only the initial source URL is checked: redirects it answers with are followed, even to another zone. The same setting also applies to `fetch()` subrequests with `cf.image` from a Worker.',
      'Compare the host inside the failing transformation URL with that list; `curl -sI "<transformation URL>"` keeps answering 403 with `cf-resized: err=9401` until the host is allowed.',
      'For a 400, log the `cf.image` object the Worker sends and check every option name and value against the documentation; numeric options need numbers, not text such as "abc".',
    ],
    related: ['cloudflare/9419', 'cloudflare/9424'],
    history: [],
    caveats: [
      "Cloudflare's troubleshooting page explains 9401 only as missing or invalid options. The allowed-origins meaning at status 403 comes from the errors reference table (publication unconfirmed) and from several independent captures.",
      'The two 400 messages in the errors reference end in what look like test placeholders ("test options", "test settings error"); real responses probably word the detail differently.',
      'In one capture an invalid value in a /cdn-cgi/image/ URL (`width=abc`) produced no error at all but a 200 with an image, so bad URL options may be ignored rather than rejected with 9401.',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfSources',
      'captureAnimalsVidaDigna',
      'captureUnattributed',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Source origin not in the allowed list (curl -sI, recorded)',
        // Capture CF-2 as recorded, without the author's trailing arrow note.
        paste: `$ curl -sI "https://animalsvidadigna.org/cdn-cgi/image/width=320,format=auto/images/logo.webp"
HTTP/2 403
cf-resized: err=9401`,
        origin: 'capture',
        sources: ['captureAnimalsVidaDigna'],
      },
      {
        label: 'Worker sends an invalid cf.image option (curl -sI)',
        // Status 400 for bad options is known only from the errors reference table.
        paste: `$ curl -sI "https://img.outdoorgear.example.com/catalog/tent-2p.jpg?width=wide"
HTTP/2 400
date: Tue, 03 Feb 2026 14:22:09 GMT
cf-resized: err=9401
server: cloudflare
cf-ray: 491d9bf14d39de74-FRA`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'allowed origins',
      'transformation origin is not in allowed origins list',
      'sources setting',
      'specified origins',
      'remote image not allowed',
      'resize origin not allowed',
      'external image url',
      'missing or invalid resizing parameters',
      'invalid width',
      'cf.image options',
      '403 cdn-cgi image',
      'err=9401',
      'cf-resized: err=9401',
    ],
  },
  {
    id: 'cloudflare/9402',
    provider: 'cloudflare',
    kind: 'code',
    code: '9402',
    title: 'Could not download the source image',
    summary:
      'The resizer started fetching the source image but the download failed, typically because the file was too large or the connection broke off.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 502,
        message: 'Could not fetch the image',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 413,
        message: 'Could not fetch the image — file too large',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The source file is bigger than the service accepts; the current limits page allows 100 MB for remote images, and the 413 form of the error says the file was too large.',
      'The origin, or a proxy or firewall in front of it, closed the connection before the whole file had been sent.',
      'The origin was restarting or overloaded and dropped the transfer part-way.',
    ],
    fixes: [
      'Check the size of the source with `curl -sI <source URL>` and read `content-length`; shrink anything close to 100 MB before resizing it.',
      'Download the source in full with `curl -s -o /dev/null -w "%{http_code} %{size_download}\\n" <source URL>` and compare the bytes received with `content-length`; a short count points at the origin or something in front of it.',
      'Look in the origin and proxy logs for cut-off transfers at the time of the error, then retry once the origin is stable.',
    ],
    related: ['cloudflare/9505', 'cloudflare/9416'],
    history: [],
    caveats: [
      'The statuses 502 and 413 and their messages come only from the errors reference table, whose publication is unconfirmed.',
      'The errors reference gives 9505 the same 502 message, so the text alone does not tell the two apart; the code in `Cf-Resized` does.',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfLimits',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Download of the source failed (curl -sI)',
        paste: `$ curl -sI "https://www.harbourcafe.example.net/cdn-cgi/image/width=1200,quality=85/menu/brunch-board.jpg"
HTTP/2 502
date: Wed, 28 Jan 2026 09:41:57 GMT
cf-resized: err=9402
server: cloudflare
cf-ray: 5e916b9c006bd89f-LHR`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
      {
        label: 'Source file too large (curl -i)',
        paste: `$ curl -i "https://media.lakeside-archive.example.org/cdn-cgi/image/width=2000/scans/1911-harbour-panorama.jpg"
HTTP/2 413
date: Thu, 05 Feb 2026 17:03:12 GMT
cf-resized: err=9402
server: cloudflare
cf-ray: e06437b0d4c1e60d-CDG

ERROR 9402: Could not fetch the image — file too large`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'could not fetch the image',
      'file too large',
      'image too big',
      '100 mb',
      'download failed',
      'connection interrupted',
      'connection reset',
      '413',
      '502 bad gateway',
      'err=9402',
      'cf-resized: err=9402',
    ],
  },
  {
    id: 'cloudflare/9403',
    provider: 'cloudflare',
    kind: 'code',
    code: '9403',
    title: 'Request loop',
    summary:
      'The resizer was asked to resize something that is already a resized response, usually because a Worker fetched its own URL.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 508,
        message: 'Requested resized version of an already-resized image',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      "A Worker whose route also covers the source images calls `fetch()` with `cf.image` on a URL it handles itself, so the resizer's request for the source lands back in the same Worker.",
      "The Worker does not hand the resizer's own source request (marked with `image-resizing` in the `Via` request header) straight through to the origin.",
      'The source URL points at another transformed URL, such as a /cdn-cgi/image/ link, so the service would resize a resized image.',
    ],
    fixes: [
      'At the top of the Worker, return `fetch(request)` unchanged when `request.headers.get("via")` contains `image-resizing`.',
      "Point the `cf.image` fetch at the original file's URL, on a path or host that no resizing Worker handles, never at the Worker's own URL.",
      'Make sure the source part of each /cdn-cgi/image/ URL names the original file, not another /cdn-cgi/image/ URL.',
    ],
    related: ['cloudflare/request-loop', 'cloudflare/9524'],
    history: [],
    caveats: [
      'Status 508 comes only from the errors reference table (publication unconfirmed); the troubleshooting page gives the meaning without a status.',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfTransformViaWorkers',
    ],
    samples: [
      {
        label: 'Worker resizing its own URL (curl -i)',
        paste: `$ curl -i "https://photos.wanderlog.example.com/trips/patagonia/day3.jpg?w=800"
HTTP/2 508
date: Fri, 06 Feb 2026 21:15:44 GMT
cf-resized: err=9403
server: cloudflare
cf-ray: 6393a8b0b2b85367-SJC

ERROR 9403: Requested resized version of an already-resized image`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'request loop',
      'loop detected',
      '508',
      'already-resized image',
      'worker fetched its own url',
      'via image-resizing',
      'infinite loop',
      'err=9403',
      'cf-resized: err=9403',
    ],
  },
  {
    id: 'cloudflare/9404',
    provider: 'cloudflare',
    kind: 'code',
    code: '9404',
    title: 'Source image not found (origin returned 404)',
    summary: "The origin answered the resizer's request for the source image with 404 Not Found.",
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 404,
        message: 'Could not fetch the image — the server returned HTTP error 404 Not Found',
        certainty: 'observed',
        sources: ['cfErrorsReference', 'captureUnattributed'],
      },
    ],
    causes: [
      'No file exists at the source URL: a typo, a wrong letter case in the file name, or a file that was deleted or never uploaded.',
      'The source part of the transformation URL is assembled wrongly, for example with a missing path prefix or a different encoding of special characters than the origin expects.',
      'The origin hides files from anonymous visitors behind a 404; the resizer never sends cookies, authorization or custom headers, so it gets the 404 that browsers with a session do not.',
    ],
    fixes: [
      'Request the source on its own with `curl -sI <source URL>` and confirm it answers 200 with an `image/*` content-type.',
      'Copy the source part out of the transformation URL exactly as written (for /cdn-cgi/image/, everything after the options segment) and test that, rather than the URL you meant to build.',
      'If the origin needs a session or credentials, make the images public (unguessable paths work), or fetch them from a Worker with `"origin-auth": "share-publicly"` where the storage type supports it.',
    ],
    related: ['cloudflare/9408', 'cloudflare/9509', 'cloudflare/9519', 'cloudflare/origin-credentials'],
    history: [],
    caveats: [
      'The message text comes from the errors reference table (publication unconfirmed); captures confirm 404 together with err=9404 but did not record the body.',
      'With `onerror=redirect` in the URL, one capture got a 307 to the source URL instead of a 404 with err=9404, so seeing 9404 in a browser may mean the option was absent or did not apply: it works only in /cdn-cgi/image/ URLs (not Workers, not hosted images) and only for a source in the same zone.',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'captureUnattributed',
      'cfOnerror',
      'cfControlOriginAccess',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Missing source image (curl -sI)',
        // Captures recorded 404 with err=9404; the remaining headers are constructed.
        paste: `$ curl -sI "https://shop.example.com/cdn-cgi/image/width=640,format=auto/products/boot.jpg"
HTTP/2 404
date: Sun, 22 Nov 2026 08:12:31 GMT
cf-resized: err=9404
server: cloudflare
cf-ray: 4fccde72792ed86f-AMS`,
        origin: 'constructed',
        sources: ['captureUnattributed', 'cfErrorsReference'],
      },
      {
        label: 'Missing source image (devtools raw headers)',
        paste: `HTTP/1.1 404 Not Found
Date: Mon, 09 Feb 2026 11:37:02 GMT
Connection: keep-alive
Cf-Resized: err=9404
Server: cloudflare
CF-RAY: 07372bef81d1e5d6-IAD`,
        origin: 'constructed',
        sources: ['captureUnattributed', 'cfErrorsReference'],
      },
    ],
    keywords: [
      'origin returned 404',
      'not found',
      'image missing',
      'file does not exist',
      'wrong url',
      'wrong path',
      'the server returned http error 404',
      '404 cdn-cgi image',
      'err=9404',
      'cf-resized: err=9404',
    ],
  },
  {
    id: 'cloudflare/9406',
    provider: 'cloudflare',
    kind: 'code',
    code: '9406',
    title: 'Invalid source image URL',
    summary:
      'The source image URL could not be used because it contains spaces or unescaped Unicode, or because it is not an HTTPS URL.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 403,
        message: 'Could not fetch the image - invalid URL',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The source URL contains spaces or other characters that must be percent-encoded.',
      'The path or host holds non-ASCII (Unicode) characters that were not escaped.',
      'The URL is not an https URL: later versions of the troubleshooting page say "a non-HTTPS URL", so a plain `http://` source may be refused too. A template bug that leaves the URL empty or cut short ends here as well.',
    ],
    fixes: [
      'Percent-encode the source URL before using it: in JavaScript, `encodeURI()` on a whole URL or `encodeURIComponent()` on each path segment.',
      'Print the exact URL the page or Worker builds and fetch it with `curl -sI "<source URL>"`; it should work without any hand editing.',
      'Make the source an absolute `https://` URL, or a path on the same zone for /cdn-cgi/image/ links.',
    ],
    related: ['cloudflare/9419', 'cloudflare/9407'],
    history: [],
    caveats: [
      'Cloudflare documents 9406 and 9419 together as "invalid image URL" without saying what separates them; the errors reference gives them different messages.',
      'The wording differs between versions: the earliest troubleshooting page says "non-HTTP/S URL", the later ones "a non-HTTPS URL". Whether plain http sources are refused today is not confirmed by a capture.',
      'Status 403 and the message come only from the errors reference table (publication unconfirmed).',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Space in the source path (curl -i)',
        paste: `$ curl -i "https://blog.example.org/cdn-cgi/image/width=960/uploads/summer%20party/group photo.jpg"
HTTP/2 403
date: Wed, 11 Feb 2026 16:48:20 GMT
cf-resized: err=9406
server: cloudflare
cf-ray: 29be2d5e16e5ef23-MAD

ERROR 9406: Could not fetch the image - invalid URL`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'invalid url',
      'spaces in url',
      'unicode url',
      'unescaped characters',
      'percent-encode',
      'non-https url',
      'could not fetch the image - invalid url',
      'err=9406',
      'cf-resized: err=9406',
    ],
  },
  {
    id: 'cloudflare/9407',
    provider: 'cloudflare',
    kind: 'code',
    code: '9407',
    title: 'Origin hostname does not resolve (DNS error)',
    summary: "The resizer could not look up the source image's hostname in DNS.",
    actor: 'network',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 523,
        message: 'Could not fetch the image - invalid URL: resolver error',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The hostname in the source URL is misspelled, or its domain has lapsed.',
      'The DNS record for the image host was removed, is not published yet, or exists only on an internal resolver or in a local hosts file.',
      "The domain's name servers fail or time out.",
    ],
    fixes: [
      'Resolve the host from outside your own network: `dig +short <host> @1.1.1.1` or `nslookup <host> 1.1.1.1`.',
      'Publish or correct the DNS record, or change the source URL to a hostname that resolves publicly.',
      'If the record was added only moments ago, wait until resolvers stop caching the earlier negative answer, then retry.',
    ],
    related: ['cloudflare/9406', 'cloudflare/9510'],
    history: [],
    caveats: [
      'Status 523 and the message come only from the errors reference table (publication unconfirmed).',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Source host does not resolve (curl -sI)',
        paste: `$ curl -sI "https://news.example.net/cdn-cgi/image/width=720,format=auto/https://static.newsroom-assets.example.net/2026/03/cover.jpg"
HTTP/2 523
date: Fri, 06 Mar 2026 07:26:51 GMT
cf-resized: err=9407
server: cloudflare
cf-ray: e4bd0e6bf25132b0-WAW`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'dns',
      'resolver error',
      'domain name lookup',
      'nxdomain',
      'could not resolve host',
      'hostname does not resolve',
      '523',
      'err=9407',
      'cf-resized: err=9407',
    ],
  },
  {
    id: 'cloudflare/9408',
    provider: 'cloudflare',
    kind: 'code',
    code: '9408',
    title: 'Origin refused the request (4xx)',
    summary:
      "The origin answered the resizer's request for the source image with a client-error (4xx) status, most often because it denies access.",
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 408,
        message: 'Could not fetch the image — the server returned HTTP error 408 Request Timeout',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 403,
        message: '(message not recorded; this status was seen in captures)',
        certainty: 'observed',
        sources: ['captureUnattributed'],
      },
    ],
    causes: [
      "The origin, or a firewall, WAF or bot protection in front of it, blocks Cloudflare's request and answers 403.",
      'The origin wants cookies, an Authorization header or other custom headers; the resizer sends none of them.',
      'The source is a signed or expiring link (such as an object-storage URL) whose signature has expired.',
      'The origin gave up waiting for the request (408 Request Timeout), the only status the errors reference lists for 9408.',
    ],
    fixes: [
      'Fetch the source the way the resizer does, with no cookies or credentials: `curl -sI <source URL>`. A 401 or 403 there reproduces the problem.',
      "Allow Cloudflare's requests in the origin's firewall, WAF or bot rules, or serve the images from a public path.",
      'If the origin needs credentials, resize from a Worker with `cf.image` and `"origin-auth": "share-publicly"` (supported for AWS, Azure, Google Cloud Storage, SecureAuth and Cloudflare Access origins), or make the images public under unguessable URLs.',
      'Replace expired signed URLs with fresh or unsigned ones.',
    ],
    related: ['cloudflare/9404', 'cloudflare/9509', 'cloudflare/9519', 'cloudflare/origin-credentials'],
    history: [],
    caveats: [
      "Cloudflare's two pages disagree: the troubleshooting page says 9408 covers any 4xx from the origin, while the errors reference table lists it only with 408 Request Timeout. Captures show it with 403 when the origin blocks Cloudflare or a gated Worker route answers 403.",
      'No capture recorded the message of a 403 response with err=9408, so that variant shows none.',
      '`onerror=redirect` has no effect when the source image is in another zone; Cloudflare documents that (subdomains of the same zone are accepted). One capture with the option still got 403 with err=9408 instead of a redirect; whether its source was in the same zone is not recorded.',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'captureUnattributed',
      'cfControlOriginAccess',
      'cfOnerror',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Origin in another zone blocks Cloudflare (curl -sI)',
        // Captures recorded 403 with err=9408; the remaining headers are constructed. The source is
        // in another zone, where onerror=redirect is documented to have no effect.
        paste: `$ curl -sI "https://www.example.com/cdn-cgi/image/width=480,onerror=redirect/https://files.partner-cms.example.net/press/logo-dark.png"
HTTP/2 403
date: Sat, 14 Mar 2026 13:05:38 GMT
cf-resized: err=9408
server: cloudflare
cf-ray: 403eadb5d2c29a6c-ORD`,
        origin: 'constructed',
        sources: ['captureUnattributed', 'cfOnerror'],
      },
      {
        label: 'Origin answered 408 Request Timeout (curl -i)',
        paste: `$ curl -i "https://assets.fieldnotes.example.org/cdn-cgi/image/width=1024/specimens/fern-04.jpg"
HTTP/2 408
date: Thu, 19 Mar 2026 19:52:16 GMT
cf-resized: err=9408
server: cloudflare
cf-ray: 0bf94b99f5041cbd-ARN

ERROR 9408: Could not fetch the image — the server returned HTTP error 408 Request Timeout`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'origin returned 4xx',
      '403 forbidden',
      'access denied',
      'origin blocking cloudflare',
      'firewall',
      'waf',
      'bot protection',
      'hotlink protection',
      'authorization',
      'cookies',
      'signed url expired',
      '408 request timeout',
      'err=9408',
      'cf-resized: err=9408',
    ],
  },
  {
    id: 'cloudflare/9412',
    provider: 'cloudflare',
    kind: 'code',
    code: '9412',
    title: 'Origin returned a non-image',
    summary:
      'The source URL returned something the resizer cannot treat as an image, such as an HTML error or login page, or a file type it does not accept.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 415,
        message:
          'Could not resize the image: The requested file is not an image. Please make sure the server always serves an image (e.g. not an error page, or a login page)',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 415,
        message: 'Conversion between SVG and raster formats is not supported',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 415,
        message:
          'Could not resize the image: The HEIC format is not supported, and there are no plans to support it. You must convert HEIC files to one of the supported formats (e.g. JPEG or PNG) before uploading them.',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 415,
        message:
          'Could not resize the image: The TIFF format is not supported. You must convert TIFF files to one of the supported formats (e.g. JPEG or PNG) before uploading them.',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 415,
        message: 'Could not resize the image: AVIF input is not enabled for this account.',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The source URL serves HTML instead of an image: an error page, a "not found" page sent with status 200, a login page or a bot check.',
      'The source path is wrong and lands on an ordinary page of the site, for example a single-page app that answers every path with its index.html.',
      'The file is TIFF, which no Cloudflare source lists as an input format; or HEIC, which the sources disagree on (see below); or AVIF on an account where AVIF input is not enabled.',
      'The options ask to convert between SVG and a raster format, which is not supported.',
    ],
    fixes: [
      'See what the source really returns: `curl -sI <source URL>` should show status 200 and an `image/*` content-type, and `curl -s <source URL> | head -c 300` reveals an HTML page at once.',
      'Correct the source path, and make the origin answer missing files with a real 404 rather than an HTML page.',
      'Convert TIFF files, and HEIC files that get this error, to JPEG or PNG before they are uploaded.',
      'Serve SVG files without a format conversion (SVG is sanitised but never resized), or keep a PNG copy for resizing.',
    ],
    related: [
      'cloudflare/9520',
      'cloudflare/9511',
      'http/not-an-image',
      'cloudflare/origin-credentials',
    ],
    history: [],
    caveats: [
      'Status 415 and all five messages come only from the errors reference table (publication unconfirmed).',
      'The sources conflict on HEIC. The current limits page lists HEIC among the input formats, and the transform-images page says Cloudflare "can ingest HEIC images for decoding" but must serve them in a web-safe format; the errors reference, the older format-limitations page and a caution on that same transform-images page say HEIC is not supported. Which holds today is not confirmed by a capture. TIFF is unsupported in every source.',
      'The AVIF message suggests AVIF input is switched on per account. The limits page lists AVIF as an input format for Enterprise only, and a 2026 capture of an AVIF source got err=9520, not 9412.',
      'Test fixtures for the Workers Images binding show "IMAGES_TRANSFORM_ERROR 9412: Unsupported image type"; that wording is unconfirmed.',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfLimits',
      'cfFormatLimits',
      'cfFormatLimitsOld',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Origin returned an HTML page (curl -i)',
        paste: `$ curl -i "https://portal.example.com/cdn-cgi/image/width=300,height=300,fit=cover/account/avatar.png"
HTTP/2 415
date: Mon, 23 Mar 2026 10:14:03 GMT
cf-resized: err=9412
server: cloudflare
cf-ray: 3df20bebe26834f7-DUB

ERROR 9412: Could not resize the image: The requested file is not an image. Please make sure the server always serves an image (e.g. not an error page, or a login page)`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
      {
        label: 'Non-image from the origin (devtools raw headers)',
        paste: `HTTP/1.1 415 Unsupported Media Type
Date: Tue, 07 Apr 2026 15:31:49 GMT
Connection: keep-alive
Cf-Resized: err=9412
Server: cloudflare
CF-RAY: 70661527227da7f5-YYZ`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'origin returned html',
      'not an image',
      'returned a non-image',
      'login page',
      'error page',
      'soft 404',
      'heic',
      'tiff',
      'svg to png',
      'avif input is not enabled',
      'unsupported media type',
      '415',
      'the requested file is not an image',
      'conversion between svg and raster formats',
      'err=9412',
      'cf-resized: err=9412',
    ],
  },
  {
    id: 'cloudflare/9413',
    provider: 'cloudflare',
    kind: 'code',
    code: '9413',
    title: 'Image too large to process',
    summary:
      "The source image or the requested output exceeds the resizer's size limits, or the image reports a width or height of zero.",
    actor: 'origin',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 403,
        message:
          'Could not resize the image: The image enlarged too much: 1000×10000, but maximum dimension allowed is 5000',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 403,
        message: 'Could not resize the image: The image has width or height of size 0',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 403,
        message:
          'Could not resize the image: The animation is too large. Animation resolution is 100×100, and at this size the maximum number of animation frames allowed is 0 (total area of all frames together must be less than 500000).',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 403,
        message: 'Could not resize the image: Output format rejected',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The source image has a larger area than the service processes (100 megapixels, e.g. 10,000×10,000 pixels, on the current limits page).',
      'The options enlarge the image past the largest dimension allowed, as the "enlarged too much" message reports.',
      'An animated GIF or WebP has too many frames for its size; the area of all frames together counts against the limit.',
      'The source reports a width or height of 0, which points at a broken or truncated file.',
    ],
    fixes: [
      'Check the source dimensions (for example `identify <file>` from ImageMagick) and downscale oversized originals before upload.',
      'Stop upscaling: use `fit=scale-down` so images are never enlarged, or lower `width`, `height` or `dpr` (whose documented maximum is 2).',
      'Shrink animations (fewer frames or smaller dimensions), or deliver them without resizing.',
      'Re-export files that report a zero dimension.',
    ],
    related: ['cloudflare/9529'],
    history: [
      {
        when: 'early docs (undated)',
        text: 'The early troubleshooting page described 9413 as an image wider or taller than 10,000 pixels; current pages describe an area limit instead.',
        sources: ['cfOldTroubleshooting', 'cfTroubleshooting'],
      },
    ],
    caveats: [
      'Status 403 and the four messages come only from the errors reference table (publication unconfirmed); the numbers inside the messages are examples from that table.',
      'The limits differ between document versions. Today: 100 megapixels, a 12,000-pixel largest dimension (1,200 pixels for AVIF), 100 MB per file, and GIF or WebP animations of 50 megapixels for all frames together, which the limits page says are delivered untransformed when larger. The pages of 2022 to 2024 gave 70 MB per file and 100 megapixels for GIF animations.',
      'Test fixtures for the Workers Images binding show "IMAGES_TRANSFORM_ERROR 9413: Image exceeds the maximum image area"; that wording is unconfirmed.',
    ],
    sources: ['cfTroubleshooting', 'cfTroubleshooting2024', 'cfOldTroubleshooting', 'cfErrorsReference', 'cfLimits', 'cfFormatLimits'],
    samples: [
      {
        label: 'Image enlarged too much (curl -i)',
        paste: `$ curl -i "https://maps.trailclub.example.org/cdn-cgi/image/width=10000/routes/ridge-loop.png"
HTTP/2 403
date: Sat, 11 Apr 2026 08:44:26 GMT
cf-resized: err=9413
server: cloudflare
cf-ray: d837400e65731b7c-MXP

ERROR 9413: Could not resize the image: The image enlarged too much: 1000×10000, but maximum dimension allowed is 5000`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
      {
        label: 'Oversized source (devtools raw headers)',
        paste: `HTTP/1.1 403 Forbidden
Date: Fri, 24 Apr 2026 22:09:58 GMT
Connection: keep-alive
Cf-Resized: err=9413
Server: cloudflare
CF-RAY: 22aaad72f096575d-SYD`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'image too large',
      'too many pixels',
      '100 megapixels',
      'exceeds 10000 pixels',
      'enlarged too much',
      'maximum dimension allowed',
      'animation is too large',
      'width or height of size 0',
      'output format rejected',
      'upscale',
      'err=9413',
      'cf-resized: err=9413',
    ],
  },
  {
    id: 'cloudflare/9416',
    provider: 'cloudflare',
    kind: 'code',
    code: '9416',
    title: 'Error while downloading the source image',
    summary:
      'According to the errors reference table, the resizer ran into an error while downloading the source image.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'uncertain',
    variants: [
      {
        status: 422,
        message: 'Could not resize the image: error occurred while downloading the image',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The source download failed part-way; the message names no reason, so treat it like other download failures.',
      'The origin is slow, resets connections or sends an incomplete body.',
    ],
    fixes: [
      'Download the source in full and watch for errors, short reads or long times: `curl -s -o /dev/null -w "%{http_code} %{size_download} %{time_total}s\\n" <source URL>`.',
      'Check the origin and anything in front of it (proxy, firewall, rate limiting) for aborted transfers at the time of the error.',
      'If the origin is healthy and the error keeps coming, contact Cloudflare support with the URL and the cf-ray id.',
    ],
    related: ['cloudflare/9523', 'cloudflare/9402'],
    history: [],
    caveats: [
      'Only the errors reference table lists 9416, and its publication is unconfirmed; the troubleshooting page does not mention the code.',
      'The same 422 message is listed under 9523, so the text alone does not identify the code.',
    ],
    sources: ['cfErrorsReference'],
    samples: [
      {
        label: 'Download error (curl -i)',
        paste: `$ curl -i "https://cdn.recipebox.example.com/cdn-cgi/image/width=600,format=auto/uploads/2026/04/lemon-tart.jpg"
HTTP/2 422
date: Tue, 28 Apr 2026 12:20:37 GMT
cf-resized: err=9416
server: cloudflare
cf-ray: 3e6cd1cde21773d9-NRT

ERROR 9416: Could not resize the image: error occurred while downloading the image`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'error occurred while downloading the image',
      'download error',
      '422',
      'unprocessable',
      'err=9416',
      'cf-resized: err=9416',
    ],
  },
  {
    id: 'cloudflare/9419',
    provider: 'cloudflare',
    kind: 'code',
    code: '9419',
    title: 'Source URL invalid or not allowed',
    summary:
      'The source image URL was rejected as invalid or not allowed, for example because of its characters, its scheme or its suffix.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 403,
        message: 'Requested image URL has invalid suffix or is not allowed',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The URL contains spaces, unescaped Unicode or other characters that are not valid in a URL.',
      'The URL is not an https URL (current troubleshooting pages say "non-HTTPS"; the earliest said "non-HTTP/S").',
      'The end of the path (the "suffix") is not accepted, per the errors reference; it does not say which suffixes are refused.',
    ],
    fixes: [
      'Percent-encode the source URL (`encodeURI()` for a whole URL in JavaScript) and make it an absolute https URL.',
      'Test the exact source URL the page builds with `curl -sI "<source URL>"`.',
      "Because the message also says the URL may not be allowed, check that the source host is listed in the zone's transformation Sources.",
    ],
    related: ['cloudflare/9406', 'cloudflare/9401'],
    history: [],
    caveats: [
      'Cloudflare documents 9419 together with 9406 as "invalid image URL" without saying what separates them.',
      'Status 403 and the message come only from the errors reference table (publication unconfirmed).',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Source URL rejected (devtools raw headers)',
        paste: `HTTP/1.1 403 Forbidden
Date: Wed, 29 Apr 2026 18:36:11 GMT
Connection: keep-alive
Cf-Resized: err=9419
Server: cloudflare
CF-RAY: 5eb88b077ace8054-GRU`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'invalid suffix',
      'is not allowed',
      'requested image url has invalid suffix',
      'invalid url',
      'spaces in url',
      'unicode url',
      'err=9419',
      'cf-resized: err=9419',
    ],
  },
  {
    id: 'cloudflare/9420',
    provider: 'cloudflare',
    kind: 'code',
    code: '9420',
    title: 'Origin redirected to an invalid URL',
    summary:
      'The source URL answered with a redirect whose target is not a valid URL that the resizer can follow.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 400,
        message: 'Redirection to an invalid URL',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 415,
        message: 'Original image has unsupported format',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      "The origin's `Location` header holds a malformed URL: spaces, unescaped characters, or a scheme other than http or https.",
      'A redirect rule builds its target from a template that came out empty or broken.',
      'For the 415 form that the errors reference also lists: probably the redirect led to a file in a format the resizer cannot read (the table gives no explanation).',
    ],
    fixes: [
      'Follow the redirects yourself with `curl -sIL <source URL>` and inspect each `location:` header.',
      'Fix the redirect rule so it emits an absolute, percent-encoded https URL.',
      'Point the transformation at the final image URL so no redirect is needed.',
    ],
    related: ['cloudflare/9421', 'cloudflare/9520', 'http/redirect-chain'],
    history: [],
    caveats: [
      'The two Cloudflare pages disagree: the troubleshooting page gives only the invalid-redirect meaning, while the errors reference also lists 9420 with 415 "Original image has unsupported format", the text it gives 9520.',
      'Both statuses and messages come only from the errors reference table (publication unconfirmed).',
    ],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfErrorsReference'],
    samples: [
      {
        label: 'Broken redirect at the origin (curl -i)',
        paste: `$ curl -i "https://www.example.net/cdn-cgi/image/width=800/https://legacy-media.example.net/img?id=5521"
HTTP/2 400
date: Fri, 08 May 2026 06:58:40 GMT
cf-resized: err=9420
server: cloudflare
cf-ray: 3c36acfb397cc89e-BOM

ERROR 9420: Redirection to an invalid URL`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
      {
        label: 'Redirect answered with 415 (curl -sI)',
        paste: `$ curl -sI "https://events.example.com/cdn-cgi/image/width=1280/posters/spring-fair.jpg"
HTTP/2 415
date: Tue, 02 Jun 2026 14:47:13 GMT
cf-resized: err=9420
server: cloudflare
cf-ray: 441916c5d24ebaf4-FRA`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'redirect',
      'invalid redirect',
      'redirection to an invalid url',
      'location header',
      '301',
      '302',
      'original image has unsupported format',
      'err=9420',
      'cf-resized: err=9420',
    ],
  },
  {
    id: 'cloudflare/9421',
    provider: 'cloudflare',
    kind: 'code',
    code: '9421',
    title: 'Too many redirects at the origin',
    summary: 'The source URL redirected more times than the resizer will follow.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 400,
        message: 'Too many redirects',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'A redirect loop, such as http and https rules sending requests back and forth, or www and the bare domain redirecting to each other.',
      'A long chain of hops (CDN, then storage, then a signed link) that exceeds the limit.',
      'The origin sends anonymous requests to a login page that redirects again.',
    ],
    fixes: [
      'List every hop with `curl -sIL --max-redirs 10 <source URL>` and look for the loop or the longest detour.',
      'Use the final image URL as the source so no redirect is needed.',
      'Remove the conflicting rules (http/https or www/apex) so each URL redirects at most once.',
    ],
    related: ['cloudflare/9420', 'http/redirect-loop', 'http/redirect-chain'],
    history: [],
    caveats: [
      'No source says how many redirects the resizer follows.',
      'Status 400 and the message come only from the errors reference table (publication unconfirmed).',
    ],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfErrorsReference'],
    samples: [
      {
        label: 'Redirect loop at the origin (curl -sI)',
        paste: `$ curl -sI "https://store.example.org/cdn-cgi/image/width=500,format=auto/https://images.example.org/sku/88213-front.jpg"
HTTP/2 400
date: Thu, 11 Jun 2026 09:30:05 GMT
cf-resized: err=9421
server: cloudflare
cf-ray: bbda43d2822f1ae8-LHR`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'too many redirects',
      'redirect loop',
      'err_too_many_redirects',
      'redirect chain',
      'http to https loop',
      'err=9421',
      'cf-resized: err=9421',
    ],
  },
  {
    id: 'cloudflare/9422',
    provider: 'cloudflare',
    kind: 'code',
    code: '9422',
    title: 'Free transformation quota exhausted',
    summary:
      "The account has used up the Free plan's 5,000 unique transformations of the last 30 days, so new ones are refused; variants already in the cache are still served.",
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 429,
        message: 'Free unique transformations by account has been exhausted',
        certainty: 'observed',
        sources: ['cfErrorsReference', 'captureUnattributed', 'captureBraketTickets'],
      },
    ],
    causes: [
      'The account is on the Free plan and has requested 5,000 unique transformations within the last 30 days. Cloudflare counts them over a 30-day sliding window, so there is no monthly reset: the allowance comes back as old transformations drop out of the window.',
      'Pages request many distinct widths or other options per image, or options come from visitor input, which multiplies the unique transformations. (`format=auto` counts once, whichever format each browser gets.)',
      'Another project or zone on the same account consumes the allowance. The message says the quota is counted "by account"; no Cloudflare page says in so many words that all zones share it.',
    ],
    fixes: [
      "Check the account's transformation usage in the Cloudflare dashboard.",
      'Move to the paid Images plan, or cut the number of distinct widths and options your pages request.',
      'Where the source image is on the same domain as the transformation, add `onerror=redirect` to /cdn-cgi/image/ URLs: Cloudflare\'s pricing page names it as the way to fall back to the original image once the allowance is used up.',
    ],
    related: ['cloudflare/9423'],
    history: [
      {
        when: '2025-01',
        text: "Before January 2025 Cloudflare's pricing page said new transformations over the Free allowance \"will return a 9423 error\"; it now says 9422, and the troubleshooting page gained a 9422 usage-limit line. PR #19076 (\"Free transformation as 9422\", 2025-01-08) dates the change; its description is empty, so which lines it touched is not recorded.",
        sources: ['cfPricing2024', 'cfPricing', 'cfPr19076'],
      },
    ],
    caveats: [
      'Some posts from before 2025 describe 9422 as a request that took too long to process. No stored version of Cloudflare\'s troubleshooting or pricing pages says so, so that older meaning is unverified.',
      "Cloudflare's troubleshooting page also lists 9422 among its internal errors, although the code reports a usage limit.",
      'The Free plan is not charged for going over: Cloudflare only refuses new transformations until the window frees some.',
      "Cloudflare's pages disagree on the counting period: the pricing page counts unique transformations over a 30-day sliding window, while the transformations overview bills the first request of each unique version \"within a calendar month\". This catalog follows the pricing page, which is the one that describes the Free plan.",
    ],
    sources: [
      'cfTroubleshooting',
      'cfPricing',
      'cfPricing2024',
      'cfTransformationsOverview',
      'cfErrorsReference',
      'cfPr19076',
      'cfOnerror',
      'captureUnattributed',
      'captureBraketTickets',
    ],
    samples: [
      {
        label: 'Free allowance used up (curl -i)',
        // Status, header and body text as seen in captures; the other headers are constructed.
        paste: `$ curl -i "https://gallery.example.com/cdn-cgi/image/width=1600,format=auto/albums/lisbon/tram-28.jpg"
HTTP/2 429
date: Fri, 19 Jun 2026 23:11:48 GMT
cf-resized: err=9422
server: cloudflare
cf-ray: 4c3adefb87e38d65-LIS

ERROR 9422: Free unique transformations by account has been exhausted`,
        origin: 'constructed',
        sources: ['captureUnattributed', 'captureBraketTickets'],
      },
      {
        label: 'Free allowance used up (devtools raw headers)',
        paste: `HTTP/1.1 429 Too Many Requests
Date: Sat, 11 Jul 2026 16:02:27 GMT
Connection: keep-alive
Cf-Resized: err=9422
Server: cloudflare
CF-RAY: f608d3142649d233-SIN`,
        origin: 'constructed',
        sources: ['captureUnattributed', 'cfErrorsReference'],
      },
    ],
    keywords: [
      'quota exhausted',
      '5000 transformations',
      '5,000 unique transformations',
      'free plan',
      'free tier',
      'unique transformations',
      'usage limit',
      'limit reached',
      'too many requests',
      '429',
      'free unique transformations by account has been exhausted',
      '30-day sliding window',
      'err=9422',
      'cf-resized: err=9422',
    ],
  },
  {
    id: 'cloudflare/9423',
    provider: 'cloudflare',
    kind: 'code',
    code: '9423',
    title: 'Free transformation rejected',
    summary:
      "The errors reference lists this code for a transformation refused under the Free plan; before 2025 Cloudflare's pricing page gave it as the Free-plan usage-limit error.",
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 403,
        message: 'Free transformation is rejected',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The account is on the Free plan and the transformation was refused; no source says which transformations are refused or why.',
      'In posts and tools from before 2025: the Free limit of 5,000 unique transformations was reached, which is now reported as 9422.',
    ],
    fixes: [
      "Check the account's Images plan and transformation usage in the dashboard.",
      'Compare the failing options with options that work on the same zone to find the one the plan refuses.',
      'If nothing explains it, contact Cloudflare support with the URL and the cf-ray id.',
    ],
    related: ['cloudflare/9422'],
    history: [
      {
        when: '2025-01',
        text: "Until January 2025 Cloudflare's pricing page said new transformations over the Free allowance of 5,000 \"will return a 9423 error\". It now says 9422; PR #19076 (\"Free transformation as 9422\", 2025-01-08) dates the change.",
        sources: ['cfPricing2024', 'cfPricing', 'cfPr19076'],
      },
    ],
    caveats: [
      'The current meaning comes only from the errors reference table (publication unconfirmed). No version of the troubleshooting page has ever listed 9423; the old quota meaning is from the pricing page.',
      'What "rejected" covers is not explained anywhere.',
    ],
    sources: ['cfErrorsReference', 'cfPricing2024', 'cfPr19076'],
    samples: [
      {
        label: 'Free transformation rejected (curl -sI)',
        paste: `$ curl -sI "https://www.example.org/cdn-cgi/image/width=400,blur=20/team/portrait-ana.jpg"
HTTP/2 403
date: Tue, 14 Jul 2026 11:26:59 GMT
cf-resized: err=9423
server: cloudflare
cf-ray: 377ec9dc9c159157-CDG`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'free transformation is rejected',
      'free plan',
      'usage limit',
      '5000 transformations',
      'err=9423',
      'cf-resized: err=9423',
    ],
  },
  {
    id: 'cloudflare/9424',
    provider: 'cloudflare',
    kind: 'code',
    code: '9424',
    title: 'Missing or invalid request parameters',
    summary:
      "The resizer reported missing or invalid HTTP request parameters; Cloudflare's troubleshooting page files the code under internal errors.",
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 400,
        message: 'Missing or invalid HTTP request parameters',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'Per the errors reference, something in the HTTP request itself (rather than the resize options) is missing or invalid; no source says which parameters.',
      'Per the troubleshooting page, a failure inside Cloudflare.',
    ],
    fixes: [
      'Compare the failing request with a working one: the same URL shape, method (GET or HEAD) and any headers a Worker adds or removes.',
      'Retry later; if the error persists, contact Cloudflare support with the URL, the time and the cf-ray id.',
    ],
    related: ['cloudflare/9401'],
    history: [],
    caveats: [
      "Cloudflare's pages disagree on who is at fault: the troubleshooting page calls 9424 an internal error, while the errors reference message (publication unconfirmed) points at the request.",
    ],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfErrorsReference'],
    samples: [
      {
        label: 'Invalid request parameters (devtools raw headers)',
        paste: `HTTP/1.1 400 Bad Request
Date: Sun, 26 Jul 2026 20:40:15 GMT
Connection: keep-alive
Cf-Resized: err=9424
Server: cloudflare
CF-RAY: 6ada049dc0dfa688-DFW`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'missing or invalid http request parameters',
      'bad request',
      'internal error',
      'err=9424',
      'cf-resized: err=9424',
    ],
  },
  {
    id: 'cloudflare/9425',
    provider: 'cloudflare',
    kind: 'code',
    code: '9425',
    title: 'Hosted image access denied',
    summary: 'Access to an image stored in Cloudflare Images was denied.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 403,
        message: 'Image access denied: test access denied',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'Probably the image is private (it requires signed URLs) and the URL has no valid signature, or the signature has expired.',
      'Some other access rule on the account refused the request; the only message on record ends in a test placeholder and says no more.',
    ],
    fixes: [
      'Check in the Images dashboard whether the image requires signed URLs; if it does, generate a fresh signed URL with the account signing key.',
      'Request another image of the same account that is public, to see whether access or the image itself is the problem.',
    ],
    related: ['cloudflare/9426', 'cloudflare/9427', 'cloudflare/9431'],
    history: [],
    caveats: [
      'Only the errors reference table (publication unconfirmed) lists 9425, and its message ends in a test placeholder ("test access denied"); the causes above are read from the message, not documented.',
      'No source shows a hosted-image error response, so which header carries the code there is unknown; the sample assumes the Cf-Resized form.',
    ],
    sources: ['cfErrorsReference'],
    samples: [
      {
        label: 'Hosted image refused (curl -sI)',
        // Header form assumed: no source shows how hosted-image delivery reports its codes.
        paste: `$ curl -sI "https://imagedelivery.net/q8Zt2mLx4RbN7cVw1EyH5g/7f3c1a52-9b8e-4d21-a6f0-3e5b9c2d8a14/public"
HTTP/2 403
date: Mon, 27 Jul 2026 07:18:34 GMT
cf-resized: err=9425
server: cloudflare
cf-ray: 5a577ced4b46bb28-AMS`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'image access denied',
      'imagedelivery.net',
      'signed url',
      'private image',
      'cloudflare images',
      '403',
      'err=9425',
      'cf-resized: err=9425',
    ],
  },
  {
    id: 'cloudflare/9426',
    provider: 'cloudflare',
    kind: 'code',
    code: '9426',
    title: 'Malformed imagedelivery.net URL',
    summary: 'A Cloudflare Images delivery URL on imagedelivery.net has a part the service could not parse.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 403,
        message: 'The URL of imagedelivery.net has invalid text part',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The delivery URL does not follow the account hash / image ID / variant pattern: a missing or extra segment, a stray slash or an unexpected character.',
      'The URL was cut short or encoded twice when it was stored or put into a template.',
    ],
    fixes: [
      'Copy a delivery URL for the same image from the Images dashboard and compare it segment by segment with the failing one.',
      'Build delivery URLs from the stored account hash, image ID and variant name instead of editing URL strings.',
    ],
    related: ['cloudflare/9425', 'cloudflare/9427', 'cloudflare/9429', 'cloudflare/9431'],
    history: [],
    caveats: [
      'Only the errors reference table (publication unconfirmed) lists 9426; the causes above are read from its message.',
      'No source shows a hosted-image error response, so which header carries the code there is unknown; the sample assumes the Cf-Resized form.',
    ],
    sources: ['cfErrorsReference'],
    samples: [
      {
        label: 'Broken delivery URL (curl -i)',
        // Header form assumed: no source shows how hosted-image delivery reports its codes.
        paste: `$ curl -i "https://imagedelivery.net/q8Zt2mLx4RbN7cVw1EyH5g/7f3c1a52-9b8e-4d21-a6f0-3e5b9c2d8a14%20/public"
HTTP/2 403
date: Fri, 07 Aug 2026 13:55:21 GMT
cf-resized: err=9426
server: cloudflare
cf-ray: 5a2fdfbb4032972d-FRA

ERROR 9426: The URL of imagedelivery.net has invalid text part`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'imagedelivery.net',
      'invalid text part',
      'delivery url',
      'malformed url',
      'cloudflare images',
      'err=9426',
      'cf-resized: err=9426',
    ],
  },
  {
    id: 'cloudflare/9427',
    provider: 'cloudflare',
    kind: 'code',
    code: '9427',
    title: 'Hosted image requested with the wrong account ID',
    summary:
      'Access to a hosted image was denied because the account ID in the request does not match the account that holds the image.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 403,
        message: 'Image access denied with incorrect account id',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The account hash in the delivery URL belongs to another Cloudflare account, for example a staging account instead of production.',
      'An image ID was copied between accounts; an image exists only in the account that uploaded it.',
    ],
    fixes: [
      'Take the account hash from the Images dashboard of the account that owns the image and rebuild the URL.',
      'Check which account your upload code and your page templates each use, and make them the same.',
    ],
    related: ['cloudflare/9425', 'cloudflare/9426'],
    history: [],
    caveats: [
      'Only the errors reference table (publication unconfirmed) lists 9427; the causes above are read from its message.',
      'No source shows a hosted-image error response, so which header carries the code there is unknown; the sample assumes the Cf-Resized form.',
    ],
    sources: ['cfErrorsReference'],
    samples: [
      {
        label: 'Wrong account hash (curl -sI)',
        // Header form assumed: no source shows how hosted-image delivery reports its codes.
        paste: `$ curl -sI "https://imagedelivery.net/Jp4sW9eKd2Hq7UaZ3nVb1x/c0a8e6d4-2f17-4b3a-9e5d-81f2a7c6b390/thumbnail"
HTTP/2 403
date: Mon, 10 Aug 2026 09:04:47 GMT
cf-resized: err=9427
server: cloudflare
cf-ray: cf2ee23b286bf7d9-IAD`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'incorrect account id',
      'image access denied',
      'account hash',
      'imagedelivery.net',
      'err=9427',
      'cf-resized: err=9427',
    ],
  },
  {
    id: 'cloudflare/9429',
    provider: 'cloudflare',
    kind: 'code',
    code: '9429',
    title: 'Flexible variants not enabled',
    summary:
      'A hosted-image URL carried resizing options in place of a named variant, but flexible variants are not enabled for the account.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 403,
        message: 'Flexible variants are not enabled for the account',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The delivery URL ends in options such as `w=400,sharpen=3` instead of a variant name, and the account has flexible variants switched off.',
    ],
    fixes: [
      "Turn on flexible variants in the account's Images settings.",
      'Or use a named variant defined in the Images dashboard in place of the options.',
    ],
    related: ['cloudflare/9426'],
    history: [],
    caveats: [
      'Only the errors reference table (publication unconfirmed) lists 9429.',
      'No source shows a hosted-image error response, so which header carries the code there is unknown; the sample assumes the Cf-Resized form.',
    ],
    sources: ['cfErrorsReference'],
    samples: [
      {
        label: 'Options in place of a variant name (curl -i)',
        // Header form assumed: no source shows how hosted-image delivery reports its codes.
        paste: `$ curl -i "https://imagedelivery.net/q8Zt2mLx4RbN7cVw1EyH5g/7f3c1a52-9b8e-4d21-a6f0-3e5b9c2d8a14/w=400,sharpen=3"
HTTP/2 403
date: Sat, 15 Aug 2026 17:49:02 GMT
cf-resized: err=9429
server: cloudflare
cf-ray: 90827d4130fed448-SEA

ERROR 9429: Flexible variants are not enabled for the account`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'flexible variants',
      'flexible variants are not enabled for the account',
      'variant',
      'imagedelivery.net',
      'err=9429',
      'cf-resized: err=9429',
    ],
  },
  {
    id: 'cloudflare/9430',
    provider: 'cloudflare',
    kind: 'code',
    code: '9430',
    title: 'Images binding access denied',
    summary: "A Worker's Images binding (`env.IMAGES`) was refused access.",
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 403,
        message: 'Images Binding access denied: binding denied',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      "The account or the Worker is not entitled to use the Images binding, for example because of its plan or billing; Cloudflare's troubleshooting page gives such a reason for 9432.",
      'The binding is missing or misnamed in the Worker configuration for the deployed environment.',
    ],
    fixes: [
      'Check the `images` binding in the Wrangler configuration and the account the Worker is deployed to.',
      "Check the account's Images plan, and contact Cloudflare support if it should have access.",
      'Log `error.code` and `error.message` from the thrown error to confirm the code comes from the binding.',
    ],
    related: ['cloudflare/9432', 'cloudflare/9525'],
    history: [],
    caveats: [
      'Only the errors reference table (publication unconfirmed) lists 9430; the causes above are read from its message.',
      'In a Worker, Images binding errors arrive as thrown errors (the binding backend marks them with `cf-images-binding: err=<code>`), not as a Cf-Resized header; the sample assumes the Cf-Resized form for a response that passes the code on.',
    ],
    sources: ['cfErrorsReference', 'workerdImagesApi'],
    samples: [
      {
        label: 'Binding refused (curl -sI)',
        // Header form assumed: the binding reports codes through a thrown error, not Cf-Resized.
        paste: `$ curl -sI "https://thumbs.example.net/render/cover/8841.webp"
HTTP/2 403
date: Mon, 21 Sep 2026 12:33:40 GMT
cf-resized: err=9430
server: cloudflare
cf-ray: 49600744e317978b-JNB`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'images binding',
      'binding denied',
      'images binding access denied',
      'env.images',
      'workers',
      'err=9430',
      'cf-resized: err=9430',
    ],
  },
  {
    id: 'cloudflare/9431',
    provider: 'cloudflare',
    kind: 'code',
    code: '9431',
    title: 'Not found',
    summary:
      'The service reported that something the request named was not found; the only source gives no more than "Not found".',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 404,
        message: 'Not found',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'Probably an image ID or variant name that does not exist in the account; the code sits among hosted-image codes in the errors reference, but this reading is an inference.',
    ],
    fixes: [
      'Look up the image ID and the variant name in the Images dashboard and correct the URL.',
      'If you resize a remote image rather than a hosted one, check the source URL with `curl -sI <source URL>` as for 9404.',
    ],
    related: ['cloudflare/9425', 'cloudflare/9426'],
    history: [],
    caveats: [
      'Only the errors reference table (publication unconfirmed) lists 9431, with the bare message "Not found"; what is missing is not stated.',
    ],
    sources: ['cfErrorsReference'],
    samples: [
      {
        label: 'Nothing found (devtools raw headers)',
        paste: `HTTP/1.1 404 Not Found
Date: Tue, 06 Oct 2026 08:27:19 GMT
Connection: keep-alive
Cf-Resized: err=9431
Server: cloudflare
CF-RAY: f44e0c45213721fb-NRT`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: ['not found', 'image id', 'variant', '404', 'err=9431', 'cf-resized: err=9431'],
  },
  {
    id: 'cloudflare/9432',
    provider: 'cloudflare',
    kind: 'code',
    code: '9432',
    title: 'Images binding unavailable (legacy billing)',
    summary:
      'A Worker used the Images binding, which one version of the troubleshooting page says is unavailable to accounts still billed under the legacy Image Resizing plan.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 400,
        message: 'Bad request: bad request',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The account still uses the legacy Image Resizing billing, under which the Images binding is not available.',
    ],
    fixes: [
      "Check the account's Images billing in the dashboard and move to the current Images plan to use the binding.",
      'Until then, resize with `fetch()` and `cf.image` in the Worker, or with /cdn-cgi/image/ URLs, which do not use the binding.',
    ],
    related: ['cloudflare/9430'],
    history: [],
    caveats: [
      'Only one of the two stored versions of the troubleshooting page lists 9432, and which version is newer is unknown.',
      'The message in the errors reference (publication unconfirmed) reads like a placeholder ("Bad request: bad request").',
      'In a Worker, Images binding errors arrive as thrown errors, not as a Cf-Resized header; the sample assumes the Cf-Resized form for a response that passes the code on.',
    ],
    sources: ['cfTroubleshooting', 'cfErrorsReference', 'workerdImagesApi'],
    samples: [
      {
        label: 'Binding unavailable (curl -sI)',
        // Header form assumed: the binding reports codes through a thrown error, not Cf-Resized.
        paste: `$ curl -sI "https://og.example.com/api/og-image?slug=release-notes-4-2"
HTTP/2 400
date: Thu, 08 Oct 2026 15:12:53 GMT
cf-resized: err=9432
server: cloudflare
cf-ray: a0515f3ec479d9f6-LAX`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'images binding',
      'legacy billing',
      'image resizing subscription',
      'bad request: bad request',
      'env.images',
      'err=9432',
      'cf-resized: err=9432',
    ],
  },
  {
    id: 'cloudflare/9504',
    provider: 'cloudflare',
    kind: 'code',
    code: '9504',
    title: 'Origin unreachable or too slow',
    summary:
      'The resizer could not reach the origin in time, or the origin took too long to send the source image.',
    actor: 'network',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 522,
        message: 'Could not fetch the image - request timed out',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 524,
        message: 'Could not fetch the image - download timed out',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The origin server is down or overloaded and does not accept the connection in time (the 522 form).',
      'The origin accepted the connection but sent the image too slowly, for instance because it generates images on the fly or reads large files from slow storage (the 524 form).',
      "A firewall silently drops Cloudflare's connections to the origin.",
    ],
    fixes: [
      'Time the source fetch: `curl -s -o /dev/null -w "connect %{time_connect}s total %{time_total}s\\n" <source URL>`.',
      "Check the origin's load, uptime and logs around the time of the error; add capacity or a cache in front of it.",
      "Make sure the origin's firewall allows Cloudflare's IP ranges.",
      'Pre-generate or cache large sources so they are served quickly.',
    ],
    related: ['cloudflare/9505', 'cloudflare/9510'],
    history: [],
    caveats: [
      'The troubleshooting page lists 9504, 9505 and 9510 together as "unable to contact origin" without telling them apart; the statuses and messages come only from the errors reference table (publication unconfirmed).',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Connection to the origin timed out (curl -sI)',
        paste: `$ curl -sI "https://www.example.com/cdn-cgi/image/width=1080,format=auto/https://origin-media.example.com/campaigns/autumn/hero.jpg"
HTTP/2 522
date: Mon, 12 Oct 2026 04:45:26 GMT
cf-resized: err=9504
server: cloudflare
cf-ray: 4f3a1ba00096aee1-SJC`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
      {
        label: 'Download from the origin timed out (curl -i)',
        paste: `$ curl -i "https://docs.example.org/cdn-cgi/image/width=1400/diagrams/architecture-full.png"
HTTP/2 524
date: Wed, 14 Oct 2026 18:20:09 GMT
cf-resized: err=9504
server: cloudflare
cf-ray: 933d75972b47fbd4-ORD

ERROR 9504: Could not fetch the image - download timed out`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'timeout',
      'timed out',
      'request timed out',
      'download timed out',
      'origin down',
      'overloaded',
      'unable to contact origin',
      'connection timed out',
      '522',
      '524',
      'err=9504',
      'cf-resized: err=9504',
    ],
  },
  {
    id: 'cloudflare/9505',
    provider: 'cloudflare',
    kind: 'code',
    code: '9505',
    title: 'Could not contact the origin',
    summary: 'The resizer could not get the source image because the connection to the origin failed.',
    actor: 'network',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 502,
        message: 'Could not fetch the image',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The origin is down, restarting or overloaded.',
      "The origin refuses or resets connections, for instance because a firewall or a connection limit blocks Cloudflare's addresses.",
    ],
    fixes: [
      'Fetch the source from outside your network with `curl -sv -o /dev/null <source URL>` and watch where the connection fails.',
      "Check the origin's health and logs at the time of the error, and retry once it is stable.",
      "Allow Cloudflare's IP ranges in the origin's firewall and raise connection limits that Cloudflare traffic can hit.",
    ],
    related: ['cloudflare/9504', 'cloudflare/9510', 'cloudflare/9402'],
    history: [],
    caveats: [
      'The troubleshooting page lists 9504, 9505 and 9510 together as "unable to contact origin"; status 502 and the message come only from the errors reference table (publication unconfirmed).',
      'The errors reference gives 9402 the same 502 message, so only the code tells them apart.',
    ],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfErrorsReference'],
    samples: [
      {
        label: 'Origin connection failed (devtools raw headers)',
        paste: `HTTP/1.1 502 Bad Gateway
Date: Sat, 17 Oct 2026 21:58:44 GMT
Connection: keep-alive
Cf-Resized: err=9505
Server: cloudflare
CF-RAY: ea63d383253af6dc-MAD`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'unable to contact origin',
      'origin down',
      'connection refused',
      'connection reset',
      'could not fetch the image',
      '502 bad gateway',
      'err=9505',
      'cf-resized: err=9505',
    ],
  },
  {
    id: 'cloudflare/9509',
    provider: 'cloudflare',
    kind: 'code',
    code: '9509',
    title: 'Origin returned a server error (5xx)',
    summary: 'The origin answered the request for the source image with a 5xx server error.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 502,
        message: 'Could not fetch the image — the server returned HTTP error 502 Bad Gateway',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The application or storage behind the source URL failed while handling the request.',
      'A proxy or load balancer in front of the origin could not reach its own backend.',
      'The origin is overloaded and sheds load with 503 responses.',
    ],
    fixes: [
      'Request the source directly with `curl -sI <source URL>`; if it answers 5xx there too, the fix belongs on the origin.',
      "Read the origin's error logs for the time of the failure.",
      'Retry once the origin has recovered; a successful result is then cached.',
    ],
    related: ['cloudflare/9404', 'cloudflare/9408', 'cloudflare/9519'],
    history: [],
    caveats: [
      'The errors reference (publication unconfirmed) shows 9509 only for an origin 502 passed on as 502; which status comes back for other 5xx answers is not documented.',
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfStreamTroubleshooting',
    ],
    samples: [
      {
        label: 'Origin failed with 502 (curl -i)',
        paste: `$ curl -i "https://listings.example.net/cdn-cgi/image/width=720,height=480,fit=cover/photos/apt-3b/kitchen.jpg"
HTTP/2 502
date: Sun, 18 Oct 2026 10:03:35 GMT
cf-resized: err=9509
server: cloudflare
cf-ray: ef6e96c9a27e6acd-YUL

ERROR 9509: Could not fetch the image — the server returned HTTP error 502 Bad Gateway`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'origin returned 5xx',
      'server error',
      '500 internal server error',
      '502 bad gateway',
      '503 service unavailable',
      'origin error',
      'the server returned http error 502',
      'err=9509',
      'cf-resized: err=9509',
    ],
  },
  {
    id: 'cloudflare/9510',
    provider: 'cloudflare',
    kind: 'code',
    code: '9510',
    title: 'Origin unreachable',
    summary: 'The resizer could not open a connection to the origin to fetch the source image.',
    actor: 'network',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 523,
        message: 'Could not fetch the image',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The origin is down or not listening on the expected port.',
      "Routing or firewall problems keep Cloudflare from reaching the origin's address.",
      'The DNS record for the source host points at an old or wrong IP address.',
    ],
    fixes: [
      'Check that the origin answers from outside your network: `curl -sI <source URL>`.',
      'Compare the A and AAAA records of the source host (`dig +short <host>`) with the address the server really has.',
      "Allow Cloudflare's IP ranges in the origin's firewall.",
    ],
    related: ['cloudflare/9504', 'cloudflare/9505', 'cloudflare/9407'],
    history: [],
    caveats: [
      'The troubleshooting page lists 9504, 9505 and 9510 together as "unable to contact origin"; status 523 and the message come only from the errors reference table (publication unconfirmed).',
    ],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfErrorsReference'],
    samples: [
      {
        label: 'Origin unreachable (curl -sI)',
        paste: `$ curl -sI "https://app.example.org/cdn-cgi/image/width=256/https://uploads.example.org/avatars/u-20931.png"
HTTP/2 523
date: Tue, 20 Oct 2026 02:36:17 GMT
cf-resized: err=9510
server: cloudflare
cf-ray: 5cbc66472b483e39-GRU`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'origin unreachable',
      'unable to contact origin',
      'origin down',
      'no route to host',
      '523',
      'err=9510',
      'cf-resized: err=9510',
    ],
  },
  {
    id: 'cloudflare/9511',
    provider: 'cloudflare',
    kind: 'code',
    code: '9511',
    title: 'Image format not supported (until January 2025)',
    summary:
      "Cloudflare's troubleshooting page used this code for a source image in a format the resizer does not support until January 2025, when 9520 replaced it.",
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [],
    causes: ['The source file is in a format the resizer cannot read.'],
    fixes: [
      'Check the real type of the source with `curl -sI <source URL>` (content-type) and, after downloading it, `file <name>`.',
      'Convert the source to JPEG or PNG and point the transformation at the converted file.',
    ],
    related: ['cloudflare/9520', 'cloudflare/9412'],
    history: [
      {
        when: '2025-01',
        text: 'Every troubleshooting page from the earliest ("Image format not supported") to the 2024 version ("The image format is not supported") listed 9511. PR #19414 ("Updating 9520 as unsupported format", 2025-01-24) renumbered that line to 9520; neither 2025 version of the page nor the errors reference has 9511.',
        sources: ['cfOldTroubleshooting', 'cfTroubleshooting2024', 'cfPr19414', 'cfTroubleshooting'],
      },
    ],
    caveats: [
      'Whether responses still carry err=9511 after the renumbering is not recorded; current documentation uses 9520 for unsupported formats.',
      'No source gives an HTTP status or message for 9511, so the sample has no status line.',
    ],
    sources: ['cfOldTroubleshooting', 'cfTroubleshooting2024', 'cfPr19414'],
    samples: [
      {
        label: 'Unsupported format, early code (response headers only)',
        paste: `cf-resized: err=9511
date: Wed, 21 Oct 2026 14:29:50 GMT
server: cloudflare
cf-ray: 9b1958f7a5a0514b-AMS`,
        origin: 'constructed',
        sources: ['cfOldTroubleshooting'],
      },
    ],
    keywords: [
      'image format not supported',
      'unsupported format',
      'file format',
      'err=9511',
      'cf-resized: err=9511',
    ],
  },
  {
    id: 'cloudflare/9516',
    provider: 'cloudflare',
    kind: 'code',
    code: '9516',
    title: 'Image decoding or encoding failed',
    summary:
      'The resizer failed while decoding the source image or encoding the result; Cloudflare files the code under internal errors.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 422,
        message: 'Could not resize the image: error during decoding: decode error',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 500,
        message: 'Could not resize the image: error during encoding: encode error',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The source file is corrupt, truncated or unusual in a way the decoder rejects (the 422 decode form); one capture got 9516 for a synthetic 50 MiB JPEG padded with zeros.',
      'Encoding the output failed inside the service (the 500 encode form), possibly only for one output format or setting.',
    ],
    fixes: [
      'Download the source and open it locally, or run `identify -verbose <file>`, to see whether it decodes cleanly; re-export it if not.',
      'Try another output format or quality to see whether the encoder is the problem.',
      'If a valid source keeps failing, contact Cloudflare support with the URL and the cf-ray id.',
    ],
    related: ['cloudflare/9523', 'cloudflare/9517'],
    history: [],
    caveats: [
      'Both statuses and messages come only from the errors reference table (publication unconfirmed).',
    ],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfErrorsReference', 'captureUnattributed'],
    samples: [
      {
        label: 'Source could not be decoded (curl -sI)',
        paste: `$ curl -sI "https://press.example.com/cdn-cgi/image/width=1200,format=auto/kits/2026/factory-floor.jpg"
HTTP/2 422
date: Sat, 24 Oct 2026 11:47:08 GMT
cf-resized: err=9516
server: cloudflare
cf-ray: 606568daa33649e2-LHR`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
      {
        label: 'Output could not be encoded (curl -i)',
        paste: `$ curl -i "https://cdn.example.net/cdn-cgi/image/width=2048,format=avif/wallpapers/aurora-4k.png"
HTTP/2 500
date: Tue, 27 Oct 2026 19:15:32 GMT
cf-resized: err=9516
server: cloudflare
cf-ray: 5a631beb3e8d21ae-ARN

ERROR 9516: Could not resize the image: error during encoding: encode error`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'decode error',
      'encode error',
      'error during decoding',
      'error during encoding',
      'corrupt image',
      'truncated file',
      'internal error',
      'err=9516',
      'cf-resized: err=9516',
    ],
  },
  {
    id: 'cloudflare/9517',
    provider: 'cloudflare',
    kind: 'code',
    code: '9517',
    title: 'Internal error',
    summary:
      'Cloudflare lists 9517 as an internal error of the resizing service and gives no further detail.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: ["A failure inside Cloudflare's image service; no source describes what triggers it."],
    fixes: [
      "Retry the request, and check Cloudflare's status page for an ongoing incident.",
      'If it repeats, contact Cloudflare support with the URL, the time and the cf-ray id, as the troubleshooting page advises for internal errors.',
    ],
    related: ['cloudflare/9516', 'cloudflare/9518', 'cloudflare/9522'],
    history: [],
    caveats: ['No source gives an HTTP status or message for 9517, so the sample has no status line.'],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting'],
    samples: [
      {
        label: 'Internal error (headers as a JSON object)',
        paste: `{
  "cf-ray": "8cca8d0003211aa1-FRA",
  "cf-resized": "err=9517",
  "date": "Thu, 29 Oct 2026 07:52:46 GMT",
  "server": "cloudflare"
}`,
        origin: 'constructed',
        sources: ['cfTroubleshooting'],
      },
    ],
    keywords: ['internal error', 'contact support', 'err=9517', 'cf-resized: err=9517'],
  },
  {
    id: 'cloudflare/9518',
    provider: 'cloudflare',
    kind: 'code',
    code: '9518',
    title: 'Internal connection error',
    summary:
      "A connection inside Cloudflare's image service failed; Cloudflare files the code under internal errors.",
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 502,
        message: 'Internal connection error',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: ["A transient failure between components of Cloudflare's image service."],
    fixes: [
      "Retry the request, and check Cloudflare's status page for an ongoing incident.",
      'If it repeats, contact Cloudflare support with the URL, the time and the cf-ray id.',
    ],
    related: ['cloudflare/9517', 'cloudflare/9528'],
    history: [],
    caveats: ['Status 502 and the message come only from the errors reference table (publication unconfirmed).'],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfErrorsReference'],
    samples: [
      {
        label: 'Internal connection error (curl -i)',
        paste: `$ curl -i "https://www.example.com/cdn-cgi/image/width=360,format=auto/staff/j-okafor.jpg"
HTTP/2 502
date: Fri, 30 Oct 2026 13:38:21 GMT
cf-resized: err=9518
server: cloudflare
cf-ray: 7d98303d91b74c5c-DFW

ERROR 9518: Internal connection error`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'internal connection error',
      'internal error',
      '502',
      'err=9518',
      'cf-resized: err=9518',
    ],
  },
  {
    id: 'cloudflare/9519',
    provider: 'cloudflare',
    kind: 'code',
    code: '9519',
    title: 'Origin returned 400 Bad Request',
    summary:
      'According to the errors reference table, the origin answered the request for the source image with 400 Bad Request.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'uncertain',
    variants: [
      {
        status: 502,
        message: 'Could not fetch the image — the server returned HTTP error 400 Bad Request',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      "The origin rejects the resizer's request as malformed, for example because it expects query parameters, headers or cookies the resizer does not send.",
      'The source URL contains characters the origin cannot parse.',
    ],
    fixes: [
      'Request the source without cookies or extra headers: `curl -sI <source URL>`; a 400 there reproduces the problem.',
      "Read the origin's logs to see why it rejected the request.",
      'Make the source URL self-contained, so that everything the origin needs is in the URL.',
    ],
    related: ['cloudflare/9404', 'cloudflare/9408', 'cloudflare/9509'],
    history: [],
    caveats: [
      'Only the errors reference table (publication unconfirmed) lists 9519; the troubleshooting page would put any origin 4xx under 9408, so which code an origin 400 really produces is uncertain.',
    ],
    sources: ['cfErrorsReference'],
    samples: [
      {
        label: 'Origin answered 400 (curl -i)',
        paste: `$ curl -i "https://catalog.example.org/cdn-cgi/image/width=500/https://api.pim.example.org/media?id=77&sig="
HTTP/2 502
date: Sat, 31 Oct 2026 16:24:57 GMT
cf-resized: err=9519
server: cloudflare
cf-ray: 92bc6aeafaac850e-WAW

ERROR 9519: Could not fetch the image — the server returned HTTP error 400 Bad Request`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'origin returned 400',
      'bad request',
      'the server returned http error 400',
      'origin rejected request',
      'err=9519',
      'cf-resized: err=9519',
    ],
  },
  {
    id: 'cloudflare/9520',
    provider: 'cloudflare',
    kind: 'code',
    code: '9520',
    title: 'Unsupported source image format',
    summary: 'The source file is in a format the resizer does not accept.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'documented',
    variants: [
      {
        status: 415,
        message: 'Original image has unsupported format',
        certainty: 'observed',
        sources: ['cfErrorsReference', 'captureUnattributed'],
      },
    ],
    causes: [
      "The source file's format is not among those the resizer reads.",
      'The source is AVIF: the limits page lists AVIF input for Enterprise only, and a 2026 capture got 415 with err=9520 for an AVIF source.',
    ],
    fixes: [
      'Check the source format with `curl -sI <source URL>` (content-type) and, after downloading it, with `file <name>`.',
      'Convert the source to JPEG or PNG and point the transformation at the converted file.',
      'For AVIF sources, keep a JPEG or PNG master for resizing, or ask Cloudflare whether AVIF input can be enabled for the account.',
    ],
    related: ['cloudflare/9412', 'cloudflare/9511', 'cloudflare/9420'],
    history: [
      {
        when: '2025-01',
        text: 'PR #19414 ("Updating 9520 as unsupported format", 2025-01-24) gave the unsupported-format line of the troubleshooting page the code 9520; until then the same line read 9511.',
        sources: ['cfPr19414', 'cfTroubleshooting2024', 'cfTroubleshooting'],
      },
    ],
    caveats: [
      'The AVIF capture contradicts the limits page, which lists AVIF as an input format (Enterprise only); whether AVIF input depends on the plan is not confirmed.',
      'The errors reference (publication unconfirmed) gives the same 415 message for 9420.',
      'Test fixtures for the Workers Images binding show "IMAGES_TRANSFORM_ERROR 9520: Unsupported image format"; that wording is unconfirmed.',
    ],
    sources: ['cfTroubleshooting', 'cfPr19414', 'cfErrorsReference', 'cfLimits', 'miniflareImages', 'captureUnattributed'],
    samples: [
      {
        label: 'AVIF source refused (curl -i)',
        // Status, header and body text as seen in a capture; the other headers are constructed.
        paste: `$ curl -i "https://www.example.net/cdn-cgi/image/width=640,format=auto/photos/harbour-dusk.avif"
HTTP/2 415
date: Tue, 17 Nov 2026 09:08:14 GMT
cf-resized: err=9520
server: cloudflare
cf-ray: 440f7c28a0269543-CDG

ERROR 9520: Original image has unsupported format`,
        origin: 'constructed',
        sources: ['captureUnattributed'],
      },
      {
        label: 'Unsupported source format (devtools raw headers)',
        paste: `HTTP/1.1 415 Unsupported Media Type
Date: Mon, 23 Nov 2026 20:41:03 GMT
Connection: keep-alive
Cf-Resized: err=9520
Server: cloudflare
CF-RAY: 59a95aa7f4e972ea-SYD`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'unsupported format',
      'original image has unsupported format',
      'avif input',
      'avif not supported',
      'image format not supported',
      'unsupported media type',
      '415',
      'err=9520',
      'cf-resized: err=9520',
    ],
  },
  {
    id: 'cloudflare/9522',
    provider: 'cloudflare',
    kind: 'code',
    code: '9522',
    title: 'Image service overloaded',
    summary:
      'The resizer hit its processing limit, or the Cloudflare location handling the request was too busy.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 503,
        message: 'Could not resize the image: internal error while processing the image',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 503,
        message: 'The service in this colo is too busy',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 504,
        message: 'The service in this colo was too busy',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 503,
        message: 'Error happened during redirecting resizing request via router',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'A burst of new, uncached transformations, for example right after the whole zone was purged.',
      'Very large images or output dimensions that take long to process.',
      'Temporary load in the Cloudflare location (colo) that served the request.',
    ],
    fixes: [
      'Retry after a short delay.',
      'Purge single source URLs rather than the whole zone, so fewer variants must be regenerated at once.',
      'Request smaller outputs and keep source images reasonably sized.',
      'If it persists, contact Cloudflare support with a few cf-ray ids (their suffix names the location).',
    ],
    related: ['cloudflare/9527', 'cloudflare/9529', 'cloudflare/9517'],
    history: [],
    caveats: [
      'The statuses and messages come only from the errors reference table (publication unconfirmed); the troubleshooting page also counts 9522 among internal errors.',
    ],
    sources: ['cfTroubleshooting', 'cfOldTroubleshooting', 'cfErrorsReference'],
    samples: [
      {
        label: 'Location too busy (curl -i)',
        paste: `$ curl -i "https://shop.example.org/cdn-cgi/image/width=800,format=auto/collections/winter/coat-navy.jpg"
HTTP/2 503
date: Sat, 28 Nov 2026 10:57:39 GMT
cf-resized: err=9522
server: cloudflare
cf-ray: c17fdf96c99381fc-IAD

ERROR 9522: The service in this colo is too busy`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
      {
        label: 'Location was too busy (curl -sI)',
        paste: `$ curl -sI "https://magazine.example.com/cdn-cgi/image/width=1920,quality=90/features/deep-sea/anglerfish.jpg"
HTTP/2 504
date: Fri, 04 Dec 2026 03:19:25 GMT
cf-resized: err=9522
server: cloudflare
cf-ray: c7c528537a71fded-SIN`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'too busy',
      'the service in this colo is too busy',
      'overloaded',
      'processing limit',
      'after purge',
      'purge everything',
      '503 service unavailable',
      '504',
      'internal error while processing the image',
      'err=9522',
      'cf-resized: err=9522',
    ],
  },
  {
    id: 'cloudflare/9523',
    provider: 'cloudflare',
    kind: 'code',
    code: '9523',
    title: 'Could not resize the image',
    summary:
      'The resizing service could not process the image, for example because the source was not a valid image; Cloudflare also counts the code among internal errors.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 422,
        message: 'Could not resize the image: error occurred while downloading the image',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 500,
        message: 'Could not resize the image: internal error while processing the image',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 500,
        message:
          "Internal error. This isn't supposed to happen, please reach out to customer support with error id: a2f76fe7-f70e-4e6f-a7df-cf2108c3e89c",
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 500,
        message:
          "Internal error. This isn't supposed to happen, please reach out to customer support with error id: 61a8d760-976a-4a0f-a914-b1cd5dc0868b",
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'The source is not a valid image or is in a format the service cannot use, the example the troubleshooting page gives.',
      'The source could not be downloaded completely (the 422 form).',
      'An internal failure in the service; the 500 form asks you to contact support with the error id it contains.',
      'With the Workers Images binding, any error response that carries no code of its own is reported as 9523 ("Unexpected error response <status>: <body>").',
    ],
    fixes: [
      'Check the source with `curl -sI <source URL>`: status 200, an `image/*` content-type and a plausible content-length.',
      'Download and open the source to rule out a broken file, and re-export it if needed.',
      'For the 500 form, send Cloudflare support the error id from the message along with the URL and the cf-ray id.',
      'With the Images binding, log `error.code` and `error.message` of the thrown error to see the underlying status and body.',
    ],
    related: ['cloudflare/9516', 'cloudflare/9416', 'cloudflare/9525'],
    history: [
      {
        when: '2024-05',
        text: 'PR #14629 ("[Image] Update troubleshooting.md"; its description: "Let\'s publicly document the ERROR 9523") added the line that explains 9523: the /cdn-cgi/image/ service could not resize, for example because the image has an invalid format. The code itself had been listed among the internal errors since the earliest troubleshooting page.',
        sources: ['cfPr14629', 'cfOldTroubleshooting'],
      },
    ],
    caveats: [
      'The statuses and messages come only from the errors reference table (publication unconfirmed). The error ids in the two "Internal error" messages belong to particular incidents; yours will differ.',
      'The errors reference lists the same 422 message under 9416.',
      "Cloudflare's local emulator (miniflare) also reports local failures as 9523, for example when the Sharp library is unavailable, so a 9523 under `wrangler dev` may not reflect production.",
    ],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfErrorsReference',
      'cfPr14629',
      'workerdImagesApi',
      'miniflareImages',
    ],
    samples: [
      {
        label: 'Source download failed during resizing (curl -sI)',
        paste: `$ curl -sI "https://www.example.org/cdn-cgi/image/width=900,format=auto/reports/2026/chart-revenue.png"
HTTP/2 422
date: Thu, 10 Dec 2026 12:06:52 GMT
cf-resized: err=9523
server: cloudflare
cf-ray: 023e6f976a5895ac-FRA`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
      {
        label: 'Internal processing error (curl -i)',
        paste: `$ curl -i "https://img.example.com/cdn-cgi/image/width=1500,fit=contain,background=white/catalog/chair-oak.png"
HTTP/2 500
date: Sun, 20 Dec 2026 15:33:10 GMT
cf-resized: err=9523
server: cloudflare
cf-ray: 2fe6ccf7db8de86a-AMS

ERROR 9523: Could not resize the image: internal error while processing the image`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'could not resize the image',
      'internal error',
      'internal error while processing the image',
      "this isn't supposed to happen",
      'error id',
      'reach out to customer support',
      'invalid image',
      'unexpected error response',
      'images binding',
      'err=9523',
      'cf-resized: err=9523',
    ],
  },
  {
    id: 'cloudflare/9524',
    provider: 'cloudflare',
    kind: 'code',
    code: '9524',
    title: 'Resizing blocked by a Worker or a pages.dev host',
    summary:
      'The /cdn-cgi/image/ service could not resize, most likely because a Worker intercepted the image URL or the request used a pages.dev hostname.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: [
      "A Worker route covers the source image URL (a route on `/*`, for example), so the resizer's request for the source reaches the Worker instead of the origin.",
      'The /cdn-cgi/image/ URL is on a `*.pages.dev` hostname, where transformations do not work.',
    ],
    fixes: [
      'Narrow the Worker routes so they do not match image paths, or have the Worker pass requests whose `Via` header contains `image-resizing` straight to the origin.',
      'Or resize inside the Worker itself with `cf.image` on its `fetch()` of the source, the alternative the troubleshooting page recommends.',
      "Use the Pages project's custom domain on the zone instead of its pages.dev hostname for /cdn-cgi/image/ URLs.",
      'Fetch the source URL alone with `curl -sI <source URL>` and check that the answer comes from the origin, not from the Worker.',
    ],
    related: ['cloudflare/9403', 'cloudflare/not-resized'],
    history: [
      {
        when: '2023-10',
        text: 'PR #11201 added the note that /cdn-cgi/image/ does not work on pages.dev hostnames.',
        sources: ['cfPr11201'],
      },
      {
        when: 'date not recorded',
        text: 'PR #12372 ("Add resize with workers recommendation to error 9524") added the advice to resize within the Worker instead. The cause itself, an image URL intercepted by a Worker, was already on the earliest troubleshooting page.',
        sources: ['cfPr12372', 'cfOldTroubleshooting'],
      },
    ],
    caveats: ['No source gives an HTTP status or message for 9524, so the sample has no status line.'],
    sources: [
      'cfTroubleshooting',
      'cfOldTroubleshooting',
      'cfPr11201',
      'cfPr12372',
      'cfTransformViaWorkers',
    ],
    samples: [
      {
        label: 'Resizing blocked (response headers only)',
        paste: `date: Tue, 03 Nov 2026 17:44:29 GMT
server: cloudflare
cf-resized: err=9524
cf-ray: 78407926c6b0a741-LHR`,
        origin: 'constructed',
        sources: ['cfTroubleshooting'],
      },
    ],
    keywords: [
      'pages.dev',
      'cloudflare pages',
      'worker intercepted',
      'worker route',
      'could not perform resizing',
      'cdn-cgi/image not working',
      'err=9524',
      'cf-resized: err=9524',
    ],
  },
  {
    id: 'cloudflare/9525',
    provider: 'cloudflare',
    kind: 'code',
    code: '9525',
    title: 'Image transformer already used',
    summary:
      "A Worker called `.output()` a second time on the same Images binding transformer, which the runtime refuses.",
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: null,
        message: 'ImageTransformer consumed; you may only call .output() once',
        certainty: 'vendor-code',
        sources: ['workerdImagesApi'],
      },
    ],
    causes: [
      'The same transformer from `env.IMAGES.input(...)` is used for two outputs, for example to produce two sizes.',
      'A retry path or a shared helper calls `.output()` again on a transformer that has already produced its result.',
    ],
    fixes: [
      'Create a fresh transformer with `env.IMAGES.input(stream)` for every output; a stream can be read only once, so split it with `stream.tee()` or fetch the source again for each one.',
      'Keep the result of the first `.output()` call and reuse it instead of calling `.output()` again.',
    ],
    related: ['cloudflare/9430', 'cloudflare/9523'],
    history: [],
    caveats: [
      "Known only from Cloudflare's workerd source code; no documentation lists 9525.",
      'The runtime throws this error inside the Worker before any request is made, so it never appears in an HTTP response or a Cf-Resized header; the sample is the error message itself.',
    ],
    sources: ['workerdImagesApi'],
    samples: [
      {
        label: 'Worker returning the binding error it caught (curl -i)',
        // Constructed: the runtime throws this message (vendor code); here a Worker catches it
        // and answers with it, as Workers commonly do.
        paste: `$ curl -i "https://thumbs.example.com/avatar/u-2231.png?w=96"
HTTP/2 500
date: Fri, 13 Nov 2026 17:48:02 GMT
content-type: text/plain;charset=UTF-8
content-length: 87
server: cloudflare
cf-ray: 8f2c9e1d7a6b5c43-MAD

IMAGES_TRANSFORM_ERROR 9525: ImageTransformer consumed; you may only call .output() once`,
        origin: 'constructed',
        sources: ['workerdImagesApi'],
      },
    ],
    keywords: [
      'imagetransformer consumed',
      'you may only call .output() once',
      'images_transform_error',
      'images binding',
      'env.images',
      'workers',
    ],
  },
  {
    id: 'cloudflare/9527',
    provider: 'cloudflare',
    kind: 'code',
    code: '9527',
    title: 'Service too busy for large images',
    summary:
      'According to the errors reference table, the Cloudflare location was too busy to process a large image at that moment.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 503,
        message: "The service in this colo is busy and can't handle large images right now",
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 503,
        message: 'Could not resize the image: internal error while processing the image',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'A large source image or output arrived while the location was under load.',
      'Temporary capacity limits in that Cloudflare location.',
    ],
    fixes: [
      'Retry after a short delay.',
      'Make large sources smaller before upload and request smaller outputs.',
      'If it persists, contact Cloudflare support with the URL and the cf-ray id.',
    ],
    related: ['cloudflare/9522', 'cloudflare/9529'],
    history: [],
    caveats: [
      'Only the errors reference table (publication unconfirmed) lists 9527.',
      'Its second message is also listed under 9522 and 9523, so the text alone does not identify the code.',
    ],
    sources: ['cfErrorsReference'],
    samples: [
      {
        label: 'Too busy for a large image (curl -i)',
        paste: `$ curl -i "https://archive.example.net/cdn-cgi/image/width=3000/maps/1890-city-survey.jpg"
HTTP/2 503
date: Tue, 01 Dec 2026 08:30:44 GMT
cf-resized: err=9527
server: cloudflare
cf-ray: 4babe868ea340921-EWR

ERROR 9527: The service in this colo is busy and can't handle large images right now`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      "can't handle large images right now",
      'too busy',
      'large image',
      'colo busy',
      '503',
      'err=9527',
      'cf-resized: err=9527',
    ],
  },
  {
    id: 'cloudflare/9528',
    provider: 'cloudflare',
    kind: 'code',
    code: '9528',
    title: 'Processing aborted',
    summary:
      'According to the errors reference table, the resize operation or the request was aborted before it finished.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 502,
        message: 'Could not resize the image: operation aborted',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
      {
        status: 502,
        message: 'Request aborted',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'Processing was stopped part-way; no source says why.',
      'Possibly the client or Worker that made the request disconnected or cancelled it before the result was ready (an inference from "Request aborted").',
    ],
    fixes: [
      'Retry the request and let it complete; in a Worker, do not cancel the image subrequest early.',
      'Try a smaller source or output to see whether size plays a part.',
      'If it persists, contact Cloudflare support with the URL and the cf-ray id.',
    ],
    related: ['cloudflare/9518'],
    history: [],
    caveats: ['Only the errors reference table (publication unconfirmed) lists 9528.'],
    sources: ['cfErrorsReference'],
    samples: [
      {
        label: 'Operation aborted (curl -sI)',
        paste: `$ curl -sI "https://portfolio.example.com/cdn-cgi/image/width=2400,quality=92/series/salt-flats/07.jpg"
HTTP/2 502
date: Sun, 22 Nov 2026 22:14:06 GMT
cf-resized: err=9528
server: cloudflare
cf-ray: 89c07437f6e26000-DEN`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'operation aborted',
      'request aborted',
      'aborted',
      '502',
      'err=9528',
      'cf-resized: err=9528',
    ],
  },
  {
    id: 'cloudflare/9529',
    provider: 'cloudflare',
    kind: 'code',
    code: '9529',
    title: 'Image too large or service too busy',
    summary:
      'According to the errors reference table, the service gave up because the image was too large to process or it was too busy.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [
      {
        status: 504,
        message: 'The image is too large to process or the service is too busy',
        certainty: 'uncertain',
        sources: ['cfErrorsReference'],
      },
    ],
    causes: [
      'A very large source image or output size.',
      'Load in the Cloudflare location that served the request.',
    ],
    fixes: [
      'Reduce the dimensions and file size of the source (the limits page allows 100 megapixels and 100 MB for remote images) and request smaller outputs.',
      'Retry after a short delay.',
      'If it persists with modest images, contact Cloudflare support with the URL and the cf-ray id.',
    ],
    related: ['cloudflare/9413', 'cloudflare/9522', 'cloudflare/9527'],
    history: [],
    caveats: ['Only the errors reference table (publication unconfirmed) lists 9529.'],
    sources: ['cfErrorsReference', 'cfLimits'],
    samples: [
      {
        label: 'Too large or too busy (curl -i)',
        paste: `$ curl -i "https://prints.example.org/cdn-cgi/image/width=6000,format=jpeg/originals/glacier-pano.png"
HTTP/2 504
date: Sat, 24 Jan 2026 05:49:18 GMT
cf-resized: err=9529
server: cloudflare
cf-ray: 9d296fe2613a74d1-MEL

ERROR 9529: The image is too large to process or the service is too busy`,
        origin: 'constructed',
        sources: ['cfErrorsReference'],
      },
    ],
    keywords: [
      'image is too large to process',
      'service is too busy',
      'too large',
      'gateway timeout',
      '504',
      'err=9529',
      'cf-resized: err=9529',
    ],
  },
];
