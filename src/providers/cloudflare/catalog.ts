/** Cloudflare image resizing and Cloudflare Images delivery: the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { cloudflareCodes } from './data/codes.ts';
import { cloudflareConditions } from './data/conditions.ts';
import { cloudflareImagesApiCodes } from './data/images-api-codes.ts';
import { cloudflareImagesEntries, cloudflareImagesSources } from './data/images.ts';
import { cloudflareWarnings } from './data/warnings.ts';

export const cloudflareCatalog = {
  id: 'cloudflare',
  name: PROVIDER_NAMES.cloudflare,
  blurb: 'Image resizing (/cdn-cgi/image/, Workers) and Cloudflare Images: the Cf-Resized header and its err= codes.',
  shortPrefix: 'cf',
  bareShortLinks: true,
  queryWords: ['cloudflare', 'cf', 'cf-resized', 'cf-images-binding'],
  searchForms: [
    { pattern: "doesn't have variant with this name", entry: 'cloudflare/images-variant-not-found' },
    { pattern: '^(?:cloudflare images|imagedelivery(?:\\.net)?)\\b.*\\b403\\b', entry: 'cloudflare/images-access-denied' },
    { pattern: '^(?:cloudflare images|imagedelivery(?:\\.net)?)\\b.*\\b404\\b', entry: 'cloudflare/images-not-found' },
    { pattern: '^(?:cloudflare(?: images)?\\s+)?(?:"?code"?\\s*:\\s*)?5[45]\\d\\d$|not authorized to access this service', entry: 'cloudflare/images-api-error' },
  ],
  numericCodes: {
    pattern: '\\b9[45]\\d\\d\\b',
    quotedBy: 'cf-resized|cf-images-binding|err\\s*=|\\berror\\s+9[45]\\d\\d',
    unknownEntry: 'cloudflare/unknown-code',
  },
  hints: 'cf-|cloudflare|/cdn-cgi/|image-resizing|imagedelivery|variant with this name|\\berr\\s*=|\\berror\\s+9[45]\\d\\d|\\b9[45]\\d\\d\\b',
  entries: [...cloudflareCodes, ...cloudflareConditions, ...cloudflareImagesEntries],
  sources: cloudflareImagesSources,
  examples: [
    { entry: 'cloudflare/9412', sample: 0 },
    { entry: 'cloudflare/9404', sample: 1 },
    { entry: 'cloudflare/9401', sample: 0 },
    { entry: 'cloudflare/9422', sample: 0 },
    { entry: 'cloudflare/9504', sample: 0 },
    { entry: 'cloudflare/9517', sample: 0 },
    { entry: 'cloudflare/resized', sample: 0 },
    { entry: 'cloudflare/not-resized', sample: 1 },
  ],
  featured: ['cloudflare/9412', 'cloudflare/9404', 'cloudflare/9401', 'cloudflare/9403', 'cloudflare/9422', 'cloudflare/not-resized'],
  tables: { warnings: cloudflareWarnings, imagesApiCodes: cloudflareImagesApiCodes },
} satisfies ProviderCatalog;
