/**
 * Known texts of Cloudflare's `Warning: cf-images 299 "<text>"` response header (facts, section 1.8).
 *
 * A warning never fails the request: the image is delivered, possibly not quite as asked. Only one
 * text is in Cloudflare's documentation; the others come from recorded responses and notes, so their
 * explanations say no more than those records show.
 */
import type { CloudflareWarning } from '../../../catalog/types.ts';

export const cloudflareWarnings: CloudflareWarning[] = [
  {
    text: 'original is smaller',
    explanation:
      'Read literally, the source file was already smaller than the result the service would have produced, so the original was ' +
      'kept. One version of Cloudflare’s troubleshooting page lists this text where it discusses Polish being unable to optimise an image.',
    certainty: 'documented',
    sources: ['cfTroubleshooting'],
  },
  {
    text: 'cover fit mode needs both width and height',
    explanation:
      '`fit=cover` was requested with only one dimension. In the recorded response (`width=320,fit=cover`, no height) the image was ' +
      'still delivered with status 200, simply scaled to the width. Add `height` to get a cover crop, or drop `fit=cover`.',
    certainty: 'observed',
    sources: ['captureAnimalsVidaDigna'],
  },
  {
    text: 'cache-control is too restrictive',
    explanation:
      'Seen when the source image’s `Cache-Control` allowed only a short cache lifetime. Cloudflare keeps resized results for at ' +
      'least an hour and longer only when the source’s `Cache-Control` allows it, so a longer `max-age` on the source lets the ' +
      'variants stay cached longer. The image itself is still delivered.',
    certainty: 'observed',
    sources: ['captureUnattributed', 'captureDocToolsKr', 'cfTroubleshooting'],
  },
  {
    text: 'dpr > 3 should never be used',
    explanation:
      'The request asked for a device pixel ratio above 3. The recorded notes show only the text, not what the service delivered ' +
      'instead, so treat the result as unverified. Cloudflare documents 2 as the maximum supported `dpr`, so request 2 or less.',
    certainty: 'observed',
    sources: ['captureFoolNotes', 'cfDpr'],
  },
  {
    text: 'image too large for AVIF',
    explanation:
      'AVIF output has a much lower size ceiling than other formats (Cloudflare’s limits page gives 1,200 px on the longest side and ' +
      'says AVIF may fall back to WebP or JPEG; the per-format table adds 1,600 px when `format=avif` is explicit and a soft limit ' +
      'of 640 px when the service is overloaded). In the recorded case, with `format=auto`, the original bytes were passed through instead.',
    certainty: 'observed',
    sources: ['captureUnattributed', 'cfLimits', 'cfFormatLimits'],
  },
  {
    text: 'JPEG vs PNG selection is automatic',
    explanation:
      'Known only from a project’s design notes: it came with the default (PNG) output of a `segment=foreground` transformation, ' +
      'which was a palette PNG. The wording suggests the service chooses between JPEG and PNG output by itself, but no source ' +
      'confirms when or why it is sent.',
    certainty: 'observed',
    sources: ['captureDocToolsKr'],
  },
];
