/**
 * The image errors of Astro's error registry (errors-data.ts) that reach a response or a log a
 * reader can paste, each with the entry that explains it. The dev server names the error in the
 * `<title>` of its 500 page; the dev image endpoint writes `Could not process image request:
 * <Name>: <message>`; builds and logs print `[<Name>] <message>`. The error rule and search read
 * this table.
 */
export interface AstroImageError {
  /** The error's name in Astro's registry, e.g. `RemoteImageNotAllowed`. */
  name: string;
  entry: string;
  /** Regular-expression source of its message, matched where the name is not quoted. */
  message: string;
}

export const astroImageErrors: AstroImageError[] = [
  { name: 'RemoteImageNotAllowed', entry: 'astro/remote-image-not-allowed', message: 'Remote image \\S+ is not allowed by your image configuration' },
  { name: 'FailedToFetchRemoteImageDimensions', entry: 'astro/failed-to-fetch-remote-image-dimensions', message: 'Failed to get the dimensions for \\S+' },
  { name: 'MissingImageDimension', entry: 'astro/missing-image-dimension', message: 'Missing (?:width and height attributes|width attribute|height attribute) for \\S+' },
  { name: 'ExpectedImage', entry: 'astro/expected-image', message: 'Expected `src` property for `getImage` or `<Image />` to be either an ESM imported image' },
  { name: 'LocalImageUsedWrongly', entry: 'astro/local-image-used-wrongly', message: "`src` parameter must be an imported image or a URL, it cannot be a string filepath" },
  { name: 'ImageNotFound', entry: 'astro/image-not-found', message: 'Could not find requested image `' },
  { name: 'NoImageMetadata', entry: 'astro/no-image-metadata', message: 'Could not process image metadata' },
  { name: 'UnsupportedImageFormat', entry: 'astro/unsupported-image-format', message: 'Received unsupported format `|SVG image processing is disabled' },
  { name: 'UnsupportedImageConversion', entry: 'astro/unsupported-image-conversion', message: 'Converting between vector \\(such as SVGs\\) and raster' },
  { name: 'MissingSharp', entry: 'astro/missing-sharp', message: 'Could not find Sharp\\.' },
];
