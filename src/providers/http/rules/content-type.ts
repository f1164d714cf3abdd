/**
 * A successful response to an image URL that is not an image: the classic login page or error
 * page served with 200, which resizers then reject (Cloudflare 9412), or a 204 with no body.
 */
import { headerFields } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { evidenceOf, findingFor, type Rule, statusEvidence, supportCause } from '../../../diagnose/rule.ts';
import { looksLikeImageUrl } from '../../../diagnose/signals.ts';

const NOT_IMAGE_TYPES = /^(?:text\/|application\/(?:json|xml|xhtml\+xml|javascript|problem\+json)|(?:application|binary)\/octet-stream)/i;
/** A generic binary label: likely the image itself, mislabelled, which a browser downloads when the URL is opened. */
const GENERIC_BINARY = /^(?:application|binary)\/octet-stream/i;

export const httpContentType: Rule = {
  name: 'http-content-type',
  emits: ['http/not-an-image'],
  run({ exchange }) {
    if (exchange.status === 204 && isImageFetch(exchange)) {
      return [supportCause(findingFor('http/not-an-image', statusEvidence(exchange)), /^The answer is a `204/, statusEvidence(exchange))];
    }
    const contentType = headerFields(exchange.headers, 'content-type')[0];
    if (!contentType || !NOT_IMAGE_TYPES.test(contentType.value.trim())) return [];
    // Only a fetch of the image itself: an upload's 201 answers with JSON about the image. Text
    // that names the type but no status (a browser's console note) shows a delivered response.
    const delivered = exchange.status === 200 || exchange.status === 206 || (exchange.status === null && contentType.seen !== undefined);
    if (!delivered || !isImageFetch(exchange)) return [];
    const finding = findingFor('http/not-an-image', evidenceOf(contentType));
    return [GENERIC_BINARY.test(contentType.value.trim()) ? supportCause(finding, /labels it wrongly/, evidenceOf(contentType)) : finding];
  },
};

function isImageFetch(exchange: Exchange): boolean {
  return (exchange.method === null || exchange.method === 'GET' || exchange.method === 'HEAD') && looksLikeImageUrl(exchange.url);
}
