/**
 * Classes of Cloudinary `x-cld-error` header values, recognised by pattern.
 *
 * Order matters: the engine takes the first class whose pattern matches, so narrow wordings come
 * before broad ones. Every example is a value quoted in shared/facts/catalog-facts.md, section 2.3,
 * and must match its own class and no class above it.
 */
import type { CloudinaryMessageClass } from '../../../catalog/types.ts';

export const cloudinaryMessageClasses: CloudinaryMessageClass[] = [
  {
    id: 'account-disabled',
    title: 'Cloud disabled',
    pattern: '^cloud_name\\s+\\S+\\s+is\\s+disabled',
    impliedStatus: 401,
    explanation:
      'Cloudinary refuses to deliver anything from this cloud because the account behind it is disabled. Every capture that ' +
      'shows the status (`curl -sI` output and logs in several public repositories, e.g. `HTTP 401 · X-Cld-Error: cloud_name ' +
      'dd1ps0y8f is disabled`) shows 401; the captures name a free quota exceeded or billing as the reason.',
    fixes: [
      'Sign in to the Cloudinary console for this cloud and look for a notice that says why the account is disabled.',
      'If the account is fine, check that the URL uses your cloud name and not an old or copied one.',
      'Ask Cloudinary support if the console does not explain it.',
    ],
    examples: ['cloud_name dx7id04uv is disabled'],
    sources: ['captureUnattributed'],
  },
  {
    id: 'strict-transformation-not-allowed',
    title: 'Transformation not allowed (Strict Transformations)',
    pattern: '^Transformation\\s.+\\sis\\s+not\\s+allowed',
    impliedStatus: 401,
    explanation:
      'The account has Strict Transformations switched on, and the URL asks for a derived version that is neither signed nor ' +
      'on the list of transformations allowed without a signature.',
    fixes: [
      'Mark the transformation (or the named transformation it uses) as allowed for strict mode in the console settings.',
      'Or deliver a signed URL: let a Cloudinary SDK add the `s--…--` signature component.',
      'Or create the derived version ahead of time as an eager transformation, so delivery needs no on-the-fly generation.',
    ],
    examples: ['Transformation c_scale,dpr_2.0,f_webp,fl_awebp,q_auto,t_sc_thumb,w_400/ is not allowed'],
    sources: ['cldStrictForum', 'cldDiagnosingTutorial', 'cldSignatures'],
  },
  {
    id: 'addon-unsigned',
    title: 'Add-on used in an unsigned URL',
    pattern: 'using\\s+add-ons?\\s+if\\s+(?:the\\s+)?URL\\s+isn.?t\\s+signed',
    impliedStatus: 401,
    explanation:
      'The URL applies a transformation that runs an add-on, and for certain add-ons Cloudinary requires a signed delivery URL the first time the add-on is used with an asset.',
    fixes: [
      'Generate the URL with a Cloudinary SDK and have it signed, so it carries the `s--…--` component.',
      'Or apply the add-on at upload time (eagerly) and deliver the stored result.',
    ],
    examples: ["Can't generate images using add-ons if URL isn't signed"],
    sources: ['cldCommonErrors', 'cldDiagnosingTutorial', 'cldSignatures'],
  },
  {
    id: 'acl-restricted',
    title: 'Blocked by an access rule or a restricted media type',
    pattern: '\\bACL\\b',
    impliedStatus: 401,
    explanation:
      'An access rule of the account stopped the delivery. Seen for file types the account restricts (PDF or ZIP delivery, which Free ' +
      'accounts block by default) and for an unclaimed trial cloud that only serves the IP address it was created from.',
    fixes: [
      'For PDF, ZIP and similar files: allow delivery of that media type in the account security settings (restricted media types; on a Free account they start blocked).',
      'For a cloud created automatically and not yet claimed: claim it (finish the sign-up), add the viewer’s IP address, or test from the IP address that created it.',
    ],
    examples: ['ACL deny', 'deny or ACL failure'],
    sources: ['cldSdkTroubleshoot', 'cldCommonErrors', 'cldDeliveryOptions', 'captureUnattributed'],
  },
  {
    id: 'fetch-restricted',
    title: 'Fetch delivery type restricted',
    pattern: 'of\\s+type\\s+fetch\\s+(?:are|is)\\s+restricted',
    impliedStatus: null,
    explanation:
      'The URL uses the `fetch` delivery type (Cloudinary downloads a remote image by its URL), and the account does not allow it. ' +
      'The source gives no HTTP status for this message.',
    fixes: [
      'Sign the fetch URL (generate it with a Cloudinary SDK and `sign_url: true`), the first fix Cloudinary’s support article gives.',
      'Or allow fetched URLs in the account security settings if you mean to deliver remote images.',
      'Or upload the image to Cloudinary and deliver it with the `upload` delivery type instead.',
    ],
    examples: ['Images of type fetch are restricted in this account'],
    sources: ['cldFetchArticle'],
  },
  {
    id: 'remote-fetch-failed',
    title: 'Remote source could not be loaded',
    pattern: '^Error\\s+in\\s+loading\\b',
    impliedStatus: 400,
    explanation:
      'Cloudinary tried to download the remote source of a fetch URL and failed; in the recorded case the text ends with the status ' +
      'the remote server returned (403 Forbidden).',
    fixes: [
      'Open the remote URL named in the message yourself, without cookies, and check that it returns the image.',
      'If the remote host blocks Cloudinary (hotlink protection, bot filtering, an allowlist), allow it or upload the image instead.',
    ],
    examples: [
      'Error in loading - <remote source URL>',
      'Error in loading https://www.adrenaline.com.br/...jpeg - 403 Forbidden',
    ],
    sources: ['cldCommonErrors', 'cldFetchArticle', 'captureUnattributed'],
  },
  {
    id: 'video-too-large',
    title: 'Video too large for on-the-fly processing',
    pattern: 'too\\s+large\\s+to\\s+process\\s+synchronously',
    impliedStatus: null,
    explanation:
      'The requested video transformation would have to run on a file larger than Cloudinary processes during a delivery request ' +
      '(a community post gives 40 MB on free plans and 300 MB on paid ones).',
    fixes: [
      'Request the transformation as an eager transformation with `eager_async=true` (at upload, or later through the API), then deliver the same URL once it is ready.',
      'Or deliver a smaller rendition of the video.',
    ],
    examples: [
      'Video is too large to process synchronously, please use an eager transformation with eager_async=true to resolve',
    ],
    sources: ['cldCommonErrors', 'cldVideoLimitPost'],
  },
  {
    id: 'public-id-too-long',
    title: 'Public ID too long',
    pattern: '\\bpublic_id\\s+is\\s+too\\s+long',
    impliedStatus: null,
    explanation:
      'The public ID in the URL is longer than Cloudinary accepts: public IDs have 1 to 255 characters. For a fetch URL the whole ' +
      'remote URL is the public ID, so a long remote URL hits the same limit (a Cloudinary staff reply shows it on a 400). ' +
      'Cloudinary’s list of messages gives no status.',
    fixes: [
      'Shorten the public ID (folders count towards it), and rename the asset if it was stored under the long ID.',
      'Check that the URL was not built by mistake with a second URL or a long query string inside the public ID.',
    ],
    examples: ['public_id is too long'],
    sources: ['cldCommonErrors', 'cldNamingConventions', 'cldFileSizePost'],
  },
  {
    id: 'referenced-image-invalid',
    title: 'Referenced image unknown or invalid',
    pattern: '^Unknown\\s+or\\s+invalid\\s+referenced\\s+image\\b',
    impliedStatus: null,
    explanation:
      'A transformation refers to a second asset (for example an overlay or underlay) that Cloudinary cannot find under that public ID and ' +
      'delivery type. The documented message names the ID; its status is not given.',
    fixes: [
      'Check the public ID of the referenced asset, including folders; in layer parameters folders are separated with `:` instead of `/`.',
      'Check that the referenced asset exists with the delivery type the message names (for example `upload`).',
    ],
    examples: ['Unknown or invalid referenced image <public_id> of type upload'],
    sources: ['cldCommonErrors'],
  },
  {
    id: 'resource-not-found',
    title: 'Resource not found',
    pattern: '^Resource\\s+not\\s+found\\b',
    impliedStatus: 404,
    explanation:
      'No asset exists in this cloud with the public ID, resource type and delivery type the URL names. For fetch URLs the text ends with the ' +
      'remote URL Cloudinary tried, which shows what it actually requested.',
    fixes: [
      'Compare the public ID after the dash with the asset in the Media Library, folders and case included.',
      'Check the resource type (`image`, `video`, `raw`) and delivery type (`upload`, `private`, `authenticated`, `fetch`): the same public ID under another type is a different asset.',
      'Check the order of the URL parts: cloud name first, then resource type, delivery type, transformations, version, public ID.',
      'For fetch URLs: check that the remote URL in the message is the one you meant; a query string may have been dropped.',
    ],
    examples: [
      'Resource not found - <public_id>',
      'Resource not found',
      'Resource not found - docs/nope-xyz',
      'Resource not found - https://encrypted-tbn1.gstatic.com/images',
      'Resource not found - profile/lzizi88tpwldqbaenzkr',
      'Resource not found - a378437a4a2b401897bcad0b0086cd09_9366',
    ],
    sources: ['cldCommonErrors', 'cldSdkTroubleshoot', 'cldFetchArticle', 'captureUnattributed'],
  },
  {
    id: 'too-many-megapixels',
    title: 'Image too large to transform (megapixel limit)',
    pattern: '^Maximum\\s+(?:image\\s+size|total\\s+number\\s+of\\s+pixels\\s+in\\s+all\\s+frames(?:/pages)?)\\s+is\\s+[\\d.]+\\s+Megapixels',
    impliedStatus: 400,
    explanation:
      'The original (or, for an animated GIF or a multi-page file, all its frames or pages together) has more pixels than ' +
      'Cloudinary transforms on delivery. Cloudinary stores and serves such an original untouched but answers 400 to any ' +
      'derived URL. Captures show 25 megapixels for a still image and 50 megapixels for all frames of an animated GIF; the ' +
      'message names the limit that applied and what was requested, and the limits may differ by plan.',
    fixes: [
      'Resize the original before upload (or with an incoming transformation at upload) so it stays under the limit the message names.',
      'For an animated GIF, cut frames or size, or convert it to a video (MP4) and deliver that.',
      'Check the plan’s limits in the console: a higher plan may allow larger images.',
    ],
    examples: [
      'Maximum image size is 25 Megapixels. Requested 33.6 Megapixels',
      'Maximum total number of pixels in all frames is 50 Megapixels. Requested 80.0',
      'Maximum total number of pixels in all frames/pages is 50 Megapixels. Requested 84.35 Megapixels',
    ],
    sources: ['captureUnattributed'],
  },
  {
    id: 'file-too-large',
    title: 'File too large',
    pattern: '^File\\s+size\\s+too\\s+large',
    impliedStatus: 400,
    explanation:
      'The original exceeds a file-size limit that Cloudinary applies. Cloudinary staff quote the message with the actual and the ' +
      'maximum size in bytes (`File size too large. Got 12419652. Maximum is 10485760.`); 10,485,760 bytes (10 MiB) is the Free ' +
      'plan’s image limit. The recorded case (400, empty body) had the short form.',
    fixes: [
      'Upload a smaller original, or resize it before upload.',
      'Check the plan limits for image and video size in the console.',
    ],
    examples: ['File size too large', 'File size too large. Got 12419652. Maximum is 10485760.'],
    sources: ['captureUnattributed', 'cldFileSizePost'],
  },
  {
    id: 'invalid-image',
    title: 'Invalid image file',
    pattern: '^Invalid\\s+image\\s+file',
    impliedStatus: 400,
    explanation:
      'Cloudinary could not decode the stored original, so it cannot transform it. In the recorded case the untransformed original URL still answered 200.',
    fixes: [
      'Download the original and open it locally; re-export it in a standard format and upload it again.',
      'Check the upload pipeline for truncated or mislabelled files.',
    ],
    examples: ['Invalid image file'],
    sources: ['captureUnattributed'],
  },
  {
    id: 'unknown-named-transformation',
    title: 'Named transformation does not exist',
    pattern: '^Unknown\\s+transformation\\b',
    impliedStatus: 400,
    explanation:
      'The URL refers to a named transformation (`t_<name>`) that is not defined in this cloud.',
    fixes: [
      'Create the named transformation in the console, or correct the spelling of its name in the URL.',
      'If the name was created in another cloud (staging, production), create it in this one too.',
    ],
    examples: ['Unknown transformation nope_xyz', 'Unknown transformation does_not_exist'],
    sources: ['cldSdkTroubleshoot'],
  },
  {
    id: 'auto-gravity-conflict',
    title: 'Automatic gravity without a cropping mode',
    pattern: '^Use\\s+auto\\s+gravity\\s+only\\s+with\\b',
    impliedStatus: 400,
    explanation:
      'Automatic gravity (`g_auto`) chooses what to keep when cropping, so it only works together with a crop mode that crops; the URL combines it with one that does not.',
    fixes: [
      'Use `g_auto` with one of the crop modes the message lists (crop, fill, lfill, fill_pad, thumb), e.g. `c_fill,g_auto,w_400,h_300`.',
      'Or drop `g_auto` when you only scale the image.',
    ],
    examples: ['Use auto gravity only with crop, fill, lfill, fill_pad or thumb'],
    sources: ['cldCommonErrors', 'cld40xArticle', 'cldDiagnosingTutorial'],
  },
  {
    id: 'invalid-transformation',
    title: 'Invalid transformation or parameter',
    pattern: '^(?:Invalid\\s+transformation\\b|Invalid\\s+\\S+\\s+in\\s+transformation\\b|Invalid\\s+assignment\\b)',
    impliedStatus: 400,
    explanation:
      'A transformation parameter has a key or value Cloudinary does not accept; the message usually names the parameter and the value it rejected.',
    fixes: [
      'Correct the parameter the message names: `Invalid width in transformation: abc` means `w_abc`, and `NaN` means the code building the URL had no number.',
      'Check flags (`fl_`) and user-defined variables (`$name_…`) against Cloudinary’s transformation reference.',
      'Build URLs with a Cloudinary SDK or URL helper rather than by joining strings.',
    ],
    examples: [
      'Invalid Transformation',
      'Invalid width in transformation: abc',
      'Invalid width in transformation: NaN',
      'Invalid flag in transformation: pdf',
      'Invalid assignment to $titlerand: !hellllo',
    ],
    sources: ['cldCommonErrors', 'cldSdkTroubleshoot', 'cldDiagnosingTutorial', 'captureUnattributed'],
  },
];
