/**
 * The codes ImageKit names in its `ik-error` header, `ERROR_CODE - ERROR_MESSAGE`, when fetching
 * the original from your origin fails (facts 5.1). The status is 404 with a plain "Not Found"
 * body, except for ELIMIT, which comes with 400. Only the ENOENT message is quoted by the docs;
 * the other samples carry the code and a placeholder instead of an invented message.
 */
import type { CatalogEntry, Sample } from '../../../catalog/types.ts';

interface IkError {
  code: 'ENOENT' | 'EACCES' | 'ELIMIT' | 'ECONNREFUSED' | 'UNIDENTIFIED';
  status: number;
  /** The message as the docs quote it, or null where they quote none. */
  message: string | null;
  title: string;
  summary: string;
  actor: CatalogEntry['actor'];
  layer: CatalogEntry['layer'];
  causes: string[];
  fixes: string[];
  caveats: string[];
  keywords: string[];
  related: string[];
  path: string;
}

function headerValueOf({ code, message }: IkError): string {
  return `${code} - ${message ?? '[placeholder: the docs quote no message for this code]'}`;
}

function sampleFor(error: IkError): Sample {
  return {
    label: `ik-error ${error.code} (curl -sI, constructed${error.message ? '' : '; placeholder message'})`,
    paste: `$ curl -sI "https://ik.imagekit.io/northwind/${error.path}"
HTTP/2 ${error.status}
content-type: text/plain; charset=utf-8
content-length: ${error.status === 404 ? 9 : 11}
date: Tue, 01 Dec 2026 12:04:51 GMT
ik-error: ${headerValueOf(error)}
x-server: ImageKit.io
cache-control: no-cache
x-cache: Error from cloudfront
via: 1.1 6f3b2d1e0a9c8b7d6e5f4a3b2c1d0e9f.cloudfront.net (CloudFront)
x-amz-cf-pop: FRA56-P4
x-amz-cf-id: q3LrR1a8mX0pYkB2cD4eF6gH8iJ0kL2mN4oP6qR8sT0uV2wX4yZ6Aw==
`,
    origin: 'constructed',
    sources: ['ikErrorTroubleshooting'],
  };
}

function entryFor(error: IkError): CatalogEntry {
  const slug = error.code.toLowerCase();
  return {
    id: `imagekit/${slug}`,
    provider: 'imagekit',
    kind: 'code',
    code: slug,
    title: error.title,
    summary: error.summary,
    actor: error.actor,
    severity: 'error',
    layer: error.layer,
    certainty: 'documented',
    variants: [{ status: error.status, message: error.message ?? error.code, certainty: 'documented', sources: ['ikErrorTroubleshooting'] }],
    causes: error.causes,
    fixes: error.fixes,
    related: error.related,
    history: [],
    caveats: error.caveats,
    sources: ['ikErrorTroubleshooting'],
    samples: [sampleFor(error)],
    keywords: ['ik-error', error.code.toLowerCase(), `ik-error ${error.code.toLowerCase()}`, 'imagekit not found', ...error.keywords],
  };
}

const ikErrors: IkError[] = [
  {
    code: 'ENOENT',
    status: 404,
    message: 'No file was found on S3 at the specified path',
    title: 'No file at that path on the origin',
    summary: 'ImageKit asked your origin for the file and it was not there: `ik-error: ENOENT - …` with a 404 and a plain "Not Found" body.',
    actor: 'origin',
    layer: 'origin',
    causes: [
      'The path after the URL endpoint does not match an object on the origin: a typo, a missing folder, or different letter case.',
      'The URL endpoint maps to another origin (or another path prefix) than the one holding the file.',
      'The file was deleted or not yet uploaded when the URL was first requested.',
    ],
    fixes: [
      'Rebuild the origin URL: the origin configured for this URL endpoint, plus its path prefix, plus the path of the ImageKit URL without `tr:` or `?tr=`. Check that object exists.',
      'For S3 and other object storage, list the key: `aws s3 ls s3://<bucket>/<prefix>/<path>` with the credentials you gave ImageKit.',
      'To show a fallback instead of a 404, add a default image with `di-<path>` (write `/` in its path as `@@`).',
    ],
    caveats: ['The message names the origin type (here S3); for another origin the wording may differ. Only this S3 wording is quoted by ImageKit’s docs.'],
    keywords: ['file not found', 'no such file', 'missing image', 'wrong path', 's3', 'no file was found'],
    related: ['imagekit/eacces', 'imagekit/404'],
    path: 'products/2026/chair-oak.jpg?tr=w-600,h-400',
  },
  {
    code: 'EACCES',
    status: 404,
    message: null,
    title: 'ImageKit may not read the origin',
    summary: 'ImageKit could not read the file because the origin refused it: the credentials configured for the origin are wrong or expired, or a firewall blocks ImageKit.',
    actor: 'account',
    layer: 'origin',
    causes: [
      'The access key or secret configured for an object-storage origin is invalid, expired, or has no read permission on the object.',
      'A web server origin blocks ImageKit’s servers with a firewall, a WAF rule or bot protection.',
      'A bucket policy or object ACL change removed ImageKit’s read access.',
    ],
    fixes: [
      'In the ImageKit dashboard, check the origin’s credentials and give them read access to the objects (for S3, `s3:GetObject` on the bucket’s keys).',
      'For a web server origin, allow ImageKit’s servers through the firewall, as its web server origin page describes.',
      'Test with the same credentials yourself before changing anything else.',
    ],
    caveats: ['The status is 404 even though the file may exist: ImageKit reports every origin fetch failure except limits that way.'],
    keywords: ['access denied', 'permission', 'credentials', 'firewall', 'iam', 'forbidden origin', 'cannot access origin', 'origin access'],
    related: ['imagekit/enoent', 'imagekit/econnrefused'],
    path: 'private-bucket/tr:w-400/reports/cover.png',
  },
  {
    code: 'ELIMIT',
    status: 400,
    message: null,
    title: 'Original beyond ImageKit’s limits',
    summary: 'The original exceeds one of ImageKit’s limits (file size, resolution), so ImageKit refused it with a 400 and `ik-error: ELIMIT`.',
    actor: 'origin',
    layer: 'image-service',
    causes: [
      'The original file is larger than the image input limit (40 MB by default, adjustable on request).',
      'The original has more pixels than the input resolution limit (100 megapixels by default, adjustable).',
    ],
    fixes: [
      'Store a smaller delivery master: downscale or re-encode it under the limits.',
      'If you need larger originals, ask ImageKit to raise the limits for your account: both are adjustable.',
    ],
    caveats: [
      'ImageKit’s troubleshooting page refers to its limits page for the reasons and gives no message text; which limit was hit is not visible in the sample.',
      'Transformation dimensions beyond 65,535 px are ignored rather than refused, and WebP output is capped at 16,383 px (limits page).',
    ],
    keywords: ['limit', 'too large', '40 mb', '100 megapixels', 'file size', 'resolution'],
    related: ['imagekit/400'],
    path: 'archive/tr:w-2000/scans/atlas-1890.png',
  },
  {
    code: 'ECONNREFUSED',
    status: 404,
    message: null,
    title: 'Origin refused ImageKit’s connection',
    summary: 'ImageKit could not connect to your origin: the web server refused the connection, usually because of a connection limit or a firewall.',
    actor: 'origin',
    layer: 'origin',
    causes: [
      'The origin web server reached its maximum number of connections.',
      'A firewall in front of the origin drops or rejects ImageKit’s requests.',
      'The origin is down, or listens on another port than the one configured.',
    ],
    fixes: [
      'Check the origin is up and reachable from outside your network: `curl -sI https://<origin>/<path>`.',
      'Allow ImageKit’s servers through the firewall, and raise the origin’s connection limit if it is low.',
    ],
    caveats: [],
    keywords: ['connection refused', 'origin down', 'firewall', 'connection limit'],
    related: ['imagekit/eacces', 'imagekit/unidentified'],
    path: 'tr:w-800/media/hero.jpg',
  },
  {
    code: 'UNIDENTIFIED',
    status: 404,
    message: null,
    title: 'Origin fetch failed for an unknown reason',
    summary: 'ImageKit’s fetch from your origin failed and it could not tell why: `ik-error: UNIDENTIFIED`. ImageKit says this is rare and asks you to contact support.',
    actor: 'service',
    layer: 'image-service',
    causes: ['A failure ImageKit could not classify (the docs say only that it is rare).'],
    fixes: [
      'Fetch the original from the origin yourself to rule out the common causes (missing file, credentials, firewall).',
      'Contact support@imagekit.io with the full URL, the time, and the `x-amz-cf-id` value if the response has one.',
    ],
    caveats: [],
    keywords: ['unidentified', 'unknown error', 'contact support'],
    related: ['imagekit/econnrefused', 'imagekit/unknown-ik-error'],
    path: 'tr:w-500/gallery/2026/night-market.jpg',
  },
];

export const imagekitIkErrors: CatalogEntry[] = ikErrors.map(entryFor);
