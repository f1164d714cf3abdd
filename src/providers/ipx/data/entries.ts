/**
 * IPX (unjs/ipx), the image server behind Nuxt Image's default provider on `/_ipx/`: every error
 * code its source throws (v3.1.1 and v4.0.0-beta.1, read from unjs/ipx), the messages IPX 0.x/1.x
 * sent before codes existed, and the condition of a transformed image (facts, section 5).
 *
 * The codes, statuses and message templates are read from IPX's source; the headers around them in
 * the samples are constructed, since no complete capture of an IPX error response was found.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

const CONSTRUCTED_HEADERS =
  'The code, status and message come from IPX’s source; no complete capture of this response was found, so the other headers of the sample are constructed.';
const REASON_PHRASE =
  'IPX sets the code as the HTTP/1.1 reason phrase (`403 IPX_FORBIDDEN_HOST`); whether proxies in front of Nitro keep it is not recorded, and HTTP/2 has no reason phrase.';
const STATUS_CAVEAT =
  'This entry is for a response whose body the paste does not show; which codes go with the status is read from IPX 4’s source (IPX 2 and 3 answered a few of them, an invalid URL and sharp’s own failures, with 500).';
const V4_ONLY = 'This code exists in IPX 4 (Nuxt Image 2.1 and later) only.';

export const ipxEntries: CatalogEntry[] = [
  {
    id: 'ipx/forbidden-host',
    provider: 'ipx',
    kind: 'condition',
    code: 'forbidden-host',
    title: 'Remote host not in IPX’s domains',
    summary: 'The image path is an absolute URL whose host is not in IPX’s `domains` list (Nuxt Image’s `image.domains`), so IPX refused to fetch it.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 403, message: 'Forbidden host: <hostname>', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] },
      { status: 403, message: 'IPX: Forbidden host', certainty: 'observed', sources: ['ipxSource0', 'nuxtImage710'] },
    ],
    causes: [
      'The host is missing from `image.domains` in `nuxt.config` (or from IPX’s `domains` option, `IPX_HTTP_DOMAINS`).',
      'The listed value differs from the image’s host: `example.com` listed for an image on `cdn.example.com` or `www.example.com`; IPX compares host names exactly.',
      'The source redirects to another host (`picsum.photos` to `fastly.picsum.photos`): IPX 4 checks the host of every redirect, so both must be listed.',
      'The `/_ipx/…/https://host/…` URL was built by hand or by another tool: the Nuxt Image component itself falls back to the original URL for an unlisted host instead of asking IPX.',
    ],
    fixes: [
      'Add the exact host to `image.domains` in `nuxt.config`: `image: { domains: [\'images.example.com\'] }`, then restart or rebuild.',
      'For a source that redirects, list the host it redirects to as well (`curl -sIL <source>` shows each hop).',
      'Running IPX on its own: pass `domains` to `ipxHttpStorage({ domains: [...] })` or set `IPX_HTTP_DOMAINS`.',
    ],
    related: ['ipx/missing-hostname', 'ipx/fetch-failed', 'ipx/too-many-redirects'],
    history: [
      { when: 'IPX 0.x-1.x', text: 'Text body `IPX Error: Error: Forbidden host (<hostname>)`, reason phrase `IPX: Forbidden host`, no code.', sources: ['ipxSource0', 'nuxtImage710'] },
      { when: 'IPX 2-3', text: 'JSON `{"error":{"message":"[403] [IPX_FORBIDDEN_HOST] Forbidden host: <hostname>"}}`.', sources: ['ipxSource3'] },
      { when: 'IPX 4', text: 'JSON `{"status":403,"statusText":"IPX_FORBIDDEN_HOST","message":"Forbidden host: <hostname>"}`; redirects are followed by IPX itself and each hop’s host is checked.', sources: ['ipxSource4'] },
    ],
    caveats: [REASON_PHRASE, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4', 'ipxSource3', 'nuxtImageIpx', 'nuxtImageRuntime'],
    samples: [
      {
        label: 'Nuxt Image 1.x, CMS host not in image.domains (curl -i)',
        paste: `$ curl -i "https://www.fernhill-gardens.com/_ipx/w_640&f_webp/https://images.prismic.io/fernhill/roses.jpg"
HTTP/1.1 403 IPX_FORBIDDEN_HOST
content-type: application/json
date: Tue, 17 Nov 2026 09:12:44 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 84

{"error":{"message":"[403] [IPX_FORBIDDEN_HOST] Forbidden host: images.prismic.io"}}
`,
        origin: 'constructed',
        sources: ['ipxSource3'],
      },
      {
        label: 'Nuxt Image 2.1 (IPX 4), redirect to another host (curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/s_400x300/https://picsum.photos/id/237/800/600"
HTTP/1.1 403 IPX_FORBIDDEN_HOST
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:15:02 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 97

{"status":403,"statusText":"IPX_FORBIDDEN_HOST","message":"Forbidden host: fastly.picsum.photos"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_FORBIDDEN_HOST', 'forbidden host', 'image.domains', 'domains', 'nuxt image remote', 'external image', '403', 'allow list', 'ipx 403'],
  },
  {
    id: 'ipx/file-not-found',
    provider: 'ipx',
    kind: 'condition',
    code: 'file-not-found',
    title: 'Local image file not found',
    summary: 'IPX looked for the image in its file-system directory (Nuxt’s `public/` by default) and found no file at that path.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 404, message: 'File not found: <id>', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] },
      { status: 404, message: 'IPX Error: Error: File not found (/my/very/secret/path/.output/public/img/Bane/banner.jpg)', certainty: 'observed', sources: ['nuxtImage710'] },
      { status: 400, message: 'Path should be a file', certainty: 'vendor-code', sources: ['ipxSource0'] },
    ],
    causes: [
      'The `src` has a typo or a different case (`Hero.JPG` against `hero.jpg`; Linux servers are case-sensitive).',
      'The file is in `assets/` rather than `public/`: IPX reads only the directory it is given (`image.dir`, `public/` by default).',
      'The path includes the directory name (`/public/hero.jpg`) or a base URL, where IPX expects the path inside that directory (`/hero.jpg`).',
      'The file was added after the build and the production server reads the built `.output/public`.',
    ],
    fixes: [
      'Request the file itself (`/hero.jpg` without `/_ipx/…`): if that is 404 too, fix the path or move the file into `public/`.',
      'Write `src` as the path under `public/`, starting with `/`.',
      'If images live elsewhere, point `image.dir` at that directory, or add an `alias` for a prefix.',
    ],
    related: ['ipx/resource-not-found', 'ipx/forbidden-path'],
    history: [
      { when: 'IPX 0.x-1.x', text: '`IPX Error: Error: File not found (<absolute path on the server>)`: the text revealed the server’s directory layout (nuxt/image #710). A directory instead of a file gave 400 `Path should be a file`.', sources: ['ipxSource0', 'nuxtImage710'] },
      { when: 'IPX 2-4', text: 'Code `IPX_FILE_NOT_FOUND`, message `File not found: <id>` naming only the requested path.', sources: ['ipxSource3', 'ipxSource4'] },
    ],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource4', 'ipxSource3', 'nuxtImage710'],
    samples: [
      {
        label: 'Nuxt Image 2.1 (IPX 4), typo in the file name (curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/w_800&f_webp/images/herro.jpg"
HTTP/1.1 404 IPX_FILE_NOT_FOUND
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:20:37 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 94

{"status":404,"statusText":"IPX_FILE_NOT_FOUND","message":"File not found: /images/herro.jpg"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
      {
        label: 'Nuxt 2 with IPX 0.x leaks the server path (curl -i)',
        paste: `$ curl -i "https://www.fernhill-gardens.com/_ipx/w_1200/img/Bane/banner.jpg"
HTTP/1.1 404 IPX: File not found
date: Tue, 17 Nov 2026 09:22:10 GMT
connection: keep-alive
content-length: 90

IPX Error: Error: File not found (/my/very/secret/path/.output/public/img/Bane/banner.jpg)
`,
        origin: 'capture',
        sources: ['nuxtImage710'],
      },
    ],
    keywords: ['IPX_FILE_NOT_FOUND', 'file not found', 'public folder', 'assets folder', 'nuxt image 404', '404', 'ipx 404'],
  },
  {
    id: 'ipx/fetch-failed',
    provider: 'ipx',
    kind: 'condition',
    code: 'fetch-failed',
    title: 'The remote source answered with an error',
    summary: 'IPX fetched the remote image and the source answered with an error status; IPX passes that status and reason on, in place of a code of its own.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [
      { status: 404, message: 'Failed to fetch <id>: 404 Not Found', certainty: 'vendor-code', sources: ['ipxSource4'] },
      {
        status: 403,
        message: '[403] [Forbidden] [GET] "https://storage.iran.liara.space/cheatsgame-storage/product/main_images/2-137_1.png?AWSAccessKeyId=6499e5um61969pmk&Signature=FXzkCysyZhe9+PlRFbmF3TBOqMY=&Expires=1711465733": 403 Forbidden',
        certainty: 'observed',
        sources: ['nuxtImage1302'],
      },
      { status: 403, message: 'IPX Error: Error: Fetch error (Forbidden)', certainty: 'observed', sources: ['nuxtImage710', 'ipxSource0'] },
    ],
    causes: [
      'The remote image does not exist (404) or moved without a redirect.',
      'The source refuses IPX’s server: hotlink protection, a firewall, or a private bucket (403).',
      'A signed URL (S3 `Signature`, `Expires`) expired or was altered when it was put inside the `/_ipx/` path.',
      'The source rate-limits or fails (429, 5xx).',
    ],
    fixes: [
      'Request the source URL from the server that runs IPX (`curl -sI <source>`): the status you see there is the one IPX passed on.',
      'Make the source public for the server’s requests, or copy the image into `public/`.',
      'Do not put short-lived signed URLs through IPX: the optimized result outlives the signature; sign a longer-lived URL or serve such images directly.',
    ],
    related: ['ipx/forbidden-host', 'ipx/dns-lookup-failed', 'ipx/invalid-image'],
    history: [
      { when: 'IPX 0.x-1.x', text: '`IPX Error: Error: Fetch error (<reason>)` with the source’s status.', sources: ['ipxSource0'] },
      { when: 'IPX 2-3', text: 'The fetch library’s message inside the JSON: `[<status>] [<reason>] [GET] "<url>": <status> <reason>`.', sources: ['ipxSource3', 'nuxtImage1302'] },
      { when: 'IPX 4', text: '`{"status":<status>,"statusText":"<reason>","message":"Failed to fetch <id>: <status> <reason>"}`.', sources: ['ipxSource4'] },
    ],
    caveats: ['The status of the response is the source’s, not IPX’s: a 404 here is a missing remote file, not a missing local one.', CONSTRUCTED_HEADERS],
    sources: ['ipxSource4', 'ipxSource3', 'nuxtImage1302'],
    samples: [
      {
        label: 'Nuxt Image 1.x, expired S3 signature (captured body, curl -i)',
        paste: `$ curl -i "https://shop.cheatsgame.example/_ipx/w_300&f_webp/https://storage.iran.liara.space/cheatsgame-storage/product/main_images/2-137_1.png%3FAWSAccessKeyId=6499e5um61969pmk%26Signature=FXzkCysyZhe9+PlRFbmF3TBOqMY=%26Expires=1711465733"
HTTP/1.1 403 Forbidden
content-type: application/json
date: Tue, 26 Mar 2024 14:10:51 GMT
connection: keep-alive

{
  "error": {
    "message": "[403] [Forbidden] [GET] \\"https://storage.iran.liara.space/cheatsgame-storage/product/main_images/2-137_1.png?AWSAccessKeyId=6499e5um61969pmk&Signature=FXzkCysyZhe9+PlRFbmF3TBOqMY=&Expires=1711465733\\": 403 Forbidden"
  }
}
`,
        origin: 'capture',
        sources: ['nuxtImage1302'],
      },
      {
        label: 'Nuxt Image 2.1 (IPX 4), remote image gone (curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/w_640/https://images.example.com/old/roses.jpg"
HTTP/1.1 404 Not Found
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:31:18 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 123

{"status":404,"statusText":"Not Found","message":"Failed to fetch https://images.example.com/old/roses.jpg: 404 Not Found"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['failed to fetch', 'fetch error', 'remote image 403', 'signed url', 's3', 'upstream', 'ipx remote 404'],
  },
  {
    id: 'ipx/missing-modifiers',
    provider: 'ipx',
    kind: 'condition',
    code: 'missing-modifiers',
    title: 'No modifiers segment in the IPX URL',
    summary: 'The IPX URL has no modifiers segment: IPX reads `/<modifiers>/<path>` and needs `_` when there are none.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: 'Modifiers are missing: <id>', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] },
      { status: 400, message: 'IPX: Modifiers are missing', certainty: 'vendor-code', sources: ['ipxSource0'] },
    ],
    causes: [
      'A hand-built URL such as `/_ipx//images/hero.jpg` (empty segment) or `/_ipx/` alone.',
      'A proxy or rewrite collapsed the double slash of an empty segment.',
    ],
    fixes: [
      'Put `_` where no modifier is wanted: `/_ipx/_/images/hero.jpg`; otherwise `w_640`, `f_webp` and so on, joined with `&` or `,`.',
      'Build the URL with Nuxt Image’s `<NuxtImg>` or `$img()` rather than by hand.',
    ],
    related: ['ipx/missing-id', 'ipx/invalid-modifier-arg'],
    history: [{ when: 'IPX 0.x-1.x', text: 'Reason phrase `IPX: Modifiers are missing`, text body `IPX Error: Error: Modifiers are missing (<url>)`.', sources: ['ipxSource0'] }],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource4', 'ipxReadme'],
    samples: [
      {
        label: 'Empty modifiers segment (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx//images/hero.jpg"
HTTP/1.1 400 IPX_MISSING_MODIFIERS
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:35:40 GMT
connection: keep-alive
content-length: 87

{"status":400,"statusText":"IPX_MISSING_MODIFIERS","message":"Modifiers are missing: "}
`,
        origin: 'vendor-doc',
        sources: ['ipxTests4'],
      },
    ],
    keywords: ['IPX_MISSING_MODIFIERS', 'modifiers are missing', 'underscore', '/_ipx/_/'],
  },
  {
    id: 'ipx/missing-id',
    provider: 'ipx',
    kind: 'condition',
    code: 'missing-id',
    title: 'No image path in the IPX URL',
    summary: 'The IPX URL ends after the modifiers: there is no path or URL of a source image to transform.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: 'Resource id is missing: /test', certainty: 'vendor-code', sources: ['ipxTests4'] },
      { status: 400, message: 'Resource id is missing', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] },
    ],
    causes: [
      'The component rendered with an empty `src` (an undefined CMS field), giving `/_ipx/w_640/`.',
      'A base URL was configured where the image path should go.',
    ],
    fixes: ['Make sure `src` has a value before rendering the image; render a placeholder otherwise.', 'Check the URL has three parts: `/_ipx/`, the modifiers, the image path.'],
    related: ['ipx/missing-modifiers'],
    history: [{ when: 'IPX 0.x-1.x', text: '`IPX Error: Error: Resource id is missing (<url>)`, without a code.', sources: ['ipxSource0'] }],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource4', 'ipxTests4'],
    samples: [
      {
        label: 'Empty src renders /_ipx/w_640/ (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/w_640/"
HTTP/1.1 400 IPX_MISSING_ID
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:37:12 GMT
connection: keep-alive
content-length: 93

{"status":400,"statusText":"IPX_MISSING_ID","message":"Resource id is missing: /_ipx/w_640/"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_MISSING_ID', 'resource id is missing', 'empty src', 'undefined src'],
  },
  {
    id: 'ipx/no-storage',
    provider: 'ipx',
    kind: 'condition',
    code: 'no-storage',
    title: 'IPX has no storage for this source',
    summary: 'IPX was created without a storage that can serve this kind of path: no file-system storage for a local path, no HTTP storage for a URL.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 500, message: 'No storage configured!', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] },
      { status: 400, message: 'Unknown source', certainty: 'vendor-code', sources: ['ipxSource0'] },
    ],
    causes: [
      'A self-built IPX server (`createIPX({})`) without `storage` or `httpStorage`.',
      'Nuxt Image creates HTTP storage only when `image.domains` (IPX `http.domains`) is set, so a remote URL with an empty list finds no storage for it.',
    ],
    fixes: [
      'Pass `storage: ipxFSStorage({ dir: "./public" })` and, for remote images, `httpStorage: ipxHttpStorage({ domains: [...] })` to `createIPX`.',
      'With Nuxt Image, list the remote hosts in `image.domains`.',
    ],
    related: ['ipx/forbidden-host'],
    history: [{ when: 'IPX 0.x-1.x', text: 'An unknown source name gave 400 `Unknown source`.', sources: ['ipxSource0'] }],
    caveats: ['That Nuxt without `image.domains` ends here for a remote URL is read from Nuxt Image’s route code, not from a recorded response.', CONSTRUCTED_HEADERS],
    sources: ['ipxSource4', 'nuxtImageRuntime'],
    samples: [
      {
        label: 'IPX server without storage (IPX 3, curl -i)',
        paste: `$ curl -i "http://localhost:3001/w_400/photos/dune.jpg"
HTTP/1.1 500 IPX_NO_STORAGE
content-type: application/json
date: Tue, 17 Nov 2026 09:40:03 GMT
connection: keep-alive
content-length: 69

{"error":{"message":"[500] [IPX_NO_STORAGE] No storage configured!"}}
`,
        origin: 'constructed',
        sources: ['ipxSource3'],
      },
    ],
    keywords: ['IPX_NO_STORAGE', 'no storage configured', 'createIPX', 'ipxFSStorage', 'ipxHttpStorage'],
  },
  {
    id: 'ipx/resource-not-found',
    provider: 'ipx',
    kind: 'condition',
    code: 'resource-not-found',
    title: 'Storage returned nothing for the image',
    summary: 'IPX asked its storage for the image and got nothing back: the key does not exist in that storage (an unstorage driver, or a remote that sent no data).',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 404, message: 'Resource not found: <id>', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] }],
    causes: [
      'An unstorage-backed IPX (S3, Cloudflare R2, a KV store) has no object under that key.',
      'The key differs from the stored one by a prefix or case.',
    ],
    fixes: ['List the storage’s keys and compare them with the path after the modifiers.', 'Check any `alias` that rewrites the prefix of the path.'],
    related: ['ipx/file-not-found', 'ipx/storage-error'],
    history: [],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource4', 'ipxSource3'],
    samples: [
      {
        label: 'Key missing from an unstorage bucket (IPX 4, curl -i)',
        paste: `$ curl -i "https://img.fernhill-gardens.com/_ipx/w_320/uploads/2026/tulips.jpg"
HTTP/1.1 404 IPX_RESOURCE_NOT_FOUND
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:42:27 GMT
connection: keep-alive
content-length: 109

{"status":404,"statusText":"IPX_RESOURCE_NOT_FOUND","message":"Resource not found: /uploads/2026/tulips.jpg"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_RESOURCE_NOT_FOUND', 'resource not found', 'unstorage', 's3', 'r2'],
  },
  {
    id: 'ipx/forbidden-path',
    provider: 'ipx',
    kind: 'condition',
    code: 'forbidden-path',
    title: 'Path leaves IPX’s directory',
    summary: 'The image path resolves outside the directory IPX serves (`..` segments or an absolute path), so IPX refused it.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 403, message: 'Forbidden path: <id>', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] },
      { status: 403, message: 'IPX: Forbidden path', certainty: 'vendor-code', sources: ['ipxSource0'] },
    ],
    causes: ['A path with `../`, often from joining a relative path the wrong way, or a probe by a scanner.', 'An `alias` that maps a prefix outside the served directory.'],
    fixes: ['Use paths relative to the served directory, starting with `/`.', 'To serve a second directory, give IPX more than one `dir` or a storage of its own rather than climbing out of the first.'],
    related: ['ipx/forbidden-file', 'ipx/forbidden-symlink'],
    history: [],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Relative path climbs out of public/ (IPX 3, curl -i)',
        paste: `$ curl -i --path-as-is "http://localhost:3000/_ipx/w_200/../nuxt.config.ts"
HTTP/1.1 403 IPX_FORBIDDEN_PATH
content-type: application/json
date: Tue, 17 Nov 2026 09:44:55 GMT
connection: keep-alive
content-length: 85

{"error":{"message":"[403] [IPX_FORBIDDEN_PATH] Forbidden path: /../nuxt.config.ts"}}
`,
        origin: 'constructed',
        sources: ['ipxSource3'],
      },
    ],
    keywords: ['IPX_FORBIDDEN_PATH', 'forbidden path', 'path traversal', '..'],
  },
  {
    id: 'ipx/forbidden-file',
    provider: 'ipx',
    kind: 'condition',
    code: 'forbidden-file',
    title: 'File exists but IPX cannot read it',
    summary: 'The file is in IPX’s directory but the server process may not read it (permissions), or it is not a regular file.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [
      { status: 403, message: 'Cannot access file: <id>', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] },
      { status: 403, message: 'File access error EACCES', certainty: 'vendor-code', sources: ['ipxSource0'] },
    ],
    causes: ['File permissions: the file was copied in by another user and the Node process cannot read it.', 'The path names a directory or a special file.'],
    fixes: ['Make the file readable by the server’s user (`chmod a+r`), or fix ownership in the build or Docker image.', 'Point at the file itself, not at its directory.'],
    related: ['ipx/forbidden-path', 'ipx/file-not-found'],
    history: [{ when: 'IPX 0.x-1.x', text: '`File access error <errno code>` with 403.', sources: ['ipxSource0'] }],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Unreadable file in a Docker image (IPX 4, curl -i)',
        paste: `$ curl -i "https://www.fernhill-gardens.com/_ipx/w_640/images/team.jpg"
HTTP/1.1 403 IPX_FORBIDDEN_FILE
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:47:30 GMT
connection: keep-alive
content-length: 97

{"status":403,"statusText":"IPX_FORBIDDEN_FILE","message":"Cannot access file: /images/team.jpg"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_FORBIDDEN_FILE', 'cannot access file', 'permissions', 'EACCES'],
  },
  {
    id: 'ipx/forbidden-symlink',
    provider: 'ipx',
    kind: 'condition',
    code: 'forbidden-symlink',
    title: 'Symbolic link refused',
    summary: 'The image path is a symbolic link (or passes through one); IPX 4 refuses links so that they cannot lead outside its directory.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [{ status: 403, message: 'Forbidden symlink: <id>', certainty: 'vendor-code', sources: ['ipxSource4'] }],
    causes: ['`public/images` (or a file in it) is a symlink to shared storage, a common deploy layout.', 'A build tool that links rather than copies assets.'],
    fixes: ['Copy the files into the served directory, or serve the link’s target directory itself as IPX’s `dir`.'],
    related: ['ipx/forbidden-path'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4, a breaking change: earlier versions followed links.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'public/uploads is a symlink (IPX 4, curl -i)',
        paste: `$ curl -i "https://www.fernhill-gardens.com/_ipx/w_640/uploads/tulips.jpg"
HTTP/1.1 403 IPX_FORBIDDEN_SYMLINK
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:49:12 GMT
connection: keep-alive
content-length: 102

{"status":403,"statusText":"IPX_FORBIDDEN_SYMLINK","message":"Forbidden symlink: /uploads/tulips.jpg"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_FORBIDDEN_SYMLINK', 'symlink', 'symbolic link'],
  },
  {
    id: 'ipx/invalid-url',
    provider: 'ipx',
    kind: 'condition',
    code: 'invalid-url',
    title: 'Remote image URL cannot be parsed',
    summary: 'The image path looked like a URL but is not a valid one, so IPX could not fetch it.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: 'Invalid URL: <id>', certainty: 'vendor-code', sources: ['ipxSource4'] },
      { status: 500, message: '[500] [IPX_ERROR] Invalid URL', certainty: 'uncertain', sources: ['ipxSource3'] },
    ],
    causes: ['Percent-encoding that decodes into something that is not a URL (`https%3A%2F%2F` encoded twice, stray `%`).', 'Spaces or other characters left unescaped in the source URL.'],
    fixes: ['Encode the source URL once; let `<NuxtImg>` build the IPX URL.', 'Open the decoded source URL in a browser to check it works.'],
    related: ['ipx/missing-hostname', 'ipx/forbidden-protocol'],
    history: [{ when: 'IPX 4', text: 'Code and 400 added; in IPX 2 and 3 the parse error escaped as a 500 `IPX_ERROR` with the runtime’s own `Invalid URL` text.', sources: ['ipxSource4', 'ipxSource3'] }],
    caveats: ['The IPX 3 wording is inferred from its code (`new URL()` throwing inside the handler), not recorded.', CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Source URL encoded twice (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/w_640/https%253A%252F%252Fimages.example.com%252Froses.jpg"
HTTP/1.1 400 IPX_INVALID_URL
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:51:45 GMT
connection: keep-alive
content-length: 115

{"status":400,"statusText":"IPX_INVALID_URL","message":"Invalid URL: https%3A%2F%2Fimages.example.com%2Froses.jpg"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_INVALID_URL', 'invalid url', 'double encoded', 'percent encoding'],
  },
  {
    id: 'ipx/missing-hostname',
    provider: 'ipx',
    kind: 'condition',
    code: 'missing-hostname',
    title: 'Remote image URL without a host',
    summary: 'The source parsed as a URL but has no host name (`https:/images/...`), so IPX has nowhere to fetch it from.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 403, message: 'Hostname is missing: <id>', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] },
      { status: 403, message: 'IPX: Hostname is missing', certainty: 'vendor-code', sources: ['ipxSource0'] },
    ],
    causes: [
      'A proxy or path normaliser merged the `//` after `https:` inside the `/_ipx/` path, leaving `https:/host/...` (a plausible cause, not a recorded one).',
      'A URL such as `file:///…` or `https:///…` with an empty host.',
    ],
    fixes: ['Check the URL as it reaches the server (its access log) still has `https://`; turn off slash merging for `/_ipx/` (nginx `merge_slashes off`).', 'Give `<NuxtImg>` the full `https://host/path` source.'],
    related: ['ipx/invalid-url', 'ipx/forbidden-host'],
    history: [],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource4', 'ipxSource3'],
    samples: [
      {
        label: 'Slashes merged by a proxy (IPX 3, curl -i)',
        paste: `$ curl -i "https://www.fernhill-gardens.com/_ipx/w_640/https:///roses.jpg"
HTTP/1.1 403 IPX_MISSING_HOSTNAME
content-type: application/json
date: Tue, 17 Nov 2026 09:54:08 GMT
connection: keep-alive
content-length: 92

{"error":{"message":"[403] [IPX_MISSING_HOSTNAME] Hostname is missing: https:///roses.jpg"}}
`,
        origin: 'constructed',
        sources: ['ipxSource3'],
      },
    ],
    keywords: ['IPX_MISSING_HOSTNAME', 'hostname is missing', 'merge_slashes'],
  },
  {
    id: 'ipx/forbidden-protocol',
    provider: 'ipx',
    kind: 'condition',
    code: 'forbidden-protocol',
    title: 'Source URL is not http or https',
    summary: 'The source URL uses a scheme other than `http:` or `https:` (`file:`, `data:`, `ftp:`), which IPX 4 refuses.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 403, message: 'Forbidden protocol: <protocol>', certainty: 'vendor-code', sources: ['ipxSource4'] }],
    causes: ['A `data:` or `blob:` URL from the browser given to `<NuxtImg>`, or a `file:` URL from a local tool.'],
    fixes: ['Serve such images without IPX (a plain `<img>`), or store them and pass an `https://` URL or a local path.'],
    related: ['ipx/invalid-url'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'ftp source (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/w_640/ftp://files.example.com/roses.jpg"
HTTP/1.1 403 IPX_FORBIDDEN_PROTOCOL
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:56:31 GMT
connection: keep-alive
content-length: 89

{"status":403,"statusText":"IPX_FORBIDDEN_PROTOCOL","message":"Forbidden protocol: ftp:"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_FORBIDDEN_PROTOCOL', 'forbidden protocol', 'data url', 'file url'],
  },
  {
    id: 'ipx/forbidden-ip',
    provider: 'ipx',
    kind: 'condition',
    code: 'forbidden-ip',
    title: 'Source host resolves to a private address',
    summary: 'With `blockPrivateIPs` on, IPX 4 resolved the source host and found a loopback, link-local or private address, and refused to fetch from it.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 403, message: 'Forbidden IP address: <address> (<id>)', certainty: 'vendor-code', sources: ['ipxSource4'] }],
    causes: ['An allowed host name points at an internal address (a CMS on the same private network, `localhost`).', 'DNS that answers differently inside the server’s network (split-horizon).'],
    fixes: ['Fetch internal images through a public host name, or serve them from local storage.', 'Turn `blockPrivateIPs` off only if every allowed host is trusted: it is the guard against server-side request forgery.'],
    related: ['ipx/forbidden-host', 'ipx/ip-check-unavailable'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4, opt-in (`blockPrivateIPs`, off by default).', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'CMS host on the private network (IPX 4, curl -i)',
        paste: `$ curl -i "https://www.fernhill-gardens.com/_ipx/w_640/https://cms.internal.fernhill-gardens.com/media/roses.jpg"
HTTP/1.1 403 IPX_FORBIDDEN_IP
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 09:58:50 GMT
connection: keep-alive
content-length: 151

{"status":403,"statusText":"IPX_FORBIDDEN_IP","message":"Forbidden IP address: 10.20.3.14 (https://cms.internal.fernhill-gardens.com/media/roses.jpg)"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_FORBIDDEN_IP', 'blockPrivateIPs', 'private ip', 'ssrf'],
  },
  {
    id: 'ipx/ip-check-unavailable',
    provider: 'ipx',
    kind: 'condition',
    code: 'ip-check-unavailable',
    title: 'Private-address check cannot run here',
    summary: '`blockPrivateIPs` is on, but the runtime lacks `node:net` and `node:dns` (an edge or worker runtime), so IPX 4 cannot verify the source’s address and refuses.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: 500,
        message: 'Cannot verify the address of <host>: `blockPrivateIPs` requires `node:net` and `node:dns`.',
        certainty: 'vendor-code',
        sources: ['ipxSource4'],
      },
    ],
    causes: ['IPX deployed to an edge runtime (Cloudflare Workers, Vercel Edge, Deno) with `blockPrivateIPs` enabled.'],
    fixes: ['Run IPX on Node where `blockPrivateIPs` is needed, or turn it off and keep the `domains` list tight.'],
    related: ['ipx/forbidden-ip'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Edge runtime with blockPrivateIPs (IPX 4, curl -i)',
        paste: `$ curl -i "https://img.fernhill-gardens.com/_ipx/w_640/https://images.example.com/roses.jpg"
HTTP/2 500
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:01:14 GMT
content-length: 169

{"status":500,"statusText":"IPX_IP_CHECK_UNAVAILABLE","message":"Cannot verify the address of images.example.com: \`blockPrivateIPs\` requires \`node:net\` and \`node:dns\`."}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_IP_CHECK_UNAVAILABLE', 'node:dns', 'edge runtime', 'blockPrivateIPs'],
  },
  {
    id: 'ipx/dns-lookup-failed',
    provider: 'ipx',
    kind: 'condition',
    code: 'dns-lookup-failed',
    title: 'Source host does not resolve',
    summary: 'With `blockPrivateIPs` on, IPX 4 resolves the source’s host name before fetching; this one did not resolve, so IPX never reached the source.',
    actor: 'network',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [{ status: 502, message: 'Cannot resolve host: <hostname>', certainty: 'vendor-code', sources: ['ipxSource4'] }],
    causes: ['A typo in the host, or a domain that no longer exists.', 'The server’s network has no DNS for that name (a container without outbound DNS, a host only known on a developer’s machine).'],
    fixes: ['Resolve the name from the server itself (`getent hosts images.example.com` or `dig`).', 'Correct the source URL or the server’s DNS configuration.'],
    related: ['ipx/fetch-failed', 'ipx/forbidden-ip'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4, and only sent by the private-address check (`blockPrivateIPs`); without it, or in earlier versions, a name that does not resolve fails inside the fetch itself, which IPX reports without a code of its own.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Host that does not exist (IPX 4, curl -i)',
        paste: `$ curl -i "https://www.fernhill-gardens.com/_ipx/w_640/https://imgaes.example.com/roses.jpg"
HTTP/1.1 502 IPX_DNS_LOOKUP_FAILED
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:03:39 GMT
connection: keep-alive
content-length: 103

{"status":502,"statusText":"IPX_DNS_LOOKUP_FAILED","message":"Cannot resolve host: imgaes.example.com"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_DNS_LOOKUP_FAILED', 'cannot resolve host', 'dns', 'ENOTFOUND', '502'],
  },
  {
    id: 'ipx/invalid-redirect',
    provider: 'ipx',
    kind: 'condition',
    code: 'invalid-redirect',
    title: 'Source redirected to an invalid location',
    summary: 'The source answered with a redirect whose `Location` IPX 4 cannot use (missing, or not a valid URL).',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [{ status: 502, message: 'Invalid redirect location: <location>', certainty: 'vendor-code', sources: ['ipxSource4'] }],
    causes: ['A misconfigured source server sends a 3xx without `Location`, or with a malformed one.'],
    fixes: ['Follow the source yourself (`curl -sIL <source>`) and use the final URL as the image source.'],
    related: ['ipx/too-many-redirects', 'ipx/fetch-failed'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4, which follows redirects itself to check each hop.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Redirect to a malformed location (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/w_640/https://images.example.com/moved/roses.jpg"
HTTP/1.1 502 IPX_INVALID_REDIRECT
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:05:57 GMT
connection: keep-alive
content-length: 101

{"status":502,"statusText":"IPX_INVALID_REDIRECT","message":"Invalid redirect location: http://[::1"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_INVALID_REDIRECT', 'invalid redirect location', 'location header'],
  },
  {
    id: 'ipx/too-many-redirects',
    provider: 'ipx',
    kind: 'condition',
    code: 'too-many-redirects',
    title: 'Source redirected more than three times',
    summary: 'IPX 4 follows at most three redirects for a remote source; this one needed more (or loops).',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [{ status: 502, message: 'Too many redirects (max 3): <url>', certainty: 'vendor-code', sources: ['ipxSource4'] }],
    causes: ['An `http` to `https` to `www` to CDN chain of redirects.', 'A redirect loop at the source.'],
    fixes: ['Use the final URL (`curl -sIL <source>` prints every hop) as the source, and list its host in `domains`.'],
    related: ['ipx/invalid-redirect', 'ipx/forbidden-host'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4: the limit is fixed at 3.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Redirect chain at the source (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/w_640/http://fernhill-media.example.com/roses.jpg"
HTTP/1.1 502 IPX_TOO_MANY_REDIRECTS
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:08:20 GMT
connection: keep-alive
content-length: 144

{"status":502,"statusText":"IPX_TOO_MANY_REDIRECTS","message":"Too many redirects (max 3): https://cdn.fernhill-media.example.com/v2/roses.jpg"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_TOO_MANY_REDIRECTS', 'too many redirects', 'redirect loop'],
  },
  {
    id: 'ipx/invalid-image',
    provider: 'ipx',
    kind: 'condition',
    code: 'invalid-image',
    title: 'Source is not an image IPX can read',
    summary: 'IPX got the source but sharp could not read its metadata: it is not an image (an HTML page, a JSON error), or it is corrupt or in a format sharp lacks.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [{ status: 400, message: 'Cannot parse image metadata: <id>', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] }],
    causes: ['The remote answered 200 with an HTML page (a login wall, a consent page, a soft 404).', 'A truncated upload or a file with an image extension that holds something else.', 'A format sharp was built without (some HEIC files).'],
    fixes: ['Download the source and check its real type (`curl -s <source> | file -`).', 'Re-export the image as JPEG, PNG, WebP or AVIF.'],
    related: ['ipx/invalid-svg', 'ipx/fetch-failed'],
    history: [],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource4', 'ipxSource3'],
    samples: [
      {
        label: 'Remote answers with a login page (IPX 3, curl -i)',
        paste: `$ curl -i "https://www.fernhill-gardens.com/_ipx/w_640/https://media.fernhill-gardens.com/private/roses.jpg"
HTTP/1.1 400 IPX_INVALID_IMAGE
content-type: application/json
date: Tue, 17 Nov 2026 10:10:44 GMT
connection: keep-alive
content-length: 131

{"error":{"message":"[400] [IPX_INVALID_IMAGE] Cannot parse image metadata: https://media.fernhill-gardens.com/private/roses.jpg"}}
`,
        origin: 'constructed',
        sources: ['ipxSource3'],
      },
    ],
    keywords: ['IPX_INVALID_IMAGE', 'cannot parse image metadata', 'not an image', 'corrupt', 'heic'],
  },
  {
    id: 'ipx/invalid-svg',
    provider: 'ipx',
    kind: 'condition',
    code: 'invalid-svg',
    title: 'SVG source cannot be parsed',
    summary: 'The source is served as SVG but IPX 4 could not parse it for optimisation.',
    actor: 'origin',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [{ status: 400, message: 'Cannot parse SVG: <id>', certainty: 'vendor-code', sources: ['ipxSource4'] }],
    causes: ['Malformed XML in the SVG (an unclosed tag, an editor’s stray markup).', 'A file named `.svg` that holds something else.'],
    fixes: ['Validate the SVG (open it in a browser, run it through SVGO), fix and re-export it.', 'Serve SVGs directly: they need no resizing.'],
    related: ['ipx/invalid-image'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Broken SVG logo (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/_/icons/logo.svg"
HTTP/1.1 400 IPX_INVALID_SVG
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:12:59 GMT
connection: keep-alive
content-length: 91

{"status":400,"statusText":"IPX_INVALID_SVG","message":"Cannot parse SVG: /icons/logo.svg"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_INVALID_SVG', 'cannot parse svg', 'svgo'],
  },
  {
    id: 'ipx/invalid-modifier-arg',
    provider: 'ipx',
    kind: 'condition',
    code: 'invalid-modifier-arg',
    title: 'Modifier value out of range or of the wrong kind',
    summary: 'A modifier in the URL has a value IPX 4 rejects (a width that is not a number, a quality above 100), and the message names the modifier and what it expected.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: 400,
        message: 'Invalid `<name>` modifier argument: `<argument>` (expected <expected>)',
        certainty: 'vendor-code',
        sources: ['ipxSource4'],
      },
    ],
    causes: ['A computed value came out as `NaN`, `undefined` or a decimal (`w_NaN`, `q_75.5`).', 'A value outside the allowed range (`q_0`, `q_120`).'],
    fixes: ['Read the message: it names the modifier, the value and what IPX expected; correct the component prop that produced it.'],
    related: ['ipx/missing-modifier-arg', 'ipx/invalid-modifier'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4: earlier versions passed such values to sharp, which failed with a 500 or ignored them.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS, 'The `expected` part of the sample is illustrative: each modifier words its own expectation.'],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Width rendered as NaN (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/w_NaN&f_webp/images/hero.jpg"
HTTP/1.1 400 IPX_INVALID_MODIFIER_ARG
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:15:22 GMT
connection: keep-alive
content-length: 137

{"status":400,"statusText":"IPX_INVALID_MODIFIER_ARG","message":"Invalid \`width\` modifier argument: \`NaN\` (expected a positive integer)"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_INVALID_MODIFIER_ARG', 'invalid modifier argument', 'w_NaN', 'quality', 'width'],
  },
  {
    id: 'ipx/missing-modifier-arg',
    provider: 'ipx',
    kind: 'condition',
    code: 'missing-modifier-arg',
    title: 'Modifier without its required value',
    summary: 'A modifier that needs a value came without one (`extract_` with an empty slot), so IPX 4 refused it.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 400, message: 'Missing `<name>` modifier argument', certainty: 'vendor-code', sources: ['ipxSource4'] }],
    causes: ['A template left a slot empty (`extract_10_10__100`), or a prop was undefined.'],
    fixes: ['Give every required part of the modifier a value; the message names the one missing.'],
    related: ['ipx/invalid-modifier-arg'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'extract with an empty slot (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/extract_10_10__100/images/hero.jpg"
HTTP/1.1 400 IPX_MISSING_MODIFIER_ARG
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:17:45 GMT
connection: keep-alive
content-length: 108

{"status":400,"statusText":"IPX_MISSING_MODIFIER_ARG","message":"Missing \`extract.width\` modifier argument"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_MISSING_MODIFIER_ARG', 'missing modifier argument', 'extract'],
  },
  {
    id: 'ipx/invalid-modifier',
    provider: 'ipx',
    kind: 'condition',
    code: 'invalid-modifier',
    title: 'sharp could not apply a modifier',
    summary: 'The modifier values passed IPX’s checks but sharp failed to apply them (an unknown colour, a crop larger than the image); IPX 4 reports that as a 400.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 400, message: 'Cannot apply modifier: <sharp error>', certainty: 'vendor-code', sources: ['ipxSource4'] }],
    causes: ['An `extract` region outside the image, a `background` colour sharp does not know, a `clahe` window larger than the image.'],
    fixes: ['Read sharp’s error after `Cannot apply modifier:`; fit the values to the actual image size.'],
    related: ['ipx/invalid-modifier-arg'],
    history: [{ when: 'IPX 4', text: 'New in IPX 4: before, such failures were 500 `IPX_ERROR`.', sources: ['ipxSource4'] }],
    caveats: [V4_ONLY, CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Crop area outside the image (IPX 4, curl -i)',
        paste: `$ curl -i "http://localhost:3000/_ipx/extract_0_0_4000_3000/images/hero.jpg"
HTTP/1.1 400 IPX_INVALID_MODIFIER
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:20:08 GMT
connection: keep-alive
content-length: 116

{"status":400,"statusText":"IPX_INVALID_MODIFIER","message":"Cannot apply modifier: extract_area: bad extract area"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_INVALID_MODIFIER', 'cannot apply modifier', 'bad extract area', 'sharp'],
  },
  {
    id: 'ipx/storage-error',
    provider: 'ipx',
    kind: 'condition',
    code: 'storage-error',
    title: 'Storage returned data IPX cannot use',
    summary: 'An unstorage-backed IPX got the image from its storage in a form it could not turn into bytes.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Failed to parse storage data to Buffer:\n<error>', certainty: 'vendor-code', sources: ['ipxSource4', 'ipxSource3'] }],
    causes: ['The storage driver returns strings or JSON for the key instead of raw bytes (the image was stored as text or base64).'],
    fixes: ['Store images as raw binary (`setItemRaw`), and read them with a driver that supports raw values.'],
    related: ['ipx/resource-not-found'],
    history: [],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Image stored as text in a KV store (IPX 3, curl -i)',
        paste: `$ curl -i "https://img.fernhill-gardens.com/_ipx/w_320/uploads/tulips.jpg"
HTTP/1.1 500 IPX_STORAGE_ERROR
content-type: application/json
date: Tue, 17 Nov 2026 10:22:31 GMT
connection: keep-alive
content-length: 205

{"error":{"message":"[500] [IPX_STORAGE_ERROR] Failed to parse storage data to Buffer:\\nThe first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object."}}
`,
        origin: 'constructed',
        sources: ['ipxSource3'],
      },
    ],
    keywords: ['IPX_STORAGE_ERROR', 'failed to parse storage data', 'unstorage', 'buffer'],
  },
  {
    id: 'ipx/filesystem-error',
    provider: 'ipx',
    kind: 'condition',
    code: 'filesystem-error',
    title: 'File-system storage unavailable',
    summary: 'IPX 3’s file-system storage could not load Node’s file-system modules, typically because it runs in a runtime without them.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Failed to resolve filesystem module', certainty: 'vendor-code', sources: ['ipxSource3'] }],
    causes: ['IPX with `ipxFSStorage` deployed to an edge or worker runtime with no `fs`.'],
    fixes: ['Run IPX on Node for local files, or use an HTTP or unstorage storage in that runtime.'],
    related: ['ipx/no-storage'],
    history: [{ when: 'IPX 4', text: 'Not among IPX 4’s codes.', sources: ['ipxSource4'] }],
    caveats: [CONSTRUCTED_HEADERS],
    sources: ['ipxSource3'],
    samples: [
      {
        label: 'fs storage on an edge runtime (IPX 3, curl -i)',
        paste: `$ curl -i "https://img.fernhill-gardens.com/_ipx/w_320/images/tulips.jpg"
HTTP/2 500
content-type: application/json
date: Tue, 17 Nov 2026 10:24:54 GMT
content-length: 88

{"error":{"message":"[500] [IPX_FILESYSTEM_ERROR] Failed to resolve filesystem module"}}
`,
        origin: 'constructed',
        sources: ['ipxSource3'],
      },
    ],
    keywords: ['IPX_FILESYSTEM_ERROR', 'failed to resolve filesystem module', 'edge runtime'],
  },
  {
    id: 'ipx/error',
    provider: 'ipx',
    kind: 'condition',
    code: 'error',
    title: 'Unexpected IPX error',
    summary: 'IPX failed with an error that carried no code of its own (`IPX_ERROR`, or `IPX Error (500)` in IPX 0.x): usually sharp or the runtime failing while processing.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 500, message: '[500] [IPX_ERROR] <message>', certainty: 'vendor-code', sources: ['ipxSource3'] },
      { status: 500, message: 'IPX Error (500)', certainty: 'observed', sources: ['ipxSource0', 'nuxtImage710'] },
    ],
    causes: ['sharp is missing or built for another platform (installed on macOS, deployed on Linux).', 'An image too large for the server’s memory.', 'In IPX 2 and 3, modifier values sharp rejected (IPX 4 reports those as 400).'],
    fixes: ['Read the server’s log: IPX prints the underlying error there.', 'Reinstall sharp on the target platform (`npm install --os=linux --cpu=x64 sharp` in the build).'],
    related: ['ipx/invalid-modifier', 'ipx/invalid-image'],
    history: [{ when: 'IPX 0.x-1.x', text: 'Reason phrase `IPX Error (<status>)` and body `IPX Error: <error>`.', sources: ['ipxSource0'] }],
    caveats: ['IPX 4’s own test for the IPX_ERROR body is skipped (an h3 issue), so its exact IPX 4 shape is not pinned.', CONSTRUCTED_HEADERS],
    sources: ['ipxSource3', 'ipxTests4'],
    samples: [
      {
        label: 'sharp built for the wrong platform (IPX 3, curl -i)',
        paste: `$ curl -i "https://www.fernhill-gardens.com/_ipx/w_640/images/hero.jpg"
HTTP/1.1 500 Internal Server Error
content-type: application/json
date: Tue, 17 Nov 2026 10:27:16 GMT
connection: keep-alive
content-length: 105

{"error":{"message":"[500] [IPX_ERROR] Could not load the \\"sharp\\" module using the linux-x64 runtime"}}
`,
        origin: 'constructed',
        sources: ['ipxSource3'],
      },
    ],
    keywords: ['IPX_ERROR', 'ipx 500', 'sharp', 'internal server error', 'could not load the sharp module'],
  },
  {
    id: 'ipx/unknown-code',
    provider: 'ipx',
    kind: 'condition',
    code: 'unknown-code',
    title: 'IPX code this catalog does not list',
    summary: 'The response carries an `IPX_*` code that is not among the codes read from IPX’s source; a newer IPX may have added it.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: ['A newer IPX release, or a custom IPX setup (a storage of your own) that throws its own `IPX_*` code.'],
    fixes: ['Read the message beside the code; search unjs/ipx’s source for the code to see where it is thrown.'],
    related: ['ipx/error'],
    history: [],
    caveats: ['The sample’s code is a placeholder.'],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'An unlisted code (placeholder, IPX 4 shape)',
        paste: `$ curl -i "http://localhost:3000/_ipx/w_640/images/hero.jpg"
HTTP/1.1 400 IPX_EXAMPLE_NEW_CODE
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:29:40 GMT
connection: keep-alive
content-length: 103

{"status":400,"statusText":"IPX_EXAMPLE_NEW_CODE","message":"<a message this catalog does not record>"}
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['IPX_', 'ipx error code'],
  },
  {
    id: 'ipx/400',
    provider: 'ipx',
    kind: 'status',
    code: '400',
    title: 'Bad request: the URL, a modifier or the source',
    summary: 'IPX refused the request with 400: the URL lacks its modifiers or image path, a modifier value is invalid (IPX 4), or the source is not an image IPX can read.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: [
      'The modifiers segment or the image path is missing (`IPX_MISSING_MODIFIERS`, `IPX_MISSING_ID`).',
      'A modifier value IPX 4 rejects (`IPX_INVALID_MODIFIER_ARG`, `IPX_MISSING_MODIFIER_ARG`, `IPX_INVALID_MODIFIER`).',
      'The source is not an image, or a broken SVG (`IPX_INVALID_IMAGE`, `IPX_INVALID_SVG`), or its URL cannot be parsed (`IPX_INVALID_URL`).',
    ],
    fixes: [
      'Read the body (`curl -i <url>`, or the Response tab in devtools): IPX names its code there, and the code’s page says what to change.',
      'Over HTTP/1.1, `curl -sI` may show the code as the reason phrase (`HTTP/1.1 400 IPX_…`).',
    ],
    related: ['ipx/missing-modifiers', 'ipx/invalid-modifier-arg', 'ipx/invalid-image'],
    history: [],
    caveats: [STATUS_CAVEAT],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'Chrome devtools copy of a 400, body not copied',
        paste: `Request URL: https://www.fernhill-gardens.com/_ipx/w_640&f_webp&q_90/images/hero.jpg
Request Method: GET
Status Code: 400 Bad Request
Remote Address: 203.0.113.7:443
Referrer Policy: strict-origin-when-cross-origin

content-length: 118
content-type: application/json; charset=utf-8
date: Tue, 17 Nov 2026 10:30:02 GMT
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['ipx 400', 'nuxt image 400', 'bad request'],
  },
  {
    id: 'ipx/403',
    provider: 'ipx',
    kind: 'status',
    code: '403',
    title: 'Forbidden: host, path, file or address refused',
    summary: 'IPX refused the source with 403: a remote host not in `domains`, a path outside its directory, an unreadable file or a link, a refused protocol or a private address.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: [
      'A remote host missing from `image.domains` (`IPX_FORBIDDEN_HOST`), the most common case.',
      'A local path outside the directory, an unreadable file, a symbolic link (`IPX_FORBIDDEN_PATH`, `IPX_FORBIDDEN_FILE`, `IPX_FORBIDDEN_SYMLINK`).',
      'A source URL without a host, with another scheme, or resolving to a private address (`IPX_MISSING_HOSTNAME`, `IPX_FORBIDDEN_PROTOCOL`, `IPX_FORBIDDEN_IP`).',
      'The remote source itself answered 403, which IPX passes on.',
    ],
    fixes: [
      'Read the body (`curl -i <url>`, or the Response tab in devtools): IPX names its code there, and the code’s page says what to change.',
      'Over HTTP/1.1, `curl -sI` may show the code as the reason phrase (`HTTP/1.1 403 IPX_…`).',
    ],
    related: ['ipx/forbidden-host', 'ipx/forbidden-path', 'ipx/fetch-failed'],
    history: [],
    caveats: [STATUS_CAVEAT],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'curl -sI through an HTTP/2 CDN, local path (no body)',
        paste: `$ curl -sI "https://www.fernhill-gardens.com/_ipx/w_640/images/team/portrait.jpg"
HTTP/2 403
date: Tue, 17 Nov 2026 10:32:40 GMT
content-type: application/json; charset=utf-8
content-length: 101
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['ipx 403', 'nuxt image 403', 'forbidden'],
  },
  {
    id: 'ipx/404',
    provider: 'ipx',
    kind: 'status',
    code: '404',
    title: 'Not found: no file, no key, or the source’s 404',
    summary: 'IPX answered 404: no such file in its directory, no such key in its storage, or a remote source’s own 404 passed on.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: [
      'A local path with a typo, or a file outside `public/` (`IPX_FILE_NOT_FOUND`).',
      'A storage key that does not exist (`IPX_RESOURCE_NOT_FOUND`).',
      'A remote image that is gone (its 404, passed on).',
    ],
    fixes: [
      'Read the body (`curl -i <url>`, or the Response tab in devtools): IPX names its code there, and the code’s page says what to change.',
      'Over HTTP/1.1, `curl -sI` may show the code as the reason phrase (`HTTP/1.1 404 IPX_…`).',
    ],
    related: ['ipx/file-not-found', 'ipx/resource-not-found', 'ipx/fetch-failed'],
    history: [],
    caveats: [STATUS_CAVEAT],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'curl -sI of a local image (no body)',
        paste: `$ curl -sI "https://www.fernhill-gardens.com/_ipx/s_300x300/images/team/new-hire.jpg"
HTTP/1.1 404 Not Found
date: Tue, 17 Nov 2026 10:34:12 GMT
content-type: application/json; charset=utf-8
connection: keep-alive
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['ipx 404', 'nuxt image 404', 'not found'],
  },
  {
    id: 'ipx/500',
    provider: 'ipx',
    kind: 'status',
    code: '500',
    title: 'Server error: IPX’s setup or sharp',
    summary: 'IPX failed with 500: no storage configured, a storage returning unusable data, the private-address check unavailable, or an unexpected error (usually sharp).',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: [
      'No storage for the kind of source (`IPX_NO_STORAGE`), or unusable storage data (`IPX_STORAGE_ERROR`, `IPX_FILESYSTEM_ERROR`).',
      '`blockPrivateIPs` on a runtime without `node:dns` (`IPX_IP_CHECK_UNAVAILABLE`).',
      'sharp missing or failing (`IPX_ERROR`).',
    ],
    fixes: [
      'Read the body (`curl -i <url>`, or the Response tab in devtools): IPX names its code there, and the code’s page says what to change.',
      'Over HTTP/1.1, `curl -sI` may show the code as the reason phrase (`HTTP/1.1 500 IPX_…`).',
    ],
    related: ['ipx/error', 'ipx/no-storage', 'ipx/storage-error'],
    history: [],
    caveats: [STATUS_CAVEAT],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'curl -sI of a failing local image (no body)',
        paste: `$ curl -sI "http://localhost:3000/_ipx/w_640/images/hero.jpg"
HTTP/1.1 500 Internal Server Error
content-type: application/json
date: Tue, 17 Nov 2026 10:36:30 GMT
connection: keep-alive
keep-alive: timeout=5
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['ipx 500', 'nuxt image 500', 'internal server error'],
  },
  {
    id: 'ipx/502',
    provider: 'ipx',
    kind: 'status',
    code: '502',
    title: 'Bad gateway: the source’s DNS or redirects',
    summary: 'IPX 4 answered 502: the source’s host does not resolve, or its redirects are invalid or too many.',
    actor: 'origin',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: [
      'The source host does not resolve (`IPX_DNS_LOOKUP_FAILED`, with `blockPrivateIPs`).',
      'A redirect without a usable `Location`, or more than three (`IPX_INVALID_REDIRECT`, `IPX_TOO_MANY_REDIRECTS`).',
      'A remote source’s own 502, passed on.',
    ],
    fixes: [
      'Read the body (`curl -i <url>`, or the Response tab in devtools): IPX names its code there, and the code’s page says what to change.',
      'Over HTTP/1.1, `curl -sI` may show the code as the reason phrase (`HTTP/1.1 502 IPX_…`).',
    ],
    related: ['ipx/dns-lookup-failed', 'ipx/too-many-redirects', 'ipx/invalid-redirect'],
    history: [],
    caveats: [STATUS_CAVEAT],
    sources: ['ipxSource4'],
    samples: [
      {
        label: 'curl -sI behind Cloudflare, remote source (no body)',
        paste: `$ curl -sI "https://www.fernhill-gardens.com/_ipx/w_640/https://media.fernhill-gardens.com/gallery/roses.jpg"
HTTP/2 502
date: Wed, 25 Nov 2026 13:02:47 GMT
content-type: application/json; charset=utf-8
content-length: 117
cf-cache-status: MISS
server: cloudflare
cf-ray: 8f2a3e71c5d94b22-AMS
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['ipx 502', 'nuxt image 502', 'bad gateway'],
  },
  {
    id: 'ipx/transformed',
    provider: 'ipx',
    kind: 'condition',
    code: 'transformed',
    title: 'Image transformed by IPX',
    summary: 'IPX answered the `/_ipx/` URL with an image (200), or confirmed the client’s copy (304).',
    actor: 'service',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 200, message: '', certainty: 'vendor-code', sources: ['ipxSource4'] },
      { status: 304, message: '', certainty: 'vendor-code', sources: ['ipxSource4'] },
    ],
    causes: ['A valid request for an allowed source.'],
    fixes: [
      'Nothing to fix. `cache-control: max-age=<n>, public, s-maxage=<n>` is IPX’s cache lifetime: raise `image.ipx.maxAge` (or the source’s own `max-age` for remote images) to keep results longer.',
      'A CDN or Nitro route rule in front of `/_ipx/` is what caches results between requests; IPX itself keeps none.',
    ],
    related: ['ipx/forbidden-host', 'ipx/file-not-found'],
    history: [{ when: 'IPX 4', text: 'Adds `x-content-type-options: nosniff` and a weak ETag computed from the source’s modification time and the modifiers.', sources: ['ipxSource4'] }],
    caveats: ['That IPX keeps no cache of its own between requests is read from its handler, which processes every request not answered with 304.'],
    sources: ['ipxSource4', 'ipxReadme'],
    samples: [
      {
        label: 'AVIF negotiated with f_auto (IPX 4, curl -sI)',
        paste: `$ curl -sI -H "Accept: image/avif,image/webp,*/*" "https://www.fernhill-gardens.com/_ipx/w_640&f_auto/images/hero.jpg"
HTTP/1.1 200 OK
vary: Accept
content-security-policy: default-src 'none'
x-content-type-options: nosniff
cache-control: max-age=60, public, s-maxage=60
last-modified: Mon, 16 Nov 2026 18:02:11 GMT
etag: W/"q3Vf2b8sK1mZx0PwR7tLc9Yh4Ud"
content-type: image/avif
date: Tue, 17 Nov 2026 10:31:05 GMT
connection: keep-alive
keep-alive: timeout=5
content-length: 31877
`,
        origin: 'constructed',
        sources: ['ipxSource4'],
      },
    ],
    keywords: ['ipx cache-control', 'maxAge', 'f_auto', 'nuxt image cache', 'content-security-policy'],
  },
];
