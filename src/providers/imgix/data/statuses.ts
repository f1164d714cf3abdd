/**
 * What each status means when imgix's Rendering API sends it (facts 2.1, 2.4). imgix reports an
 * error by its status alone: no error header, no body text in any source. So every entry here is
 * a status, its causes are the ones imgix's status page lists, and its samples are constructed:
 * no recorded imgix error response exists, so they carry only the status and the Fastly edge
 * headers imgix's recorded responses show, on an `<source>.imgix.net` URL.
 */
import type { CatalogEntry, HistoryNote, Sample, SourceKey, StatusVariant } from '../../../catalog/types.ts';

interface ImgixStatus {
  status: number;
  /** The reason as imgix's status page heads it (`Forbidden`, `bad_source`), then older wordings. */
  messages: { text: string; sources: SourceKey[] }[];
  title: string;
  summary: string;
  actor: CatalogEntry['actor'];
  certainty: CatalogEntry['certainty'];
  sources: SourceKey[];
  causes: string[];
  fixes: string[];
  caveats?: string[];
  history?: HistoryNote[];
  keywords: string[];
  related: string[];
  /** The request of the constructed sample, on a fictional Source. */
  url: string;
  reason: string;
}

const NO_ERROR_SIGNAL_CAVEAT =
  'imgix sends no error header and documents no error body: the status is its only signal, so the causes below are the ones its status page lists for this status. No recorded imgix error response was found; the sample is constructed from the status and the edge headers of recorded successful responses.';

function sampleFor({ status, reason, url }: ImgixStatus): Sample {
  return {
    label: `${status} ${reason} from imgix (curl -sI, constructed)`,
    paste: `$ curl -sI "${url}"
HTTP/2 ${status}
content-length: 0
date: Tue, 01 Dec 2026 11:02:18 GMT
accept-ranges: bytes
access-control-allow-origin: *
x-content-type-options: nosniff
x-served-by: cache-iad-kiad7000154-IAD, cache-fra-eddf8230061-FRA
x-cache: MISS, MISS
`,
    origin: 'constructed',
    sources: ['imgixStatusCodes'],
  };
}

function entryFor(spec: ImgixStatus): CatalogEntry {
  const variants: StatusVariant[] = spec.messages.map(({ text, sources }) => ({
    status: spec.status,
    message: text,
    certainty: spec.certainty,
    sources,
  }));
  return {
    id: `imgix/${spec.status}`,
    provider: 'imgix',
    kind: 'status',
    code: String(spec.status),
    title: spec.title,
    summary: spec.summary,
    actor: spec.actor,
    severity: 'error',
    layer: 'image-service',
    certainty: spec.certainty,
    variants,
    causes: spec.causes,
    fixes: spec.fixes,
    related: spec.related,
    history: spec.history ?? [],
    caveats: [NO_ERROR_SIGNAL_CAVEAT, ...(spec.caveats ?? [])],
    sources: spec.sources,
    samples: [sampleFor(spec)],
    keywords: [`imgix ${spec.status}`, `${spec.status} ${spec.reason}`.toLowerCase(), ...spec.keywords],
  };
}

const statuses: ImgixStatus[] = [
  {
    status: 400,
    messages: [{ text: 'Bad Request', sources: ['imgixStatusCodes'] }],
    title: 'Bad request: a parameter or Web Proxy URL imgix cannot use',
    summary: 'imgix could not act on the request: a parameter value is malformed (often base64), a Source default parameter misbehaves, or a Web Proxy URL is not absolute.',
    actor: 'request',
    certainty: 'documented',
    sources: ['imgixStatusCodes', 'imgixJs45'],
    causes: [
      'A parameter ending in `64` (`txt64`, `mark64`, `blend64`…) whose value is not base64, or not URL-safe base64 (`+` and `/` left in, trailing `=` kept).',
      'A Web Proxy Source asked for a proxied URL that is not absolute, or whose hostname is invalid.',
      'A default parameter set on the Source breaks the request, for example a `mark` or `blend` that points at an image in the same Source and so loops.',
    ],
    fixes: [
      'Encode base64 parameters URL-safely: replace `+` with `-` and `/` with `_`, and drop trailing `=`. imgix’s libraries do this for you.',
      'For a Web Proxy Source, put the full, encoded source URL (`https%3A%2F%2F…`) in the path.',
      'Remove the Source’s default parameters one by one in the dashboard; point `mark` and `blend` at an image in another Source.',
    ],
    caveats: ['A 2015 report attributed a 400 to a stripped `s=` signature; imgix’s status page gives 403 for a missing or invalid signature, so that 400 probably had another cause or the behaviour changed.'],
    keywords: ['bad request', 'base64', 'txt64', 'mark64', 'web proxy', 'invalid parameter'],
    related: ['imgix/403', 'imgix/414'],
    url: 'https://northwind.imgix.net/banners/sale.jpg?w=1200&txt64=U3VtbWVyIHNhbGUgKzMwJQ==',
    reason: 'Bad Request',
  },
  {
    status: 402,
    messages: [
      { text: 'Billing Error', sources: ['imgixStatusCodes'] },
      { text: 'payment_required', sources: ['imgixStatusCodes'] },
      { text: 'plan_limits_exceeded', sources: ['imgixStatusCodes'] },
    ],
    title: 'Billing error: the account cannot serve images',
    summary: 'imgix stopped rendering for the account: a payment problem, an unpaid invoice, or usage beyond the plan’s limits.',
    actor: 'account',
    certainty: 'documented',
    sources: ['imgixStatusCodes', 'imgixOldStatusCodes'],
    causes: [
      'The account was disabled for non-payment (`payment_required`), or an invoice is outstanding.',
      'Usage exceeded the plan’s limits (`plan_limits_exceeded`).',
    ],
    fixes: [
      'Log in to the imgix dashboard: it shows the billing issue and how to resolve it.',
      'Pay the outstanding invoice or move to a plan that covers the usage; every image of the account recovers at once.',
    ],
    history: [
      { when: 'earlier (date not recorded)', text: 'The older help-centre page lists no 402; it was added with the current status page.', sources: ['imgixOldStatusCodes'] },
    ],
    caveats: ['Two versions of the current page word the causes differently: one names `payment_required` and `plan_limits_exceeded`, the other describes a payment issue, an outstanding invoice and exceeded plan limits. Whether those names ever appear on the wire is not documented.'],
    keywords: ['billing', 'payment', 'plan limit', 'account disabled', 'invoice', 'payment required'],
    related: ['imgix/410'],
    url: 'https://northwind.imgix.net/products/chair-oak.jpg?w=600&auto=format',
    reason: 'Payment Required',
  },
  {
    status: 403,
    messages: [{ text: 'Forbidden', sources: ['imgixStatusCodes'] }],
    title: 'Forbidden: missing or invalid signature, or the origin refused imgix',
    summary: 'imgix refused the request: the Source requires signed (secure) URLs and the `s=` signature is missing or wrong, or imgix cannot read the object at the origin.',
    actor: 'request',
    certainty: 'documented',
    sources: ['imgixStatusCodes', 'imgixJsCore', 'sfmsHistory10', 'reactImgix580'],
    causes: [
      'The Source has Secure URLs on and the URL has no `s=` parameter (the same URL with a valid signature works).',
      'The `s=` signature does not match: parameters were added or reordered after signing (a library appending `ixlib=` or `auto=` after `s`), the path was encoded differently, or the token belongs to another Source.',
      'The Source knows the object should exist but it is missing.',
      'The Source’s permissions to the origin are wrong (an S3 or GCS key without read access to the object).',
    ],
    fixes: [
      'If the URL has no `s=`, sign it with the Source’s secure URL token (server side, with an imgix library), or turn Secure URLs off for the Source.',
      'If it has one, sign the final URL: every parameter must be in place before `s=` is computed, and `s=` must be the last parameter.',
      'Check the Source’s credentials and the bucket policy: the key must be allowed to read (`s3:GetObject`) every object it serves.',
    ],
    keywords: ['forbidden', 'secure url', 'signed url', 'signature', 's=', 'token', 'access denied'],
    related: ['imgix/404', 'imgix/410', 'imgix/400'],
    url: 'https://northwind.imgix.net/members/avatars/4821.jpg?w=96&h=96&fit=crop',
    reason: 'Forbidden',
  },
  {
    status: 404,
    messages: [{ text: 'Not Found', sources: ['imgixStatusCodes'] }],
    title: 'Not found: imgix could not fetch the image from the origin',
    summary: 'imgix could not get the original from the Source’s origin: the path is wrong, its credentials cannot read it, the origin blocks imgix, or the origin’s HTTPS certificate is broken.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['imgixStatusCodes'],
    causes: [
      'The path after the Source’s host does not lead to a file: the Source’s base path or prefix and the URL path together miss the object (a folder doubled or left out).',
      'For an S3 (or S3-compatible) Source: the access key is invalid, or its IAM user may not read the object.',
      'The origin blocks imgix’s fetches (a firewall, bot protection, a blocklist).',
      'The origin’s HTTPS certificate is invalid or broken, so imgix cannot connect.',
    ],
    fixes: [
      'Work out the origin URL imgix fetches: the Source’s base URL or bucket and prefix, plus the path of the imgix URL. Fetch that yourself.',
      'For S3, test the Source’s key with `aws s3 cp s3://<bucket>/<prefix>/<path> -` using the same credentials.',
      'Allow imgix through the origin’s firewall or bot protection, and check the certificate with `curl -sI https://<origin>/…`.',
    ],
    keywords: ['not found', 'missing image', 'wrong path', 's3 permissions', 'iam', 'certificate', 'origin'],
    related: ['imgix/403', 'imgix/410'],
    url: 'https://northwind.imgix.net/products/2026/chair-oak.jpg?w=600&auto=format',
    reason: 'Not Found',
  },
  {
    status: 410,
    messages: [
      { text: 'bad_source', sources: ['imgixStatusCodes'] },
      { text: 'Gone', sources: ['imgixOldStatusCodes'] },
    ],
    title: 'Bad source: the Source is not deployed or does not serve this domain',
    summary: 'imgix has no deployed Source for the hostname of the request: the Source is not (or no longer) deployed, or the hostname is not among its Domains.',
    actor: 'account',
    certainty: 'documented',
    sources: ['imgixStatusCodes', 'imgixOldStatusCodes'],
    causes: [
      'The Source was created but never deployed, its deployment failed, or it was disabled.',
      'The request uses a hostname (a custom domain, or a `<name>.imgix.net` subdomain) that is not listed in the Source’s Domains.',
      'A typo in the subdomain: `northwind.imgix.net` versus the Source’s real `north-wind.imgix.net`.',
    ],
    fixes: [
      'In the imgix dashboard, open the Source and check that its status is deployed.',
      'Compare the request’s hostname with the Source’s Domains; add the custom domain, or fix the hostname in the page.',
      'For a custom domain, check its DNS points to imgix as the Source’s setup page says.',
    ],
    history: [
      {
        when: 'earlier (date not recorded)',
        text: 'The older help-centre page and an older docs variant head this status `410 Gone`; the current page says `410 bad_source`.',
        sources: ['imgixOldStatusCodes', 'imgixStatusCodes'],
      },
    ],
    keywords: ['gone', 'bad source', 'bad_source', 'source not deployed', 'domain', 'custom domain'],
    related: ['imgix/404', 'imgix/402'],
    url: 'https://north-wind.imgix.net/products/chair-oak.jpg?w=600',
    reason: 'Gone',
  },
  {
    status: 413,
    messages: [{ text: 'Request Entity Too Large', sources: ['imgixStatusCodes'] }],
    title: 'Original too large for imgix',
    summary: 'The original image is larger than imgix accepts as input; its status page gives 500 MB as the current limit.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['imgixStatusCodes'],
    causes: ['The original file is over the input limit (500 MB on the current status page): an uncompressed scan, a layered TIFF or PSD, or a video file behind an image URL.'],
    fixes: [
      'Store a delivery master well under the limit (re-export as JPEG, WebP or a flattened PNG).',
      'Check the file size at the origin: `curl -sI "<origin URL>" | grep -i content-length`.',
    ],
    keywords: ['too large', 'file size', '500 mb', 'request entity too large'],
    related: ['imgix/421', 'imgix/422'],
    url: 'https://northwind.imgix.net/archive/scans/catalogue-1962.tif?w=1600&fm=jpg',
    reason: 'Request Entity Too Large',
  },
  {
    status: 414,
    messages: [{ text: 'URI Too Long', sources: ['imgixStatusCodes', 'imgixStatusCodesJa'] }],
    title: 'URL too long for imgix',
    summary: 'The request URL is longer than imgix accepts: 8,000 characters, with 2,048 recommended because some browsers cut longer URLs.',
    actor: 'request',
    certainty: 'documented',
    sources: ['imgixStatusCodesJa', 'imgixStatusCodes'],
    causes: [
      'Long text or overlay parameters (`txt64`, `mark64`, `blend64`) carrying a lot of base64.',
      'A Web Proxy URL whose encoded source URL is itself long (signed storage URLs with long query strings).',
    ],
    fixes: [
      'Shorten the text, or move repeated parameters into the Source’s default parameters.',
      'Keep URLs under 2,048 characters, as imgix recommends.',
    ],
    keywords: ['uri too long', 'url too long', '8000 characters', 'long url'],
    related: ['imgix/400'],
    url: 'https://northwind.imgix.net/banners/sale.jpg?w=1200&txt64=VGhpcyBpcyBhIHZlcnkgbG9uZyB0ZXh0IG92ZXJsYXk',
    reason: 'URI Too Long',
  },
  {
    status: 421,
    messages: [{ text: 'Misdirected Request', sources: ['imgixStatusCodes'] }],
    title: 'Original failed imgix’s internal checks (usually corrupt)',
    summary: 'imgix fetched the original but it failed internal verification, which imgix says usually means the image is corrupt.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['imgixStatusCodes'],
    causes: [
      'The original is corrupt or truncated (an interrupted upload or sync).',
      'The file’s bytes do not match its extension or content type.',
    ],
    fixes: [
      'Download the original from the origin and open it: `curl -s -o original.bin "<origin URL>" && file original.bin`.',
      'Re-export and re-upload it, then purge the image in the imgix dashboard.',
    ],
    caveats: ['421 normally means a request reached a server that cannot answer for its host; imgix uses it for a failed image check instead, so generic explanations of 421 do not apply.'],
    keywords: ['misdirected request', 'corrupt image', 'broken file', 'verification'],
    related: ['imgix/422', 'imgix/413'],
    url: 'https://northwind.imgix.net/uploads/2026/11/team-photo.jpg?w=800&auto=format,compress',
    reason: 'Misdirected Request',
  },
  {
    status: 422,
    messages: [{ text: 'Precondition failed', sources: ['imgixStatusCodes'] }],
    title: 'Not an image imgix will render',
    summary: 'The file behind the URL is not something imgix renders (for example an HTML file), so it refused to serve it.',
    actor: 'origin',
    certainty: 'documented',
    sources: ['imgixStatusCodes', 'imgixStatusCodesJa'],
    causes: [
      'The path points at a non-image file: an HTML page (often the origin’s error or login page), a document or an archive.',
      'The origin answers with HTML for missing files, so a wrong path shows up as 422 rather than 404.',
    ],
    fixes: [
      'Fetch the origin URL yourself and read `content-type`: it should be an image type.',
      'Fix the path, or make the origin answer 404 for missing files instead of an HTML page.',
      'To pass non-image files through imgix on a paid plan, ask imgix support to enable it.',
    ],
    keywords: ['precondition failed', 'html', 'not an image', 'non-renderable', 'pdf'],
    related: ['imgix/421', 'imgix/404'],
    url: 'https://northwind.imgix.net/docs/price-list.html?w=400',
    reason: 'Unprocessable Entity',
  },
  {
    status: 503,
    messages: [{ text: 'Service Unavailable', sources: ['imgixIncident503'] }],
    title: 'Service unavailable at imgix',
    summary: 'imgix could not render the image at that moment; its status page has recorded incidents in which uncached derivatives answered 503.',
    actor: 'service',
    certainty: 'observed',
    sources: ['imgixIncident503'],
    causes: [
      'An imgix incident: in February 2021 about 3% of requests for derivatives not yet cached returned 503.',
      'A slow or overloaded origin delaying a first render (a possibility, not documented).',
    ],
    fixes: [
      'Check https://status.imgix.com for an ongoing incident.',
      'Retry: a cached derivative is served from the edge, so repeat requests usually succeed once rendering recovers.',
      'If it persists for one Source only, test the origin’s speed and availability, then contact imgix support with the URL and time.',
    ],
    caveats: ['imgix’s status page does not document 503 or any other 5xx; this entry rests on its incident history.'],
    keywords: ['service unavailable', 'outage', 'incident', 'imgix down', 'uncached'],
    related: ['imgix/server-error'],
    url: 'https://northwind.imgix.net/products/chair-oak.jpg?w=640&dpr=2&auto=format',
    reason: 'Service Unavailable',
  },
];

export const imgixStatuses: CatalogEntry[] = statuses.map(entryFor);
