/**
 * Cloudinary delivery statuses explained by `x-cld-error`, and the Cloudinary conditions the engine
 * recognises from several headers or from the URL (facts, sections 2.1-2.5; seed 003).
 *
 * Where no source quotes the header text for a status (403, 420, 423, 429, an unlisted status, the
 * default image), the samples carry an explicit placeholder instead of an invented message.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

export const cloudinaryEntries: CatalogEntry[] = [
  {
    id: 'cloudinary/400',
    provider: 'cloudinary',
    kind: 'status',
    code: '400',
    title: 'Bad request: invalid delivery URL or transformation',
    summary:
      'Cloudinary could not act on the delivery URL: a transformation key or value is invalid, two options conflict, or the URL is assembled in the wrong order.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      { status: 400, message: 'Invalid width in transformation: abc', certainty: 'documented', sources: ['cldSdkTroubleshoot'] },
      { status: 400, message: 'Unknown transformation nope_xyz', certainty: 'documented', sources: ['cldSdkTroubleshoot'] },
      { status: 400, message: 'Unknown transformation does_not_exist', certainty: 'documented', sources: ['cldSdkTroubleshoot'] },
      { status: 400, message: 'Invalid Transformation', certainty: 'documented', sources: ['cldCommonErrors', 'cldDiagnosingTutorial'] },
      {
        status: 400,
        message: 'Use auto gravity only with crop, fill, lfill, fill_pad or thumb',
        certainty: 'documented',
        sources: ['cldCommonErrors', 'cld40xArticle'],
      },
      { status: 400, message: 'Invalid flag in transformation: pdf', certainty: 'observed', sources: ['captureUnattributed'] },
      { status: 400, message: 'Invalid width in transformation: NaN', certainty: 'observed', sources: ['captureUnattributed'] },
      { status: 400, message: 'Invalid assignment to $titlerand: !hellllo', certainty: 'observed', sources: ['captureUnattributed'] },
      {
        status: 400,
        message: 'Error in loading https://www.adrenaline.com.br/...jpeg - 403 Forbidden',
        certainty: 'observed',
        sources: ['captureUnattributed'],
      },
      { status: 400, message: 'File size too large', certainty: 'observed', sources: ['captureUnattributed'] },
      { status: 400, message: 'Invalid image file', certainty: 'observed', sources: ['captureUnattributed'] },
    ],
    causes: [
      'A transformation key that does not exist (Cloudinary’s support article uses `ab_cd`), or a value Cloudinary rejects, such as `w_0`, `w_abc`, or `w_NaN` when the component building the URL had no width (seen with a next-cloudinary `CldImage` using `fill` without a width).',
      'A named transformation (`t_<name>`) that does not exist in this cloud.',
      'A key or flag that Cloudinary does not accept, or an invalid assignment to a user-defined variable ("Invalid assignment to $…"). "Invalid flag in transformation: pdf" comes from a dot in an attachment name, `fl_attachment:<name>.pdf`: the part after the dot is read as another flag.',
      'Options that are valid alone but conflict, such as automatic gravity (`g_auto`) with a crop mode that does not crop.',
      'URL parts in the wrong order: the cloud name after the resource type, or transformations placed inside the public ID.',
      'A fetch URL whose remote source refused Cloudinary ("Error in loading … - 403 Forbidden").',
      'An original that is too large or cannot be decoded ("File size too large", "Invalid image file"); in the recorded corrupt-file case the untransformed URL still answered 200. Cloudinary staff quote the size message with both numbers, `File size too large. Got 12419652. Maximum is 10485760.`; 10,485,760 bytes (10 MiB) is the Free plan’s image limit.',
    ],
    fixes: [
      'Read the `x-cld-error` header: it usually names the parameter and the value Cloudinary rejected. Correct that component of the URL.',
      'Build delivery URLs with a Cloudinary SDK or URL helper instead of joining strings, so keys, values and order come out right.',
      'For "Unknown transformation": create the named transformation in this cloud, or fix its name in the URL.',
      'For an attachment name with a dot: leave the extension out of `fl_attachment:<name>`.',
      'Use `g_auto` only with the crop modes the message lists (crop, fill, lfill, fill_pad, thumb), e.g. `c_fill,g_auto,w_400,h_300`.',
      'For fetch URLs: open the remote URL yourself and make sure it serves the image to anyone, Cloudinary included.',
      'After fixing, expect the old URL to keep failing for a while (see caveats); test with a URL that differs, e.g. a new version component.',
    ],
    related: ['cloudinary/url-order', 'cloudinary/401', 'cloudinary/404'],
    history: [],
    caveats: [
      'Cloudinary’s page of common `x-cld-error` messages lists "Invalid Transformation" and "Use auto gravity only with …" without a status; the pairing with 400 comes from the tutorial and support article, which describe invalid and conflicting transformations as 400.',
      'The sources disagree on misordered URLs: Cloudinary’s support article gives 400, its video tutorial 404.',
      '"File size too large", "Invalid image file", "Invalid flag …", "Invalid assignment …" and "Error in loading …" come from third-party captures, not from Cloudinary documentation.',
      'Cloudinary caches 4xx responses per exact URL with exponential back-off (1 minute, then 2, 4, 8 … up to 24 hours), so a fixed asset can keep answering with the old error at its old URL.',
    ],
    sources: ['cldDiagnosingTutorial', 'cld40xArticle', 'cldCommonErrors', 'cldSdkTroubleshoot', 'cldFileSizePost'],
    samples: [
      {
        label: 'Width that is not a number (curl -sI)',
        paste: `$ curl -sI "https://res.cloudinary.com/demo/image/upload/w_abc/sample.jpg"
HTTP/2 400
date: Thu, 12 Mar 2026 09:41:07 GMT
content-length: 0
x-cld-error: Invalid width in transformation: abc
x-request-id: 5e2a8c71d04b4e6fa3c9b18d7f20e6a4
server-timing: cld-fastly;dur=1;cpu=0;start=2026-03-12T09:41:07.512Z;desc=miss,rtt;dur=24,cloudinary;dur=31;start=2026-03-12T09:41:07.518Z,cld-id;desc=5e2a8c71d04b4e6fa3c9b18d7f20e6a4,cld-error;desc="Invalid width in transformation: abc"
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
access-control-allow-origin: *
access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary
`,
        origin: 'constructed',
        sources: ['cldSdkTroubleshoot'],
      },
      {
        label: 'Component rendered w_NaN (curl -i)',
        paste: `$ curl -i "https://res.cloudinary.com/northwind-media/image/upload/c_fill,w_NaN,h_400/f_auto/q_auto/v1/products/chair-oak"
HTTP/2 400
date: Wed, 18 Mar 2026 14:05:52 GMT
content-length: 0
x-cld-error: Invalid width in transformation: NaN
x-request-id: 9d4e7b2c1a8f4c3eb6d05f9a2e7c1b38
server-timing: cld-fastly;dur=2;cpu=0;start=2026-03-18T14:05:52.207Z;desc=miss,rtt;dur=19,cloudinary;dur=27;start=2026-03-18T14:05:52.214Z,cld-id;desc=9d4e7b2c1a8f4c3eb6d05f9a2e7c1b38,cld-error;desc="Invalid width in transformation: NaN"
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
access-control-allow-origin: *
access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary

`,
        origin: 'constructed',
        sources: ['captureUnattributed'],
      },
      {
        label: 'Automatic gravity with a scaling crop (curl -v)',
        paste: `$ curl -sv -o /dev/null "https://res.cloudinary.com/demo/image/upload/c_scale,g_auto,w_400/sample.jpg"
* Host res.cloudinary.com:443 was resolved.
*   Trying 203.0.113.24:443...
* Connected to res.cloudinary.com (203.0.113.24) port 443
* ALPN: curl offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / X25519 / RSASSA-PSS
* ALPN: server accepted h2
* using HTTP/2
> GET /demo/image/upload/c_scale,g_auto,w_400/sample.jpg HTTP/2
> Host: res.cloudinary.com
> User-Agent: curl/8.12.1
> Accept: */*
> 
* Request completely sent off
< HTTP/2 400 
< date: Tue, 14 Apr 2026 08:12:44 GMT
< content-length: 0
< x-cld-error: Use auto gravity only with crop, fill, lfill, fill_pad or thumb
< x-request-id: e07c3a95b2d14f68a1c7e40b9d25f6c3
< server-timing: cld-fastly;dur=1;cpu=0;start=2026-04-14T08:12:44.090Z;desc=miss,rtt;dur=22,cloudinary;dur=25;start=2026-04-14T08:12:44.096Z,cld-id;desc=e07c3a95b2d14f68a1c7e40b9d25f6c3,cld-error;desc="Use auto gravity only with crop, fill, lfill, fill_pad or thumb"
< server: Cloudinary
< strict-transport-security: max-age=604800
< timing-allow-origin: *
< access-control-allow-origin: *
< access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary
< 
* Connection #0 to host res.cloudinary.com left intact
`,
        origin: 'constructed',
        sources: ['cldCommonErrors', 'cld40xArticle'],
      },
    ],
    keywords: [
      'x-cld-error',
      'bad request',
      'invalid transformation',
      'invalid width in transformation',
      'unknown transformation',
      'named transformation',
      'invalid flag',
      'g_auto',
      'auto gravity',
      'w_NaN',
      'error in loading',
      'file size too large',
      'invalid image file',
      'maximum image size megapixels',
      'image too large to transform',
      'cloudinary 400',
    ],
  },
  {
    id: 'cloudinary/401',
    provider: 'cloudinary',
    kind: 'status',
    code: '401',
    title: 'Unauthorized: delivery restricted',
    summary:
      'Cloudinary refused to deliver because a restriction applies: an unsigned transformation under Strict Transformations, a restricted media type or add-on, or an asset that needs a signature.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      {
        status: 401,
        message: 'Transformation c_scale,dpr_2.0,f_webp,fl_awebp,q_auto,t_sc_thumb,w_400/ is not allowed',
        certainty: 'observed',
        sources: ['cldStrictForum'],
      },
      { status: 401, message: 'ACL deny', certainty: 'documented', sources: ['cldSdkTroubleshoot'] },
      { status: 401, message: 'deny or ACL failure', certainty: 'observed', sources: ['captureUnattributed', 'cldCommonErrors'] },
      {
        status: 401,
        message: "Can't generate images using add-ons if URL isn't signed",
        certainty: 'uncertain',
        sources: ['cldCommonErrors', 'cldSignatures'],
      },
    ],
    causes: [
      'Strict Transformations is on, and the URL asks for a derived version that is neither signed nor allowed for strict mode ("Transformation … is not allowed").',
      'PDF or ZIP delivery is blocked ("deny or ACL failure"): Free accounts block PDF files and ZIP, RAR, TAGZ and other archives by default, and any account can restrict media types in its security settings.',
      'The URL uses an add-on or feature that is set as restricted, or runs certain add-ons unsigned on an asset they were never used with before.',
      'The URL asks for the original of a private asset, which needs a signature (derived versions of private assets stay public), or for any version of an authenticated asset, which always needs one.',
      'The cloud was created automatically and not yet claimed, so it only serves the IP address that created it ("ACL deny").',
    ],
    fixes: [
      'Read the `x-cld-error` header to see which restriction applied.',
      'For Strict Transformations: mark the transformation as allowed for strict mode in the console, or deliver a signed URL, or generate the version eagerly.',
      'To sign a URL, let a Cloudinary SDK on your server generate it: the signature (`s--…--`) sits right after the delivery type and depends on the transformation and public ID, so change either and you need a new signature.',
      'For PDF, ZIP and other restricted types: allow delivery of that media type in the account security settings (on a Free account it starts blocked), or deliver a signed URL.',
      'For an unclaimed cloud: claim it, add the viewer’s IP address, or test from the IP address that created it.',
    ],
    related: ['cloudinary/400', 'cloudinary/404', 'cloudinary/403'],
    history: [],
    caveats: [
      'The add-on message is listed on Cloudinary’s page of common messages without a status. Its pairing with 401 is an inference: the delivery URL signatures page says certain add-ons need a signed URL (only the first time the add-on is used with an asset), and the tutorial gives 401 for an add-on or feature set as restricted, but no source gives the status of an unsigned add-on request.',
      'The Upload API also answers 401, e.g. "Invalid Signature … String to sign - …" in its JSON body; that concerns upload signatures, not delivery URLs.',
      'Cloudinary caches 4xx responses per exact URL with exponential back-off up to 24 hours, so a URL can keep answering 401 for a while after the setting is changed.',
    ],
    sources: [
      'cldDiagnosingTutorial',
      'cld40xArticle',
      'cldCommonErrors',
      'cldSdkTroubleshoot',
      'cldSignatures',
      'cldControlAccess',
      'cldDeliveryOptions',
      'cldStrictForum',
    ],
    samples: [
      {
        label: 'Strict Transformations rejection (devtools copy from a support thread)',
        paste: `Server:cloudinary
Status:401 Unauthorized
Vary:DPR,Width
X-Cld-Error:Transformation c_scale,dpr_2.0,f_webp,fl_awebp,q_auto,t_sc_thumb,w_400/ is not allowed
X-Request-Id:fd14846a063af96a
X-UA-Compatible:IE=Edge,chrome=1
`,
        origin: 'capture',
        sources: ['cldStrictForum'],
      },
      {
        label: 'PDF delivery blocked by restricted media types (curl -sI)',
        paste: `$ curl -sI "https://res.cloudinary.com/northwind-media/image/upload/v1767225600/docs/brochure-2026.pdf"
HTTP/2 401
date: Tue, 21 Apr 2026 16:30:09 GMT
content-length: 0
x-cld-error: deny or ACL failure
x-request-id: 1f8b6d3e9c2a4b07d5e6f1a8c3b92d40
server-timing: cld-fastly;dur=1;cpu=0;start=2026-04-21T16:30:09.331Z;desc=miss,rtt;dur=17,cloudinary;dur=12;start=2026-04-21T16:30:09.336Z,cld-id;desc=1f8b6d3e9c2a4b07d5e6f1a8c3b92d40,cld-error;desc="deny or ACL failure"
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
access-control-allow-origin: *
access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary
`,
        origin: 'constructed',
        sources: ['captureUnattributed'],
      },
      {
        label: 'Unclaimed cloud, request from another IP (curl -i)',
        paste: `$ curl -i "https://res.cloudinary.com/dq3v8xk2a/image/upload/samples/coffee.jpg"
HTTP/2 401
date: Wed, 06 May 2026 11:02:31 GMT
content-length: 0
x-cld-error: ACL deny
x-request-id: 7a2c9e41f6b84d3ca0e5d7b1f93c28e6
server-timing: cld-fastly;dur=1;cpu=0;start=2026-05-06T11:02:31.604Z;desc=miss,rtt;dur=26,cloudinary;dur=9;start=2026-05-06T11:02:31.609Z,cld-id;desc=7a2c9e41f6b84d3ca0e5d7b1f93c28e6,cld-error;desc="ACL deny"
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
access-control-allow-origin: *
access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary

`,
        origin: 'constructed',
        sources: ['cldSdkTroubleshoot'],
      },
    ],
    keywords: [
      'x-cld-error',
      'unauthorized',
      'strict transformations',
      'transformation is not allowed',
      'signed url',
      'url signature',
      'ACL deny',
      'deny or ACL failure',
      'restricted media types',
      'pdf not delivered',
      'add-on signature',
      'private image',
      'authenticated image',
      'cloud_name is disabled',
      'cloud name disabled',
      'account disabled',
      'cloudinary 401',
    ],
  },
  {
    id: 'cloudinary/403',
    provider: 'cloudinary',
    kind: 'status',
    code: '403',
    title: 'Forbidden (documented for the Admin and Upload API only)',
    summary:
      'Cloudinary answered 403, a status its SDK documentation uses for Admin and Upload API calls the account is not entitled to make; no source documents it for delivery URLs.',
    actor: 'account',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'An Admin or Upload API call for a feature the account does not include (the SDKs raise this as "NotAllowed").',
      'On a delivery URL the status is undocumented; the `x-cld-error` text is then the only explanation available.',
    ],
    fixes: [
      'Read the `x-cld-error` header and, for API calls, the error message in the JSON body.',
      'For API calls: check in the console that the account’s plan includes the feature the call uses.',
      'On a delivery URL: check the causes of a 401 (restrictions normally answer 401), and give Cloudinary support the `x-request-id` value if it persists.',
    ],
    related: ['cloudinary/401', 'cloudinary/unknown-status'],
    history: [],
    caveats: [
      'Only Cloudinary’s SDK documentation mentions 403, and only for the Admin and Upload API. No capture in the catalog’s sources shows a 403 on a delivery URL.',
    ],
    sources: ['cldSdkTroubleshoot'],
    samples: [
      {
        label: 'Admin API call refused (constructed; header text is a placeholder)',
        paste: `$ curl -sI -u "$CLOUDINARY_API_KEY:$CLOUDINARY_API_SECRET" "https://api.cloudinary.com/v1_1/northwind-media/resources/image"
HTTP/2 403
date: Tue, 19 May 2026 07:48:15 GMT
content-type: application/json; charset=utf-8
x-cld-error: <reason text: no source records one for this status>
x-request-id: c4d91e6b2f7a4850b3e8a6d0f1c27b95
`,
        origin: 'constructed',
        sources: ['cldSdkTroubleshoot'],
      },
    ],
    keywords: ['x-cld-error', 'forbidden', 'not allowed', 'NotAllowed', 'admin api 403', 'cloudinary 403'],
  },
  {
    id: 'cloudinary/404',
    provider: 'cloudinary',
    kind: 'status',
    code: '404',
    title: 'Resource not found',
    summary:
      'Cloudinary found no asset in this cloud under the public ID, resource type and delivery type the URL names.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'documented',
    variants: [
      { status: 404, message: 'Resource not found - docs/nope-xyz', certainty: 'documented', sources: ['cldSdkTroubleshoot'] },
      { status: 404, message: 'Resource not found', certainty: 'documented', sources: ['cldFetchArticle', 'cldCommonErrors'] },
      {
        status: 404,
        message: 'Resource not found - https://encrypted-tbn1.gstatic.com/images',
        certainty: 'documented',
        sources: ['cldFetchArticle'],
      },
      { status: 404, message: 'Resource not found - profile/lzizi88tpwldqbaenzkr', certainty: 'observed', sources: ['captureUnattributed'] },
      {
        status: 404,
        message: 'Resource not found - a378437a4a2b401897bcad0b0086cd09_9366',
        certainty: 'observed',
        sources: ['captureUnattributed'],
      },
    ],
    causes: [
      'The public ID is wrong: a typo, different letter case, a missing or extra folder, or an asset that was deleted or never uploaded.',
      'The resource type (`image`, `video`, `raw`) or delivery type (`upload`, `private`, `authenticated`, `fetch`) differs from the asset’s: the same public ID under another type is a different asset.',
      'The URL names another cloud than the one holding the asset (for example a staging cloud).',
      'URL parts in the wrong order, e.g. the cloud name after the resource type, or transformations after the public ID.',
      'For fetch URLs: the remote source itself answered 404, or its query string was dropped so Cloudinary requested another URL.',
    ],
    fixes: [
      'Compare the public ID after "Resource not found - " with the asset in the Media Library, folders and case included.',
      'Check the resource type and delivery type in the URL against the asset’s.',
      'Check the order: `res.cloudinary.com/<cloud_name>/<resource_type>/<type>/<transformations>/<version>/<public_id>.<extension>`.',
      'For fetch URLs: percent-encode the remote URL so its query string survives, and check that it answers 200 on its own.',
      'To show a placeholder instead of an error, add a default image (`d_<public_id>`) to the transformation.',
      'After uploading the missing asset, the same URL may keep answering 404 for a while because Cloudinary caches it; a URL with a new version component shows the fix at once.',
    ],
    related: ['cloudinary/url-order', 'cloudinary/default-image', 'cloudinary/400'],
    history: [],
    caveats: [
      'Cloudinary caches 4xx responses per exact URL with exponential back-off: 1 minute, then 2, 4, 8 … up to 24 hours, repeating in 24-hour steps.',
      'A recorded 404 body was empty, typed `image/gif` with `content-length: 0` and `cache-control: private, no-transform, max-age=0, no-cache`; other error shapes may exist.',
    ],
    sources: ['cldDiagnosingTutorial', 'cld40xArticle', 'cldCommonErrors', 'cldSdkTroubleshoot', 'cldFetchArticle'],
    samples: [
      {
        label: 'Public ID that does not exist (curl -sI)',
        paste: `$ curl -sI "https://res.cloudinary.com/demo/image/upload/docs/nope-xyz.jpg"
HTTP/2 404
date: Thu, 12 Mar 2026 09:41:07 GMT
content-type: image/gif
content-length: 0
cache-control: private, no-transform, max-age=0, no-cache
x-cld-error: Resource not found - docs/nope-xyz
x-request-id: b3f1c9e27a4d4f0e9c58d2a7e61f3b90
server-timing: cld-fastly;dur=1;cpu=0;start=2026-03-12T09:41:07.512Z;desc=miss,rtt;dur=24,cloudinary;dur=38;start=2026-03-12T09:41:07.520Z,cld-id;desc=b3f1c9e27a4d4f0e9c58d2a7e61f3b90,cld-error;desc="Resource not found - docs/nope-xyz"
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
access-control-allow-origin: *
access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary
`,
        origin: 'constructed',
        sources: ['cldSdkTroubleshoot'],
      },
      {
        label: 'Fetch URL whose query string was dropped (curl -sI)',
        paste: `$ curl -sI "https://res.cloudinary.com/northwind-media/image/fetch/https://encrypted-tbn1.gstatic.com/images?q=tbn:ANd9GcSx7kq"
HTTP/2 404
date: Tue, 02 Jun 2026 13:27:40 GMT
content-type: image/gif
content-length: 0
cache-control: private, no-transform, max-age=0, no-cache
x-cld-error: Resource not found - https://encrypted-tbn1.gstatic.com/images
x-request-id: 3b7e0f2d8a1c4e96b5d3c7a9e2f41d08
server-timing: cld-fastly;dur=1;cpu=0;start=2026-06-02T13:27:40.118Z;desc=miss,rtt;dur=21,cloudinary;dur=164;start=2026-06-02T13:27:40.124Z,cld-id;desc=3b7e0f2d8a1c4e96b5d3c7a9e2f41d08,cld-error;desc="Resource not found - https://encrypted-tbn1.gstatic.com/images"
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
access-control-allow-origin: *
access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary
`,
        origin: 'constructed',
        sources: ['cldFetchArticle'],
      },
    ],
    keywords: [
      'resource not found',
      'x-cld-error',
      'not found',
      'public id',
      'wrong resource type',
      'wrong delivery type',
      'missing folder',
      'fetch url 404',
      'image not found',
      'cloudinary 404',
    ],
  },
  {
    id: 'cloudinary/420',
    provider: 'cloudinary',
    kind: 'status',
    code: '420',
    title: 'Rate limited (420, Admin and Search API)',
    summary:
      'Cloudinary’s SDKs read 420 as "rate limited": the account has used up its hourly allowance of Admin (and Search) API calls for now; Cloudinary says Upload API methods are not rate-limited, and delivery URLs are not limited this way.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'Too many Admin or Search API calls in the current hour, e.g. listing or searching assets on every page view.',
      'Bulk scripts (migrations, re-tagging) running many API calls in parallel.',
      'A call that uses an add-on the account has not subscribed to: the SDK documentation says this can also surface as a rate-limit error.',
    ],
    fixes: [
      'Wait until the time in `X-FeatureRateLimit-Reset`, then retry with back-off; `X-FeatureRateLimit-Remaining` shows what is left.',
      'Cache Admin API results instead of calling the API while serving pages; deliver assets by URL, which the SDK documentation says is not rate-limited this way.',
      'Spread bulk jobs over time, or run them one call at a time.',
      'If the call uses an add-on, check in the console that the account is subscribed to it.',
    ],
    related: ['cloudinary/429', 'cloudinary/unknown-status'],
    history: [],
    caveats: [
      'The meaning comes from SDK code and documentation: cloudinary_gem (`lib/cloudinary/base_api.rb`) maps both 420 and 429 to RateLimited, and so does cloudinary_php’s documentation. No source shows 420 on a delivery URL.',
      '420 is not a status defined by RFC 9110; generic HTTP tools may show it without a reason phrase.',
    ],
    sources: ['cldSdkRateLimit', 'cldSdkTroubleshoot', 'cldJavaRateLimits'],
    samples: [
      {
        label: 'Admin API rate limit (constructed; header text is a placeholder)',
        paste: `$ curl -sI -u "$CLOUDINARY_API_KEY:$CLOUDINARY_API_SECRET" "https://api.cloudinary.com/v1_1/northwind-media/resources/image/upload"
HTTP/2 420
date: Tue, 23 Jun 2026 10:15:03 GMT
content-type: application/json; charset=utf-8
x-featureratelimit-limit: 500
x-featureratelimit-remaining: 0
x-featureratelimit-reset: Tue, 23 Jun 2026 11:00:00 GMT
x-cld-error: <reason text: no source records one for this status>
x-request-id: 6e9a1c4f3b2d4a87e0c5b8d6f7a31e29
`,
        origin: 'constructed',
        sources: ['cldSdkRateLimit'],
      },
    ],
    keywords: ['rate limit', 'rate limited', 'RateLimited', 'x-featureratelimit', 'admin api limit', 'too many requests', 'cloudinary 420'],
  },
  {
    id: 'cloudinary/423',
    provider: 'cloudinary',
    kind: 'status',
    code: '423',
    title: 'Still processing (423 Locked)',
    summary:
      'The requested derived asset is still being generated (a large video, an eager or an add-on transformation), so it cannot be delivered yet; retrying later should succeed.',
    actor: 'service',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: [
      'A video transformation that Cloudinary generates asynchronously has not finished.',
      'An eager transformation requested with `eager_async=true` is still running.',
      'An add-on transformation is still in progress.',
    ],
    fixes: [
      'Retry after a short wait: the cloudinary-util helper library, for example, polls every half second for as long as it gets 423.',
      'Generate predictable versions eagerly at upload time, so the first viewer does not wait for them.',
      'If the status does not clear, check the asset in the console and give Cloudinary support the `x-request-id` value.',
    ],
    related: ['cloudinary/unknown-status'],
    history: [],
    caveats: [
      'Documented for videos, eager and add-on transformations; whether plain image delivery URLs ever answer 423 is not confirmed, although cloudinary-util polls image URLs for it.',
      'No source quotes an `x-cld-error` text for 423. The PHP SDK has no class of its own for it and raises `GeneralError: Server returned unexpected status code - 423 - …`.',
    ],
    sources: ['cldSdkTroubleshoot', 'cldUtil'],
    samples: [
      {
        label: 'Video rendition not ready yet (constructed; header text is a placeholder)',
        paste: `$ curl -sI "https://res.cloudinary.com/northwind-media/video/upload/w_1280,c_limit/v1767225600/campaigns/spring-teaser.mp4"
HTTP/2 423
date: Wed, 08 Jul 2026 19:44:26 GMT
content-length: 0
x-cld-error: <reason text: no source records one for this status>
x-request-id: 8c3f5a7e1d9b4c26a4e0b7d2f8c65a13
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
access-control-allow-origin: *
`,
        origin: 'constructed',
        sources: ['cldSdkTroubleshoot', 'cldUtil'],
      },
    ],
    keywords: ['locked', 'still processing', 'processing', 'eager_async', 'eager transformation', 'video not ready', 'poll', 'cloudinary 423'],
  },
  {
    id: 'cloudinary/429',
    provider: 'cloudinary',
    kind: 'status',
    code: '429',
    title: 'Too many requests (429, Admin and Search API)',
    summary:
      'Cloudinary’s SDKs treat 429 like 420, as "rate limited" for the Admin (and Search) API, which is limited per hour; no source documents it for delivery URLs.',
    actor: 'request',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'Too many Admin or Search API calls in the current hour (Cloudinary says Upload API methods are not rate-limited).',
      'Bulk scripts running many API calls in parallel.',
      'A call that uses an add-on the account has not subscribed to: the PHP SDK’s table lists "Too many requests — or an unsubscribed add-on" for this status.',
    ],
    fixes: [
      'Wait until the time in `X-FeatureRateLimit-Reset` (where present), then retry with back-off.',
      'Cache Admin API results, and serve assets by delivery URL rather than looking them up through the API on each request.',
      'Spread bulk jobs over time.',
      'If the call uses an add-on, check in the console that the account is subscribed to it.',
    ],
    related: ['cloudinary/420', 'cloudinary/unknown-status'],
    history: [],
    caveats: [
      'Backed by SDK code and documentation: cloudinary_gem (`lib/cloudinary/base_api.rb`) and cloudinary_php’s documentation both map 429, like 420, to RateLimited. The SDK documentation also says delivery URLs are not rate-limited this way, and no capture shows 429 on one.',
    ],
    sources: ['cldSdkRateLimit', 'cldSdkTroubleshoot', 'cldJavaRateLimits'],
    samples: [
      {
        label: 'Admin API throttled (constructed; header text is a placeholder)',
        paste: `$ curl -sI -u "$CLOUDINARY_API_KEY:$CLOUDINARY_API_SECRET" "https://api.cloudinary.com/v1_1/northwind-media/resources/image/tags/spring-2026"
HTTP/2 429
date: Tue, 23 Jun 2026 10:15:03 GMT
content-type: application/json; charset=utf-8
x-cld-error: <reason text: no source records one for this status>
x-request-id: 4a0d8e2f6c1b4937a5e3d9c7b2f08e61
`,
        origin: 'constructed',
        sources: ['cldSdkRateLimit'],
      },
    ],
    keywords: ['too many requests', 'rate limit', 'RateLimited', 'throttled', 'x-featureratelimit', 'cloudinary 429'],
  },
  {
    id: 'cloudinary/server-error',
    provider: 'cloudinary',
    kind: 'condition',
    code: 'server-error',
    title: 'Cloudinary server error (5xx)',
    summary: 'Cloudinary itself answered with a 5xx status: the request reached the service and failed inside it, not because of your URL.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'observed',
    variants: [],
    causes: [
      'A temporary failure or overload inside Cloudinary.',
      'When one URL fails this way every time while others work: a transformation that fails while Cloudinary generates it.',
    ],
    fixes: [
      'Retry after a short wait, and check Cloudinary’s status page.',
      'Request the same asset without transformations: if that works, remove transformation components one at a time to find the one that fails.',
      'If it persists, send Cloudinary support the URL and the `x-request-id` value.',
    ],
    related: ['cloudinary/unknown-status', 'http/server-error'],
    history: [],
    caveats: [
      'Cloudinary documents no 5xx statuses for delivery. The only record in the sources is an SDK error, "Server returned unexpected status code - 502", in an issue thread.',
      'An `x-cld-error` header may or may not accompany a 5xx; no capture shows one.',
    ],
    sources: ['cldNpmIssue13'],
    samples: [
      {
        label: 'Bad gateway from Cloudinary (curl -sI)',
        paste: `$ curl -sI "https://res.cloudinary.com/northwind-media/image/upload/c_fill,w_600,h_600/v1767225600/products/lamp.jpg"
HTTP/2 502
date: Tue, 14 Apr 2026 08:12:44 GMT
content-length: 0
x-request-id: 2d6f9b3e7a1c4d58b0e4a6c8f3d71b95
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
`,
        origin: 'constructed',
        sources: ['cldNpmIssue13'],
      },
    ],
    keywords: ['Server returned unexpected status code', 'bad gateway', 'service unavailable', 'gateway timeout', '502', '503', '504', 'cloudinary down', 'cloudinary outage'],
  },
  {
    id: 'cloudinary/unknown-status',
    provider: 'cloudinary',
    kind: 'condition',
    code: 'unknown-status',
    title: 'Cloudinary error with a status the catalog does not cover',
    summary:
      'The response carries an `x-cld-error` header with an HTTP status this catalog has no entry for, so the header text is the best explanation available.',
    actor: 'service',
    severity: 'error',
    layer: 'image-service',
    certainty: 'uncertain',
    variants: [],
    causes: [
      'Cloudinary used a status that its public documentation does not describe.',
      'A proxy or CDN in front of Cloudinary (a custom domain, for instance) changed the status but passed the `x-cld-error` header through.',
    ],
    fixes: [
      'Read the `x-cld-error` text; the engine also matches it against the known message classes, which often imply what went wrong.',
      'Request the same path directly from `res.cloudinary.com` to see whether something in between changes the response.',
      'Give Cloudinary support the URL and the `x-request-id` value.',
    ],
    related: ['cloudinary/400', 'cloudinary/401', 'cloudinary/404', 'cloudinary/server-error'],
    history: [],
    caveats: ['The sample’s status (410) and text are placeholders: no source records Cloudinary sending that status.'],
    sources: ['cldCommonErrors', 'cldSdkTroubleshoot'],
    samples: [
      {
        label: 'Unlisted status (constructed; status and header text are placeholders)',
        paste: `$ curl -sI "https://res.cloudinary.com/northwind-media/image/upload/v1767225600/archive/2019/banner.jpg"
HTTP/2 410
date: Tue, 19 May 2026 07:48:15 GMT
content-length: 0
x-cld-error: <reason text: no source records one for this status>
x-request-id: 0b5c8e3a7f2d4169c4a1e8d6b9f37c22
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
`,
        origin: 'constructed',
        sources: [],
      },
    ],
    keywords: ['x-cld-error', 'unknown status', 'unexpected status', 'cloudinary error'],
  },
  {
    id: 'cloudinary/default-image',
    provider: 'cloudinary',
    kind: 'condition',
    code: 'default-image',
    title: 'Default image delivered instead of the requested asset',
    summary:
      'The response is a 200, but its `x-cld-error` header shows that Cloudinary substituted the default image named by the URL’s `d_` parameter for the asset that was asked for.',
    actor: 'request',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: [
      'The requested public ID does not exist (typo, deleted, not uploaded yet, or another resource or delivery type), so the `d_` placeholder was used.',
      'The placeholder is expected: the page deliberately asks for assets that may be missing, such as user avatars.',
    ],
    fixes: [
      'Read the `x-cld-error` text to see what Cloudinary could not deliver.',
      'Check the public ID, resource type and delivery type of the requested asset, as for a 404.',
      'If the placeholder is intended, nothing needs to change; the header only records that it was used.',
    ],
    related: ['cloudinary/404', 'cloudinary/url-order'],
    history: [],
    caveats: [
      'Cloudinary documents that the header is sent on otherwise successful responses, with the default image as its example, but no source quotes the text it carries then; the sample’s text is a placeholder.',
      'Any 200 with an `x-cld-error` header is reported here; the default image is the documented case, and other warnings may exist.',
    ],
    sources: ['cld40xArticle', 'cldCommonErrors'],
    samples: [
      {
        label: 'Avatar placeholder served (curl -I, aligned; constructed, header text is a placeholder)',
        paste: `$ curl -I https://res.cloudinary.com/northwind-media/image/upload/d_avatar_placeholder.png,c_fill,w_96,h_96/users/8841.jpg

  HTTP/2 200
  content-type:                  image/png
  date:                          Tue, 10 Feb 2026 12:00:00 GMT
  vary:                          Accept,User-Agent
  strict-transport-security:     max-age=604800
  cache-control:                 private, no-transform, immutable, max-age=2592000
  x-cld-error:                   <reason text: not quoted by any source for this case>
  server-timing:                 cld-fastly;dur=2;cpu=1;start=2026-02-10T12:00:00.143Z;desc=hit,rtt;dur=31
  server:                        Cloudinary
  timing-allow-origin:           *
  access-control-allow-origin:   *
  accept-ranges:                 bytes
  x-content-type-options:        nosniff
  content-length:                2318
`,
        origin: 'constructed',
        sources: ['cldCssWizardry', 'cld40xArticle'],
      },
    ],
    keywords: ['default image', 'd_', 'placeholder image', 'fallback image', 'x-cld-error on 200', 'wrong image shown'],
  },
  {
    id: 'cloudinary/url-order',
    provider: 'cloudinary',
    kind: 'condition',
    code: 'url-order',
    title: 'Delivery URL parts in the wrong order',
    summary:
      'The Cloudinary URL has its parts out of order (the cloud name after the resource or delivery type, or transformations after the version or inside the public ID), so Cloudinary reads them as something else and fails.',
    actor: 'request',
    severity: 'warning',
    layer: 'image-service',
    certainty: 'documented',
    variants: [],
    causes: [
      'The cloud name was placed after `/image/upload/` (or another resource and delivery type) instead of right after the host.',
      'Transformations were placed after the version component (`v1699999999`), so Cloudinary reads them as folders of the public ID.',
      'Transformations were appended after the public ID, or inserted between its folders.',
      'The URL was assembled by hand from parts in a template.',
    ],
    fixes: [
      'Put the parts in this order: `https://res.cloudinary.com/<cloud_name>/<resource_type>/<type>/<transformations>/<version>/<public_id>.<extension>`.',
      'Keep every transformation component (chained ones separated by `/`) before the version and the public ID; a signature `s--…--` goes right after the delivery type.',
      'Generate URLs with a Cloudinary SDK or URL helper instead of string templates.',
    ],
    related: ['cloudinary/400', 'cloudinary/404'],
    history: [],
    caveats: [
      'The sources disagree on the resulting status: Cloudinary’s support article says 400, its video tutorial says 404.',
      'On a private CDN host (`<cloud>-res.cloudinary.com`) or a custom domain the path has no cloud name, so there it legitimately starts with the resource type.',
      'The engine can only see this when the paste shows the requested URL (a curl command line, a `curl -v` request line or a HAR file).',
    ],
    sources: ['cld40xArticle', 'cldDiagnosingTutorial', 'cldSignatures', 'cldUtil'],
    samples: [
      {
        label: 'Transformation after the version (curl -sI)',
        paste: `$ curl -sI "https://res.cloudinary.com/demo/image/upload/v1699999999/w_300,c_fill/sample.jpg"
HTTP/2 404
date: Wed, 18 Mar 2026 14:05:52 GMT
content-type: image/gif
content-length: 0
cache-control: private, no-transform, max-age=0, no-cache
x-cld-error: Resource not found - w_300,c_fill/sample
x-request-id: 5d2b7f0e9a3c4e81b6f4d2a8c0e79b13
server-timing: cld-fastly;dur=1;cpu=0;start=2026-03-18T14:05:52.207Z;desc=miss,rtt;dur=19,cloudinary;dur=33;start=2026-03-18T14:05:52.213Z,cld-id;desc=5d2b7f0e9a3c4e81b6f4d2a8c0e79b13,cld-error;desc="Resource not found - w_300,c_fill/sample"
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
access-control-allow-origin: *
access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary
`,
        origin: 'constructed',
        sources: ['cldDiagnosingTutorial', 'cldSdkTroubleshoot'],
      },
      {
        label: 'Cloud name after the delivery type (constructed; header text is a placeholder)',
        paste: `$ curl -sI "https://res.cloudinary.com/image/upload/demo/sample.jpg"
HTTP/2 400
date: Thu, 12 Mar 2026 09:41:07 GMT
content-length: 0
x-cld-error: <reason text: no source records the exact message for this mistake>
x-request-id: 9f1e4c7a2b8d4306e5a9c1b7d4f28e60
server: Cloudinary
strict-transport-security: max-age=604800
timing-allow-origin: *
access-control-allow-origin: *
access-control-expose-headers: X-Cld-Error,Content-Length,Content-Disposition,Server-Timing,Vary
`,
        origin: 'constructed',
        sources: ['cld40xArticle'],
      },
    ],
    keywords: [
      'url structure',
      'url order',
      'cloud name in wrong place',
      'transformation after version',
      'transformation after public id',
      'malformed cloudinary url',
      'order matters',
      'x-cld-error',
    ],
  },
];
