/** Every rule, in the order they run: provider rules first, the plain-HTTP fallbacks last. */
import { cloudflareEtag } from './cloudflare-etag.ts';
import { cloudflareNotResized } from './cloudflare-not-resized.ts';
import { cloudflareRequest } from './cloudflare-request.ts';
import { cloudflareResized } from './cloudflare-resized.ts';
import { cloudflareWarning } from './cloudflare-warning.ts';
import { cloudinaryError } from './cloudinary-error.ts';
import { cloudinaryUrl } from './cloudinary-url.ts';
import { httpContentType } from './http-content-type.ts';
import { httpRedirects } from './http-redirects.ts';
import { httpStatus } from './http-status.ts';
import type { Rule } from './rule.ts';

export const rules: readonly Rule[] = [
  cloudflareResized,
  cloudflareNotResized,
  cloudflareWarning,
  cloudflareEtag,
  cloudflareRequest,
  cloudinaryError,
  cloudinaryUrl,
  httpRedirects,
  httpContentType,
  httpStatus,
];
