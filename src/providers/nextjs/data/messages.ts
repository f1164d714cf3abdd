/**
 * The plain-text bodies of Next.js's image optimizer (`/_next/image`), each mapped to the entry
 * that explains it (facts 2.2-2.4; image-optimizer.ts). The body is the only place the optimizer
 * says what went wrong: it sets no header of its own on an error. First match wins, so the more
 * specific `"url" parameter is valid but …` texts come before the general `"url" parameter` one.
 * Quotes are optional in the patterns because people retype the message without them.
 */

/** One family of optimizer messages. */
export interface NextjsMessage {
  /** Regular-expression source, matched case-insensitively against the body or a query. */
  pattern: string;
  /** The catalog id whose page explains the message. */
  entry: string;
  /** Verbatim bodies the optimizer sends, used as test cases. */
  examples: string[];
}

export const nextjsMessages: NextjsMessage[] = [
  {
    pattern: '"?url"? parameter is valid but upstream response timed out',
    entry: 'nextjs/504',
    examples: ['"url" parameter is valid but upstream response timed out'],
  },
  {
    pattern: '"?url"? parameter is valid but (?:upstream|internal) response is invalid',
    entry: 'nextjs/upstream-invalid',
    examples: ['"url" parameter is valid but upstream response is invalid', '"url" parameter is valid but internal response is invalid'],
  },
  {
    pattern: '"?url"? parameter is valid but image type is not allowed',
    entry: 'nextjs/image-type-not-allowed',
    examples: ['"url" parameter is valid but image type is not allowed'],
  },
  {
    pattern: '"?url"? parameter is not allowed',
    entry: 'nextjs/url-not-allowed',
    examples: ['"url" parameter is not allowed'],
  },
  {
    pattern: '"?url"? parameter (?:is required|cannot be an array|is too long|cannot be a protocol-relative url|cannot be recursive|is invalid)',
    entry: 'nextjs/invalid-url',
    examples: [
      '"url" parameter is required',
      '"url" parameter cannot be an array',
      '"url" parameter is too long',
      '"url" parameter cannot be a protocol-relative URL (//)',
      '"url" parameter cannot be recursive',
      '"url" parameter is invalid',
    ],
  },
  {
    pattern: '"?w"? parameter \\(width\\)',
    entry: 'nextjs/width-not-allowed',
    examples: [
      '"w" parameter (width) of 3000 is not allowed',
      '"w" parameter (width) is required',
      '"w" parameter (width) cannot be an array',
      '"w" parameter (width) must be an integer greater than 0',
      '"w" parameter (width) must be a number greater than 0',
    ],
  },
  {
    pattern: '"?q"? parameter \\(quality\\)',
    entry: 'nextjs/quality-not-allowed',
    examples: [
      '"q" parameter (quality) of 90 is not allowed',
      '"q" parameter (quality) is required',
      '"q" parameter (quality) cannot be an array',
      '"q" parameter (quality) must be an integer between 1 and 100',
      '"q" parameter (quality) must be a number between 1 and 100',
    ],
  },
  {
    pattern: "the requested resource isn['’]t a valid image",
    entry: 'nextjs/not-a-valid-image',
    examples: ["The requested resource isn't a valid image."],
  },
  {
    pattern: 'unable to optimize image and unable to fallback to upstream image',
    entry: 'nextjs/unable-to-optimize',
    examples: ['Unable to optimize image and unable to fallback to upstream image'],
  },
];

/**
 * What the server log and the `<Image>` component print for the optimizer's failures, which people
 * paste beside or instead of the body (image-optimizer.ts logs the source and its status; the
 * component throws before any request in development). Read in text pastes only: no response
 * body says this.
 */
export const nextjsTextMessages: readonly { pattern: string; entry: string }[] = [
  { pattern: 'upstream image response failed for', entry: 'nextjs/upstream-invalid' },
  { pattern: 'invalid src prop \\(.*\\) on `?next/image`?, hostname .* is not configured under images', entry: 'nextjs/url-not-allowed' },
];
