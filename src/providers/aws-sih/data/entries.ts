/**
 * AWS Serverless Image Handler (renamed Dynamic Image Transformation for Amazon CloudFront): every
 * error its image handler answers with (v6.3.3, source/image-handler/; facts, cdns.md 6.4), and
 * the conditions the engine reads from the delivery around it (CloudFront, API Gateway).
 *
 * The handler's error body is `JSON.stringify(new ImageHandlerError(status, code, message))`, so the
 * keys come in that order: `{"status":404,"code":"NoSuchKey","message":"..."}`. The samples are
 * constructed around those verbatim bodies: the facts hold no capture with full headers.
 */
import type { CatalogEntry, Sample } from '../../../catalog/types.ts';

const DISTRIBUTION = 'https://d3k9x2v7q1m8ab.cloudfront.net';

/** The fields every entry here starts from; entries override history and caveats where they have any. */
function base(): Pick<CatalogEntry, 'provider' | 'history' | 'caveats'> {
  return { provider: 'aws-sih', history: [], caveats: [] };
}

interface ErrorResponse {
  path: string;
  status: number;
  body: string;
  /** Varies the request ids so no two samples share them. */
  seed: number;
  contentType?: string;
}

/**
 * A response as `curl -i` prints it when CloudFront fronts the handler's API Gateway: the
 * handler's own headers (index.ts `getResponseHeaders`: the Access-Control-Allow-* set),
 * API Gateway's request ids, then CloudFront's. An error passes through as `Error from cloudfront`.
 */
function viaCloudFront({ path, status, body, seed, contentType = 'application/json' }: ErrorResponse): string {
  const hex = (n: number) => ((seed * 2654435761 + n * 40503) >>> 0).toString(16).padStart(8, '0');
  return `$ curl -i "${DISTRIBUTION}${path}"
HTTP/2 ${status}
content-type: ${contentType}
content-length: ${new TextEncoder().encode(body).length}
date: Tue, 10 Nov 2026 09:${String(10 + seed).padStart(2, '0')}:22 GMT
x-amzn-requestid: ${hex(1)}-${hex(2).slice(0, 4)}-4${hex(3).slice(0, 3)}-a${hex(4).slice(0, 3)}-${hex(5)}${hex(6).slice(0, 4)}
access-control-allow-methods: GET
access-control-allow-headers: Content-Type, Authorization
access-control-allow-credentials: true
x-amz-apigw-id: Qk${hex(7).slice(0, 6)}IAMF${hex(8).slice(0, 2)}w=
x-amzn-trace-id: Root=1-6730f5a${seed % 10}-${hex(9)}${hex(10)}${hex(11).slice(0, 8)};Sampled=0;lineage=1:${hex(12)}:0
x-cache: Error from cloudfront
via: 1.1 ${hex(13)}${hex(14)}${hex(15)}${hex(16)}.cloudfront.net (CloudFront)
x-amz-cf-pop: FRA56-P${1 + (seed % 9)}
x-amz-cf-id: ${btoa(hex(17) + hex(18) + hex(19)).slice(0, 54)}==

${body}`;
}

function handlerError(path: string, status: number | string, code: string, message: string, seed: number): string {
  return viaCloudFront({ path, status: Number(status), body: JSON.stringify({ status, code, message }), seed });
}

function constructed(label: string, paste: string, sources: string[]): Sample {
  return { label, paste, origin: 'constructed', sources };
}

const NO_SUCH_KEY_PATH = '/eyJidWNrZXQiOiJhY21lLWltYWdlcyIsImtleSI6InBob3Rvcy90ZWFtLmpwZyIsImVkaXRzIjp7InJlc2l6ZSI6eyJ3aWR0aCI6NDAwLCJoZWlnaHQiOjMwMCwiZml0IjoiY292ZXIifX19';

export const awsSihEntries: CatalogEntry[] = [
  {
    ...base(),
    id: 'aws-sih/no-such-key',
    kind: 'code',
    code: 'no-such-key',
    title: 'NoSuchKey: the image is not in the bucket',
    summary: 'The handler could not read the requested key from S3, so it answered 404 NoSuchKey.',
    actor: 'request',
    severity: 'error',
    layer: 'origin',
    certainty: 'vendor-code',
    variants: [
      {
        status: 404,
        message: 'The image {key} does not exist or the request may not be base64 encoded properly.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
      { status: 404, message: 'The specified key does not exist.', certainty: 'observed', sources: ['sihIssue299'] },
      { status: 500, message: 'The specified key does not exist.', certainty: 'observed', sources: ['sihIssue123'] },
    ],
    causes: [
      'The key in the request does not exist in the source bucket: a typo, a missing folder prefix, or a file not uploaded yet.',
      'The key is encoded differently from the stored object: spaces, `+`, parentheses or non-ASCII characters percent-encoded once too often or not at all.',
      'A base64 request that decodes to another key than intended (a hand-edited or truncated path).',
      'The Lambda role cannot read the object (a KMS key, a bucket policy): since v6 any failure of the S3 read is reported as NoSuchKey, not as access denied.',
    ],
    fixes: [
      'Decode the request (the diagnoser shows the decoded bucket and key) and compare the key with `aws s3 ls s3://<bucket>/<key>`.',
      'Build the base64 request from JSON with a library (`btoa(JSON.stringify(request))`) instead of editing the path by hand.',
      'If the object exists, check that the handler role may `s3:GetObject` it (and decrypt it, for SSE-KMS); CloudWatch logs show the real S3 error.',
      'After uploading, expect CloudFront to serve the cached 404 until its error-caching TTL ends, or invalidate the path.',
    ],
    related: ['aws-sih/bucket-not-allowed', 'aws-sih/cannot-decode-request', 'aws-sih/fallback-image'],
    history: [
      { when: 'v4.0 (2019)', text: 'A missing key came back as status 500 with the S3 message "The specified key does not exist."', sources: ['sihIssue123'] },
      { when: 'v4.2.0 (2020)', text: 'Missing images answer 404 instead of 500.', sources: ['sihChangelog'] },
      { when: 'v6.0.0 (2021)', text: 'Keys with parentheses, which had answered NoSuchKey, are found.', sources: ['sihIssue299'] },
      {
        when: 'v6.x',
        text: 'The message became "The image <key> does not exist or the request may not be base64 encoded properly.", and any failed S3 read maps to it.',
        sources: ['sihImageRequest'],
      },
    ],
    caveats: ['Because every failed S3 read becomes NoSuchKey in v6, a 404 here does not prove the object is missing: permissions give the same answer.'],
    sources: ['sihImageRequest', 'sihIssue123', 'sihIssue299', 'sihChangelog'],
    samples: [
      constructed(
        'Missing key behind CloudFront (curl -i)',
        handlerError(NO_SUCH_KEY_PATH, 404, 'NoSuchKey', 'The image photos/team.jpg does not exist or the request may not be base64 encoded properly.', 1),
        ['sihImageRequest'],
      ),
      {
        label: 'Thumbor path, v5.2 wording (body from issue #299)',
        paste: `$ curl -i "${DISTRIBUTION}/fit-in/500x0/nameaaa(2).png"
HTTP/2 404
content-type: application/json

{"status":404,"code":"NoSuchKey","message":"The specified key does not exist."}`,
        origin: 'constructed',
        sources: ['sihIssue299'],
      },
    ],
    keywords: ['NoSuchKey', 'does not exist', 'specified key does not exist', 'may not be base64 encoded properly', 'image not found', 's3 key', '404'],
  },
  {
    ...base(),
    id: 'aws-sih/bucket-not-allowed',
    kind: 'code',
    code: 'bucket-not-allowed',
    title: 'ImageBucket::CannotAccessBucket: bucket not in SOURCE_BUCKETS',
    summary: 'The request names a bucket (for the image or an overlay) that the stack’s SOURCE_BUCKETS list does not allow, so the handler answered 403.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: 403,
        message: 'The bucket you specified could not be accessed. Please check that the bucket is specified in your SOURCE_BUCKETS.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
      {
        status: 403,
        message: 'The overlay image bucket you specified could not be accessed. Please check that the bucket is specified in your SOURCE_BUCKETS.',
        certainty: 'vendor-code',
        sources: ['sihImageHandler'],
      },
    ],
    causes: [
      'The base64 request’s `bucket` is not one of the comma-separated names in the SOURCE_BUCKETS stack parameter.',
      'An `overlayWith` edit points at a bucket outside SOURCE_BUCKETS.',
      'A typo or a different case in the bucket name: the comparison is exact.',
    ],
    fixes: [
      'Add the bucket to the SOURCE_BUCKETS parameter of the CloudFormation stack (update the stack; the Lambda reads it from its environment).',
      'Or leave `bucket` out of the request: the handler then uses the first bucket of SOURCE_BUCKETS.',
      'The handler role needs read access to the new bucket too, or the next answer is NoSuchKey.',
    ],
    related: ['aws-sih/no-source-buckets', 'aws-sih/no-such-key'],
    sources: ['sihImageRequest', 'sihImageHandler'],
    samples: [
      constructed(
        'Bucket outside SOURCE_BUCKETS (curl -i)',
        handlerError(
          '/eyJidWNrZXQiOiJvdGhlci10ZWFtLWFzc2V0cyIsImtleSI6ImJhbm5lci5wbmciLCJlZGl0cyI6eyJyZXNpemUiOnsid2lkdGgiOjEyMDB9fX0=',
          403,
          'ImageBucket::CannotAccessBucket',
          'The bucket you specified could not be accessed. Please check that the bucket is specified in your SOURCE_BUCKETS.',
          2,
        ),
        ['sihImageRequest'],
      ),
    ],
    keywords: ['CannotAccessBucket', 'SOURCE_BUCKETS', 'bucket could not be accessed', 'access denied', 'overlay bucket', '403', 'forbidden'],
  },
  {
    ...base(),
    id: 'aws-sih/no-source-buckets',
    kind: 'code',
    code: 'no-source-buckets',
    title: 'GetAllowedSourceBuckets::NoSourceBuckets: SOURCE_BUCKETS not set',
    summary: 'The handler’s SOURCE_BUCKETS environment variable is missing, so it cannot pick any bucket and answers 400.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: 400,
        message:
          'The SOURCE_BUCKETS variable could not be read. Please check that it is not empty and contains at least one source bucket, or multiple buckets separated by commas. Spaces can be provided between commas and bucket names, these will be automatically parsed out when decoding.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
    ],
    causes: [
      'The Lambda function’s SOURCE_BUCKETS environment variable was removed or renamed, typically by editing the function by hand or deploying a customised copy.',
    ],
    fixes: ['Set SOURCE_BUCKETS through the stack parameter (not in the console, where the next stack update overwrites it) and redeploy.'],
    related: ['aws-sih/bucket-not-allowed'],
    sources: ['sihImageRequest'],
    samples: [
      constructed(
        'Stack without source buckets (curl -i)',
        handlerError(
          '/fit-in/300x300/logo.png',
          400,
          'GetAllowedSourceBuckets::NoSourceBuckets',
          'The SOURCE_BUCKETS variable could not be read. Please check that it is not empty and contains at least one source bucket, or multiple buckets separated by commas. Spaces can be provided between commas and bucket names, these will be automatically parsed out when decoding.',
          3,
        ),
        ['sihImageRequest'],
      ),
    ],
    keywords: ['NoSourceBuckets', 'SOURCE_BUCKETS variable could not be read', 'environment variable', '400'],
  },
  {
    ...base(),
    id: 'aws-sih/request-type-error',
    kind: 'code',
    code: 'request-type-error',
    title: 'RequestTypeError: the URL is in no form the handler knows',
    summary: 'The path is neither valid base64 JSON, nor a Thumbor-style path ending in an image extension, nor a match for the custom rewrite, or a file without an extension could not be typed.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: 400,
        message:
          'The type of request you are making could not be processed. Please ensure that your original image is of a supported file type (jpg/jpeg, png, tiff/tif, webp, svg, gif, avif) and that your image request is provided in the correct syntax. Refer to the documentation for additional guidance on forming image requests.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
      {
        status: 500,
        message:
          'The file does not have an extension and the file type could not be inferred. Please ensure that your original image is of a supported file type (jpg/jpeg, png, tiff, webp, gif, avif). Inferring the image type from hex headers is not available for SVG images. Refer to the documentation for additional guidance on forming image requests.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
    ],
    causes: [
      'A Thumbor-style path whose file has no supported extension (`.jpg`, `.jpeg`, `.png`, `.webp`, `.tiff`, `.tif`, `.svg`, `.gif`, `.avif`), e.g. `.heic` or an upper-case path through a custom rewrite.',
      'A base64 request made URL-safe (`-` and `_` instead of `+` and `/`) or stripped of its `=` padding: it is then no longer base64 to the handler, and not a Thumbor path either.',
      'With status 500: the stored object has no extension and its first bytes match none of the formats the handler recognises (SVG cannot be recognised this way).',
    ],
    fixes: [
      'Give the source file one of the supported extensions, or request it with the base64 form, which does not need one.',
      'Encode base64 requests with standard base64 and keep the padding.',
      'For files without extension: store them with a correct `Content-Type`, or convert them to a supported format.',
    ],
    related: ['aws-sih/cannot-decode-request', 'aws-sih/cannot-read-path'],
    sources: ['sihImageRequest'],
    samples: [
      constructed(
        'HEIC file in a Thumbor path (curl -i)',
        handlerError(
          '/fit-in/800x600/uploads/IMG_4021.heic',
          400,
          'RequestTypeError',
          'The type of request you are making could not be processed. Please ensure that your original image is of a supported file type (jpg/jpeg, png, tiff/tif, webp, svg, gif, avif) and that your image request is provided in the correct syntax. Refer to the documentation for additional guidance on forming image requests.',
          4,
        ),
        ['sihImageRequest'],
      ),
    ],
    keywords: ['RequestTypeError', 'type of request you are making could not be processed', 'file does not have an extension', 'unsupported file type', 'heic'],
  },
  {
    ...base(),
    id: 'aws-sih/cannot-decode-request',
    kind: 'code',
    code: 'cannot-decode-request',
    title: 'DecodeRequest::CannotDecodeRequest: the base64 request is not JSON',
    summary: 'The path looked like base64, but it did not decode to valid JSON, so the handler answered 400.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: 400,
        message:
          'The image request you provided could not be decoded. Please check that your request is base64 encoded properly and refer to the documentation for additional guidance.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
    ],
    causes: [
      'The base64 path was cut short (a length limit, a copy-paste) or edited, so the JSON inside is incomplete.',
      'The JSON was built by string concatenation and is invalid (a trailing comma, single quotes, unescaped quotes in the key).',
    ],
    fixes: [
      'Paste the URL into the diagnoser: it decodes the path and says where it stops being JSON.',
      'Generate the path with `btoa(JSON.stringify(request))` (or `Buffer.from(JSON.stringify(request)).toString("base64")` on Node).',
    ],
    related: ['aws-sih/request-type-error', 'aws-sih/no-such-key'],
    sources: ['sihImageRequest'],
    samples: [
      constructed(
        'Truncated base64 request (curl -i)',
        handlerError(
          '/eyJidWNrZXQiOiJhY21lLWltYWdlcyIsImtleSI6InBob3Rvcy90ZWFtLmpwZyIsImVkaXRzIjp7InJlc2l6ZSI6eyJ3aWR0aCI6NDAw',
          400,
          'DecodeRequest::CannotDecodeRequest',
          'The image request you provided could not be decoded. Please check that your request is base64 encoded properly and refer to the documentation for additional guidance.',
          5,
        ),
        ['sihImageRequest'],
      ),
    ],
    keywords: ['CannotDecodeRequest', 'could not be decoded', 'base64 encoded properly', 'base64', 'invalid json'],
  },
  {
    ...base(),
    id: 'aws-sih/cannot-read-path',
    kind: 'code',
    code: 'cannot-read-path',
    title: 'DecodeRequest::CannotReadPath: no path to decode',
    summary: 'The handler was asked to decode a request whose path it could not read at all, and answered 400.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: 400,
        message: 'The URL path you provided could not be read. Please ensure that it is properly formed according to the solution documentation.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
    ],
    causes: [
      'The event reached the Lambda without a `path` (a custom integration, a test event, or an API Gateway mapping that drops it).',
      'A request to the distribution’s root (`/`) forwarded with an empty path.',
    ],
    fixes: [
      'Request an image path, not the distribution root.',
      'If you invoke the Lambda another way (a custom API, a test event), pass `path` as API Gateway’s proxy integration does.',
    ],
    related: ['aws-sih/cannot-decode-request', 'aws-sih/request-type-error'],
    caveats: ['When exactly a request through CloudFront and API Gateway arrives without a path is not documented; the causes are read from the code.'],
    sources: ['sihImageRequest'],
    samples: [
      constructed(
        'Empty path (curl -i)',
        handlerError(
          '/',
          400,
          'DecodeRequest::CannotReadPath',
          'The URL path you provided could not be read. Please ensure that it is properly formed according to the solution documentation.',
          6,
        ),
        ['sihImageRequest'],
      ),
    ],
    keywords: ['CannotReadPath', 'URL path you provided could not be read', 'path'],
  },
  {
    ...base(),
    id: 'aws-sih/unknown-request-type',
    kind: 'code',
    code: 'unknown-request-type',
    title: 'CannotFindBucket, CannotParseEdits or CannotFindImage: request type not handled',
    summary: 'One of the handler’s fallbacks for a request type it has no branch for answered; the stock v6 code does not reach them, so a modified or other version is likely.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: 404,
        message: 'The bucket you specified could not be found. Please check the spelling of the bucket name in your request.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
      {
        status: 400,
        message: 'The edits you provided could not be parsed. Please check the syntax of your request and refer to the documentation for additional guidance.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
      {
        status: 404,
        message: 'The image you specified could not be found. Please check your request syntax as well as the bucket you specified to ensure it exists.',
        certainty: 'vendor-code',
        sources: ['sihImageRequest'],
      },
    ],
    causes: [
      'A customised handler (or another release) that adds a request type without handling it in parseImageBucket, parseImageEdits or parseImageKey.',
      'In older releases these messages may have been reachable for malformed requests; which releases is not recorded.',
    ],
    fixes: [
      'Check which release the stack runs (the stack’s outputs and the Lambda’s description name it) and compare the request with that release’s documentation.',
      'For the stock handler, rebuild the URL in the base64 or Thumbor form; for a customised one, look at its request-type code.',
    ],
    related: ['aws-sih/request-type-error', 'aws-sih/no-such-key'],
    caveats: [
      'In v6.3.3 the three messages sit in the final `else` of their functions, behind parseRequestType, which throws RequestTypeError for anything it does not recognise; how a stock deployment could reach them is not clear.',
    ],
    sources: ['sihImageRequest'],
    samples: [
      constructed(
        'Image not found by a customised handler (curl -i)',
        handlerError(
          '/thumbs/large/catalog/chair.jpg',
          404,
          'ImageEdits::CannotFindImage',
          'The image you specified could not be found. Please check your request syntax as well as the bucket you specified to ensure it exists.',
          7,
        ),
        ['sihImageRequest'],
      ),
    ],
    keywords: ['CannotFindBucket', 'CannotParseEdits', 'CannotFindImage', 'ImageEdits', 'ImageBucket', 'bucket could not be found', 'edits could not be parsed'],
  },
  {
    ...base(),
    id: 'aws-sih/signature-required',
    kind: 'code',
    code: 'signature-required',
    title: 'AuthorizationQueryParametersError: signature missing',
    summary: 'Signing is switched on for the stack and the URL has no `signature` query parameter, so the handler answered 400.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 400, message: 'Query-string requires the signature parameter.', certainty: 'vendor-code', sources: ['sihImageRequest'] }],
    causes: [
      'ENABLE_SIGNATURE is `Yes` and the page uses unsigned URLs (a template or CMS that builds image URLs itself).',
      'A CloudFront cache policy that does not forward the query string to the origin: the handler then never sees `signature`.',
    ],
    fixes: [
      'Sign every URL on your server: `signature` is the hex HMAC-SHA256 of the request path (everything before `?`) with the secret from Secrets Manager.',
      'Make the distribution forward the `signature` query parameter to the origin.',
    ],
    related: ['aws-sih/signature-does-not-match', 'aws-sih/signature-validation-failure'],
    sources: ['sihImageRequest'],
    samples: [
      constructed(
        'Unsigned URL on a signing stack (curl -i)',
        handlerError('/fit-in/640x0/filters:quality(75)/articles/cover.jpg', 400, 'AuthorizationQueryParametersError', 'Query-string requires the signature parameter.', 8),
        ['sihImageRequest'],
      ),
    ],
    keywords: ['AuthorizationQueryParametersError', 'requires the signature parameter', 'signature', 'signed url', 'ENABLE_SIGNATURE'],
  },
  {
    ...base(),
    id: 'aws-sih/signature-does-not-match',
    kind: 'code',
    code: 'signature-does-not-match',
    title: 'SignatureDoesNotMatch: wrong signature',
    summary: 'The URL’s `signature` is not the HMAC-SHA256 of its path with the stack’s secret, so the handler answered 403.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 403, message: 'Signature does not match.', certainty: 'vendor-code', sources: ['sihImageRequest'] }],
    causes: [
      'The signature was computed over something other than the exact path the handler receives: with the query string, without the leading `/`, or before percent-encoding changed it.',
      'Another secret: the key name in the Secrets Manager secret (SECRET_KEY) or the secret itself differs between the signer and the stack.',
      'The path was changed after signing (a width swapped in a template).',
    ],
    fixes: [
      'Sign `path` exactly as requested, leading slash included, query string excluded: `createHmac("sha256", secret).update(path).digest("hex")`.',
      'Read the secret from the same Secrets Manager secret and key the stack names.',
      'Sign the final URL, after every template change.',
    ],
    related: ['aws-sih/signature-required', 'aws-sih/signature-validation-failure'],
    sources: ['sihImageRequest'],
    samples: [
      constructed(
        'Signature over the wrong string (curl -i)',
        handlerError(
          '/fit-in/640x0/articles/cover.jpg?signature=4f1d0c5b8e2a9f7763b1c0de5a4e8f2b9d6c3a1e7f0b2d4c6e8a0b1c3d5e7f9a',
          403,
          'SignatureDoesNotMatch',
          'Signature does not match.',
          9,
        ),
        ['sihImageRequest'],
      ),
    ],
    keywords: ['SignatureDoesNotMatch', 'signature does not match', 'signature mismatch', 'hmac', 'signed url', '403'],
  },
  {
    ...base(),
    id: 'aws-sih/signature-validation-failure',
    kind: 'code',
    code: 'signature-validation-failure',
    title: 'SignatureValidationFailure: the handler could not check signatures',
    summary: 'The handler failed while checking a signature (it could not read or parse its secret), and answered 500.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Signature validation failed.', certainty: 'vendor-code', sources: ['sihImageRequest'] }],
    causes: [
      'The Secrets Manager secret named in SECRETS_MANAGER does not exist, is in another region, or the Lambda role may not read it.',
      'The secret is not a JSON object, or lacks the key named in SECRET_KEY.',
    ],
    fixes: [
      'Check the secret’s name and region against the stack parameters, and that its value is JSON such as `{"signing-key": "…"}` with the key SECRET_KEY names.',
      'Give the handler role `secretsmanager:GetSecretValue` on it; CloudWatch logs show the underlying error.',
    ],
    related: ['aws-sih/signature-does-not-match', 'aws-sih/signature-required'],
    sources: ['sihImageRequest'],
    samples: [
      constructed(
        'Secret not readable (curl -i)',
        handlerError('/fit-in/640x0/articles/cover.jpg?signature=9a7e2c4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c', 500, 'SignatureValidationFailure', 'Signature validation failed.', 10),
        ['sihImageRequest'],
      ),
    ],
    keywords: ['SignatureValidationFailure', 'signature validation failed', 'secrets manager', 'SECRET_KEY', '500'],
  },
  {
    ...base(),
    id: 'aws-sih/too-large-image',
    kind: 'code',
    code: 'too-large-image',
    title: 'TooLargeImageException: output over the 6 MB Lambda limit',
    summary: 'The transformed image, base64-encoded, is larger than what a Lambda response may carry (about 6 MB), so the handler answered 413.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 413, message: 'The converted image is too large to return.', certainty: 'vendor-code', sources: ['sihImageHandler'] },
      { status: 502, message: 'Internal server error', certainty: 'observed', sources: ['sihIssue193'] },
    ],
    causes: [
      'Large output dimensions or a lossless output format (`png`, `tiff`) on a big original.',
      'No resize at all: an unedited original over roughly 4.5 MB is also too large once base64-encoded.',
    ],
    fixes: [
      'Ask for smaller dimensions or a compressed format (`webp`, `avif`, `jpeg` with a quality).',
      'Serve very large originals straight from S3 (through CloudFront) instead of through the handler.',
    ],
    related: ['aws-sih/api-gateway-error', 'aws-sih/invalid-resize'],
    history: [
      {
        when: 'before v5.1.0 (2020-11-19)',
        text: 'Outputs over the limit failed in the Lambda runtime ("Failed to post handler success response. Http response code: 413.") and reached the browser as API Gateway’s "Internal server error".',
        sources: ['sihIssue193', 'sihChangelog'],
      },
      { when: 'v5.1.0', text: 'TooLargeImageException added; v5.1 sent the status as a string ("413").', sources: ['sihIssue251'] },
      { when: 'v6.x', text: 'The status in the body is a number (413).', sources: ['sihImageHandler'] },
    ],
    sources: ['sihImageHandler', 'sihIssue251', 'sihIssue193'],
    samples: [
      constructed(
        'Large PNG output (curl -i)',
        handlerError(
          '/eyJidWNrZXQiOiJhY21lLWltYWdlcyIsImtleSI6Imhlcm8vbGF1bmNoLmpwZyIsImVkaXRzIjp7InJlc2l6ZSI6eyJ3aWR0aCI6NDAwMCwiaGVpZ2h0Ijo0MDAwfSwidG9Gb3JtYXQiOiJwbmcifX0=',
          413,
          'TooLargeImageException',
          'The converted image is too large to return.',
          11,
        ),
        ['sihImageHandler'],
      ),
      {
        label: 'v5.1 body with the status as a string',
        paste: `{
  "status": "413",
  "code": "TooLargeImageException",
  "message": "The converted image is too large to return."
}`,
        origin: 'capture',
        sources: ['sihIssue251'],
      },
    ],
    keywords: ['TooLargeImageException', 'converted image is too large to return', '6 MB', 'lambda payload limit', '413', 'payload too large'],
  },
  {
    ...base(),
    id: 'aws-sih/invalid-resize',
    kind: 'code',
    code: 'invalid-resize',
    title: 'InvalidResizeException: width or height not positive',
    summary: 'A resize asked for a width or height of zero or less (after rounding), so the handler answered 400.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 400, message: 'The image size is invalid.', certainty: 'vendor-code', sources: ['sihImageHandler'] }],
    causes: [
      'A negative or zero width or height in `edits.resize`, often a computed value that came out wrong.',
      'A fraction below 0.5, which rounds to 0.',
    ],
    fixes: [
      'Send positive whole numbers; leave `width` or `height` out (or `null`) to keep the aspect ratio.',
      'In Thumbor paths use `0` for "auto" (`/fit-in/300x0/`): the mapper turns a 0 into no value and fits inside the other dimension.',
    ],
    related: ['aws-sih/out-of-bounds', 'aws-sih/too-large-image'],
    caveats: ['A value that is not a number (`"auto"`) becomes NaN, which this check lets through: such values are not reported with this error.'],
    sources: ['sihImageHandler'],
    samples: [
      constructed(
        'Negative width (curl -i)',
        handlerError(
          '/eyJidWNrZXQiOiJhY21lLWltYWdlcyIsImtleSI6InByb2R1Y3RzL2xhbXAuanBnIiwiZWRpdHMiOnsicmVzaXplIjp7IndpZHRoIjotMjAwfX19',
          400,
          'InvalidResizeException',
          'The image size is invalid.',
          12,
        ),
        ['sihImageHandler'],
      ),
    ],
    keywords: ['InvalidResizeException', 'image size is invalid', 'resize', 'width', 'height'],
  },
  {
    ...base(),
    id: 'aws-sih/out-of-bounds',
    kind: 'code',
    code: 'out-of-bounds',
    title: 'Crop or smart crop outside the image',
    summary: 'A crop area, a smart-crop padding or a face index lies outside what the original offers, so the handler answered 400.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      {
        status: 400,
        message: 'The cropping area you provided exceeds the boundaries of the original image. Please try choosing a correct cropping value.',
        certainty: 'vendor-code',
        sources: ['sihImageHandler'],
      },
      {
        status: 400,
        message:
          'The padding value you provided exceeds the boundaries of the original image. Please try choosing a smaller value or applying padding via Sharp for greater specificity.',
        certainty: 'vendor-code',
        sources: ['sihImageHandler'],
      },
      {
        status: 400,
        message: 'You have provided a FaceIndex value that exceeds the length of the zero-based detectedFaces array. Please specify a value that is in-range.',
        certainty: 'vendor-code',
        sources: ['sihImageHandler'],
      },
    ],
    causes: [
      'Crop::AreaOutOfBounds: `edits.crop` (or a Thumbor crop `AxB:CxD`) reaches past the original’s width or height.',
      'SmartCrop::PaddingOutOfBounds: the padding around the detected face pushes the box past the image edge.',
      'SmartCrop::FaceIndexOutOfRange: `faceIndex` names a face Rekognition did not find (indexes start at 0).',
    ],
    fixes: [
      'Read the original’s dimensions first (S3 metadata or a plain request) and clamp crop boxes to them.',
      'Lower `padding`, or pad with a Sharp `extend` edit instead.',
      'Use `faceIndex: 0` unless you know how many faces the image has; images without a face need another crop.',
    ],
    related: ['aws-sih/invalid-resize'],
    sources: ['sihImageHandler'],
    samples: [
      constructed(
        'Crop past the right edge (curl -i)',
        handlerError(
          '/eyJidWNrZXQiOiJhY21lLWltYWdlcyIsImtleSI6InByb2R1Y3RzL2xhbXAuanBnIiwiZWRpdHMiOnsiZXh0cmFjdCI6eyJsZWZ0Ijo5MDAsInRvcCI6MCwid2lkdGgiOjgwMCwiaGVpZ2h0Ijo4MDB9fX0=',
          400,
          'Crop::AreaOutOfBounds',
          'The cropping area you provided exceeds the boundaries of the original image. Please try choosing a correct cropping value.',
          13,
        ),
        ['sihImageHandler'],
      ),
    ],
    keywords: ['AreaOutOfBounds', 'PaddingOutOfBounds', 'FaceIndexOutOfRange', 'smartCrop', 'crop', 'exceeds the boundaries', 'rekognition'],
  },
  {
    ...base(),
    id: 'aws-sih/overlay-too-large',
    kind: 'code',
    code: 'overlay-too-large',
    title: 'Overlay larger than the image',
    summary: 'An `overlayWith` image is wider or taller than the image it goes on, so Sharp refused to composite it and the handler answered 400.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [
      { status: 400, message: 'Image to overlay must have same dimensions or smaller', certainty: 'vendor-code', sources: ['sihIndex'] },
      { status: 500, message: 'Internal error. Please contact the system administrator.', certainty: 'vendor-code', sources: ['sihChangelog'] },
    ],
    causes: ['The watermark or overlay is larger than the resized output (a small thumbnail with a full-size logo).'],
    fixes: ['Resize the overlay itself (`overlayWith.options` / a smaller overlay file), or apply the overlay before resizing down.'],
    related: ['aws-sih/internal-error'],
    history: [{ when: 'v6.x', text: 'Overlay size errors answer 400 with this message; before, they were a 500 "Internal error".', sources: ['sihChangelog'] }],
    sources: ['sihIndex', 'sihChangelog'],
    samples: [
      constructed(
        'Watermark larger than the output (curl -i)',
        viaCloudFront({
          path: '/eyJidWNrZXQiOiJhY21lLWltYWdlcyIsImtleSI6InByb2R1Y3RzL2xhbXAuanBnIiwiZWRpdHMiOnsib3ZlcmxheVdpdGgiOnsiYnVja2V0IjoiYWNtZS1pbWFnZXMiLCJrZXkiOiJicmFuZC93YXRlcm1hcmstbGFyZ2UucG5nIn19fQ==',
          status: 400,
          body: JSON.stringify({ message: 'Image to overlay must have same dimensions or smaller', code: 'BadRequest', status: 400 }),
          seed: 14,
        }),
        ['sihIndex'],
      ),
    ],
    keywords: ['overlay', 'watermark', 'overlayWith', 'same dimensions or smaller', 'BadRequest'],
  },
  {
    ...base(),
    id: 'aws-sih/unsupported-output-format',
    kind: 'code',
    code: 'unsupported-output-format',
    title: 'UnsupportedOutputImageFormatException: output format not supported',
    summary: 'The request asked for an output format the handler cannot write, so it answered 500.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Format to {format} not supported', certainty: 'vendor-code', sources: ['sihImageHandler'] }],
    causes: ['`toFormat` (or a Thumbor `filters:format(...)`) names a format outside jpg, jpeg, png, webp, tiff, heif, raw, gif and avif, e.g. `bmp` or `svg`.'],
    fixes: ['Ask for one of the supported formats; `webp` or `avif` for photos, `png` for graphics.'],
    related: ['aws-sih/request-type-error'],
    caveats: ['The status is 500 although the request is at fault: that is how the handler reports it.'],
    sources: ['sihImageHandler'],
    samples: [
      constructed(
        'Output as BMP (curl -i)',
        handlerError(
          '/eyJidWNrZXQiOiJhY21lLWltYWdlcyIsImtleSI6InByb2R1Y3RzL2xhbXAuanBnIiwiZWRpdHMiOnsidG9Gb3JtYXQiOiJibXAifX0=',
          500,
          'UnsupportedOutputImageFormatException',
          'Format to bmp not supported',
          15,
        ),
        ['sihImageHandler'],
      ),
    ],
    keywords: ['UnsupportedOutputImageFormatException', 'not supported', 'toFormat', 'output format'],
  },
  {
    ...base(),
    id: 'aws-sih/internal-error',
    kind: 'code',
    code: 'internal-error',
    title: 'InternalError: an error the handler did not classify',
    summary: 'Something failed that the handler has no code for (usually Sharp failing on the image), and it answered 500 with its generic message.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [{ status: 500, message: 'Internal error. Please contact the system administrator.', certainty: 'vendor-code', sources: ['sihIndex'] }],
    causes: [
      'Sharp could not decode the original (a corrupt or truncated upload, a format it was not built with).',
      'An edit Sharp rejects with an exception of its own (an invalid option value).',
      'A bug or a resource limit in the Lambda (memory) that surfaced as a plain exception.',
    ],
    fixes: [
      'Open the Lambda’s CloudWatch logs at the time of the request: the real error is logged before this answer.',
      'Request the same key without edits; if that fails too, the original is the problem.',
    ],
    related: ['aws-sih/passthrough-error', 'aws-sih/overlay-too-large'],
    sources: ['sihIndex'],
    samples: [
      constructed(
        'Corrupt original (curl -i)',
        viaCloudFront({
          path: '/fit-in/1024x0/uploads/scan-0042.jpg',
          status: 500,
          body: JSON.stringify({ message: 'Internal error. Please contact the system administrator.', code: 'InternalError', status: 500 }),
          seed: 16,
        }),
        ['sihIndex'],
      ),
    ],
    keywords: ['InternalError', 'Internal error. Please contact the system administrator', '500', 'sharp'],
  },
  {
    ...base(),
    id: 'aws-sih/passthrough-error',
    kind: 'condition',
    code: 'passthrough-error',
    title: 'An AWS service’s error passed through the handler',
    summary: 'The body has the handler’s shape but a code it does not define itself: an error from S3, Rekognition or Secrets Manager, passed on with that service’s code and status.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: [
      'An overlay image that S3 refused or could not find (`AccessDenied`, `NoSuchKey` for the overlay key).',
      'Rekognition refused a smart-crop or content-moderation call (`AccessDeniedException`, `InvalidImageFormatException`, throttling).',
    ],
    fixes: [
      'Look up the code in the documentation of the AWS service it belongs to; the message is that service’s.',
      'Check the handler role’s permissions for that service, and for overlays that the overlay key exists.',
    ],
    related: ['aws-sih/internal-error', 'aws-sih/bucket-not-allowed'],
    caveats: ['Which codes pass through depends on the AWS SDK; imgdiag names the code but cannot tell which call produced it.'],
    sources: ['sihImageHandler'],
    samples: [
      constructed(
        'Rekognition refused smart crop (curl -i)',
        handlerError('/fit-in/400x400/filters:smart_crop()/team/portrait.jpg', 400, 'InvalidImageFormatException', 'Request has invalid image format', 17),
        ['sihImageHandler'],
      ),
    ],
    keywords: ['AccessDenied', 'AccessDeniedException', 'rekognition', 's3 error', 'overlay'],
  },
  {
    ...base(),
    id: 'aws-sih/api-gateway-error',
    kind: 'condition',
    code: 'api-gateway-error',
    title: 'API Gateway answered, not the handler',
    summary: 'The body is API Gateway’s `{"message": "..."}`, not the handler’s: the Lambda timed out, crashed or was never invoked.',
    actor: 'service',
    severity: 'error',
    layer: 'cdn-edge',
    certainty: 'observed',
    variants: [
      { status: 504, message: 'Endpoint request timed out', certainty: 'observed', sources: ['sihIssue200'] },
      { status: 502, message: 'Internal server error', certainty: 'observed', sources: ['sihIssue193'] },
      { status: 403, message: 'Forbidden', certainty: 'uncertain', sources: ['rfc9110'] },
    ],
    causes: [
      '504 "Endpoint request timed out": the transformation took longer than API Gateway waits (29 seconds), typically a very large original or smart crop.',
      '502 "Internal server error": the Lambda crashed or returned a response API Gateway could not use (before v5.1, an output over 6 MB).',
      '403 "Forbidden" or "Missing Authentication Token": the request reached a stage or resource the API does not have, e.g. a wrong origin path in CloudFront.',
    ],
    fixes: [
      'For timeouts: resize big originals once on upload, or raise the Lambda’s memory (which also raises its CPU).',
      'For 502: read the Lambda’s CloudWatch logs for the crash.',
      'For 403: check the CloudFront origin (API Gateway domain and origin path `/image`) against the API’s stage.',
    ],
    related: ['aws-sih/too-large-image', 'aws-sih/internal-error'],
    caveats: [
      'The 403 messages are API Gateway’s general behaviour, not something the facts record for this solution.',
      'The renamed solution’s newer releases may sit behind another front (its admin APIs answer `{"errorCode": ..., "message": ...}`); imgdiag reads the v6 layout.',
    ],
    sources: ['sihIssue200', 'sihIssue193', 'ditErrorResponses'],
    samples: [
      constructed(
        'Lambda timed out behind API Gateway (curl -i)',
        viaCloudFront({ path: '/fit-in/2400x0/filters:smart_crop()/archive/poster-9000px.jpg', status: 504, body: '{"message": "Endpoint request timed out"}', seed: 18 }),
        ['sihIssue200'],
      ),
    ],
    keywords: ['endpoint request timed out', 'internal server error', 'api gateway', 'timeout', '504', '502', 'missing authentication token'],
  },
  {
    ...base(),
    id: 'aws-sih/fallback-image',
    kind: 'condition',
    code: 'fallback-image',
    title: 'Fallback image served with the error’s status',
    summary: 'The stack’s default fallback image came back in place of the requested one, with the status of the error it stands in for.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: [
      'ENABLE_DEFAULT_FALLBACK_IMAGE is `Yes`: any handler error (a missing key, a bad request) returns the fallback image with that error’s status, 404 for a missing key.',
    ],
    fixes: [
      'Treat the status as the real answer: request the same URL with the fallback off (or read CloudWatch logs) to see which error it hides.',
      'The usual cause is a missing key: see NoSuchKey.',
    ],
    related: ['aws-sih/no-such-key'],
    caveats: ['The fallback response carries no error code, so imgdiag cannot name the error it replaces; the status is the only hint.'],
    sources: ['sihIndex'],
    samples: [
      constructed(
        'Fallback image for a missing key (curl -sI)',
        `$ curl -sI "${DISTRIBUTION}/fit-in/300x300/products/discontinued-sku.jpg"
HTTP/2 404
content-type: image/png
content-length: 4821
date: Tue, 10 Nov 2026 10:02:51 GMT
cache-control: max-age=31536000,public
last-modified: Mon, 02 Mar 2026 08:00:00 GMT
x-amzn-requestid: 0b7e2f1c-4d3a-4c8e-9f21-6a5b3c7d8e90
access-control-allow-methods: GET
access-control-allow-headers: Content-Type, Authorization
access-control-allow-credentials: true
x-amz-apigw-id: QkT3bHd1IAMFw9w=
x-cache: Error from cloudfront
via: 1.1 6f2a9c41d0b3e87f5c2d1a4b9e8f7c60.cloudfront.net (CloudFront)
x-amz-cf-pop: AMS58-P2
x-amz-cf-id: 7pQnq1c9K0yJr8f2Vw4sXb6mZt3LhA5oDe9uRg1NiYk0PcFqWs2vEw==`,
        ['sihIndex'],
      ),
    ],
    keywords: ['fallback image', 'default image', 'ENABLE_DEFAULT_FALLBACK_IMAGE', 'placeholder', '404 with image'],
  },
  {
    ...base(),
    id: 'aws-sih/error-status',
    kind: 'condition',
    code: 'error-status',
    title: 'Handler error without its body',
    summary: 'The handler answered with an error status, but the paste shows no body, and the body is where the handler names its error.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: ['The headers were captured with `curl -I` or a devtools copy, which leave out the JSON body that holds `code` and `message`.'],
    fixes: ['Repeat the request with `curl -i` (GET, body printed) and paste the whole response: the `code` in the body decides the fix.'],
    related: ['aws-sih/no-such-key', 'aws-sih/request-type-error'],
    sources: ['sihIndex'],
    samples: [
      constructed(
        'Error headers only (curl -sI)',
        `$ curl -sI "${DISTRIBUTION}/fit-in/300x300/products/discontinued-sku.jpg"
HTTP/2 404
content-type: application/json
content-length: 145
date: Tue, 10 Nov 2026 10:04:09 GMT
x-amzn-requestid: 5c1d8e2a-7b3f-4a90-8e6d-2f4b1c9a7e35
access-control-allow-methods: GET
access-control-allow-headers: Content-Type, Authorization
access-control-allow-credentials: true
x-amz-apigw-id: QkU0aGt2IAMF5aw=
x-cache: Error from cloudfront
via: 1.1 1d3c5e7a9b2f4d6e8a0c2e4f6b8d0a2c.cloudfront.net (CloudFront)
x-amz-cf-pop: AMS58-P2
x-amz-cf-id: Jm4c8QwZ1vT6pN0sK3yH9bR5fL2xE7aGd1oU4iC8nV6tS0qW3eBzYg==`,
        ['sihIndex'],
      ),
    ],
    keywords: ['curl -I', 'no body', 'application/json'],
  },
  {
    ...base(),
    id: 'aws-sih/empty-response',
    kind: 'condition',
    code: 'empty-response',
    title: 'Empty {} answered with 200',
    summary: 'A 200 with `content-type: application/json` and the body `{}` instead of an image: an old handler bug, which CloudFront then caches.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'observed',
    variants: [{ status: 200, message: '{}', certainty: 'observed', sources: ['sihIssue206'] }],
    causes: ['A v4.x handler that failed on some keys (an `x` or a size-like part in the file name) and answered with an empty object.'],
    fixes: ['Update the stack to a current release; then invalidate the affected paths in CloudFront, which cached the 200.'],
    related: ['aws-sih/internal-error'],
    history: [{ when: 'v4.2 (2020)', text: 'Reported as fixed; later reports say some file names still failed.', sources: ['sihIssue206'] }],
    sources: ['sihIssue206'],
    samples: [
      constructed(
        'Empty JSON for an image (curl -i)',
        viaCloudFront({ path: '/fit-in/320x213/130A0364-320x213.jpg', status: 200, body: '{}', seed: 19 }).replace('x-cache: Error from cloudfront', 'x-cache: Hit from cloudfront'),
        ['sihIssue206'],
      ),
    ],
    keywords: ['empty json', '{}', 'application/json instead of image', 'cached'],
  },
  {
    ...base(),
    id: 'aws-sih/served',
    kind: 'condition',
    code: 'served',
    title: 'Image delivered by the handler',
    summary: 'The image handler produced this image and CloudFront delivered it; the headers say whether it came from CloudFront’s cache.',
    actor: 'request',
    severity: 'ok',
    layer: 'image-service',
    certainty: 'vendor-code',
    variants: [],
    causes: ['A request in one of the handler’s URL forms that succeeded.'],
    fixes: ['Nothing to fix. If the image looks wrong, check the decoded request the diagnoser shows against what you meant to ask for.'],
    related: ['aws-sih/no-such-key'],
    sources: ['sihIndex'],
    samples: [
      constructed(
        'Resized image from CloudFront’s cache (curl -sI)',
        `$ curl -sI "${DISTRIBUTION}${NO_SUCH_KEY_PATH}"
HTTP/2 200
content-type: image/jpeg
content-length: 38214
date: Tue, 10 Nov 2026 08:55:40 GMT
cache-control: max-age=31536000,public
last-modified: Fri, 06 Nov 2026 16:20:11 GMT
x-amzn-requestid: 9e2d4c6b-1a3f-4e5d-8c7b-0f9e8d7c6b5a
access-control-allow-methods: GET
access-control-allow-headers: Content-Type, Authorization
access-control-allow-credentials: true
x-amz-apigw-id: QkP8cFa3IAMFh2Q=
x-cache: Hit from cloudfront
via: 1.1 8c0e2a4f6b1d3c5e7a9b0d2f4e6a8c1b.cloudfront.net (CloudFront)
x-amz-cf-pop: FRA56-P5
x-amz-cf-id: Rt5b2WqX9nK1cJ7vL3pM0sH8yG4dF6aZe2oT5uB9iN1mQ7wE3rCxVg==
age: 5123`,
        ['sihIndex'],
      ),
    ],
    keywords: ['cloudfront', 'hit from cloudfront', 'x-amz-cf-id', 'serverless image handler', 'dynamic image transformation'],
  },
];
