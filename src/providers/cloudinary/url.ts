/**
 * Splits a Cloudinary delivery URL into its parts and names ordering mistakes. The order is
 * `/<cloud_name>/<resource_type>/<type>/[s--SIG--/]<transformations>/[v<version>/]<public_id>`
 * (facts 2.1; Cloudinary's 40X support article; the seed's 404 section).
 */
import { parsedUrl } from '../../diagnose/signals.ts';
import type { CloudinaryUrlParts } from '../../diagnose/types.ts';

const RESOURCE_TYPES = new Set(['image', 'video', 'raw', 'images', 'videos', 'files']);
const DELIVERY_TYPES = new Set([
  'upload', 'fetch', 'private', 'authenticated', 'list', 'multi', 'text', 'sprite',
  'facebook', 'twitter', 'twitter_name', 'gravatar', 'youtube', 'vimeo',
]);
// Transformation parameter keys, so folder names such as `my_photos` are not mistaken for one.
const TRANSFORMATION_KEYS =
  'a|ac|af|ar|b|bl|bo|c|co|cs|d|dl|dn|dpr|du|e|eo|f|fl|fn|fps|g|h|if|ki|l|o|p|pg|q|r|so|sp|t|u|vc|vs|w|x|y|z|\\$[a-z0-9]+';
const TRANSFORMATION_COMPONENT = new RegExp(`^(?:${TRANSFORMATION_KEYS})_[^,/]+$`);
const SIGNATURE = /^s--[A-Za-z0-9_-]{8}(?:[A-Za-z0-9_-]{24})?--$/;
const VERSION = /^v\d{1,12}$/;

export interface CloudinaryUrlReading {
  parts: CloudinaryUrlParts;
  /** Ordering mistakes, each one sentence naming the segment and where it belongs. */
  mistakes: string[];
}

export function isTransformationSegment(segment: string): boolean {
  return segment.split(',').every((component) => TRANSFORMATION_COMPONENT.test(component));
}

export function readCloudinaryUrl(url: string): CloudinaryUrlReading | null {
  const parsed = parsedUrl(url);
  if (parsed === null) return null;
  const host = parsed.hostname.toLowerCase();
  const sharedHost = /^res(?:-\d)?\.cloudinary\.com$/.test(host);
  if (!sharedHost && !host.endsWith('-res.cloudinary.com')) return null;

  const segments = parsed.pathname.split('/').filter(Boolean).map(safeDecode);
  const mistakes: string[] = [];
  let cloudName: string | null = null;
  if (sharedHost) {
    const first = segments[0] ?? '';
    if (RESOURCE_TYPES.has(first) || DELIVERY_TYPES.has(first)) {
      mistakes.push(
        `The path starts with "${first}", but on res.cloudinary.com the cloud name comes first: /<cloud_name>/${first}/...`,
      );
    } else {
      cloudName = segments.shift() ?? null;
    }
  } else {
    cloudName = host.slice(0, -'-res.cloudinary.com'.length) || null;
  }

  let resourceType: string | null = segments[0] ?? null;
  let deliveryType: string | null = segments[1] ?? null;
  if (resourceType && deliveryType && DELIVERY_TYPES.has(resourceType) && RESOURCE_TYPES.has(deliveryType)) {
    mistakes.push(`"${resourceType}" and "${deliveryType}" are swapped: the resource type comes before the delivery type (/${deliveryType}/${resourceType}/).`);
    [resourceType, deliveryType] = [deliveryType, resourceType];
  } else if (resourceType && !RESOURCE_TYPES.has(resourceType) && mistakes.length === 0) {
    mistakes.push(`"${resourceType}" is not a resource type: expected image, video or raw after the cloud name.`);
  } else if (deliveryType && !DELIVERY_TYPES.has(deliveryType) && RESOURCE_TYPES.has(resourceType ?? '')) {
    mistakes.push(`"${deliveryType}" is not a delivery type: expected upload, fetch, private or authenticated after "${resourceType}".`);
  }
  const rest = segments.slice(2);

  let signature: string | null = null;
  if (rest[0] && SIGNATURE.test(rest[0])) signature = rest.shift() ?? null;
  const transformations: string[] = [];
  while (rest[0] && isTransformationSegment(rest[0])) transformations.push(rest.shift() ?? '');
  let version: string | null = null;
  if (rest[0] && VERSION.test(rest[0])) version = rest.shift() ?? null;

  // A last segment with a file extension is the public ID even if it reads like a parameter.
  const misplaced = rest.filter((segment, index) => {
    const isFileName = index === rest.length - 1 && segment.includes('.');
    return !isFileName && isTransformationSegment(segment);
  });
  for (const segment of misplaced) {
    mistakes.push(
      `The transformation "${segment}" comes after ${version ? 'the version' : 'the start of the public ID'}; transformations belong before the version and the public ID.`,
    );
  }
  const publicId = rest.length > 0 ? rest.join('/') : null;
  return {
    parts: { host, cloudName, resourceType, deliveryType, signature, transformations, version, publicId },
    mistakes,
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
