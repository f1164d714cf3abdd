/** AWS Serverless Image Handler (Dynamic Image Transformation for Amazon CloudFront): the catalog part (data only). */
import { PROVIDER_NAMES } from '../ids.ts';
import type { ProviderCatalog } from '../types.ts';
import { awsSihEntries } from './data/entries.ts';
import { awsSihErrorCodes } from './data/error-codes.ts';
import { awsSihSources } from './data/sources.ts';

// Each of the handler's own codes, as people paste it (`"code":"RequestTypeError"`,
// `ImageEdits::CannotFindImage`), opens its entry; the names other AWS services share
// (NoSuchKey, BadRequest, InternalError) are left to full-text search.
const SHARED_CODE_NAMES = new Set(['NoSuchKey', 'BadRequest', 'InternalError']);
const codeForms = awsSihErrorCodes
  .filter(({ code }) => !SHARED_CODE_NAMES.has(code))
  .map(({ code, entry }) => ({ pattern: `^(?:"?code"?\\s*:\\s*"?)?${code}"?,?$`, entry }));

export const awsSihCatalog = {
  id: 'aws-sih',
  name: PROVIDER_NAMES['aws-sih'],
  blurb: 'Serverless Image Handler / Dynamic Image Transformation for CloudFront: its JSON error codes behind CloudFront and API Gateway.',
  shortPrefix: null,
  queryWords: ['sih', 'aws-sih', 'serverless-image-handler', 'aws', 'dynamic-image-transformation'],
  searchForms: [
    ...codeForms,
    { pattern: '^(?:\\{\\s*)?"?message"?\\s*:\\s*"?endpoint request timed out', entry: 'aws-sih/api-gateway-error' },
    { pattern: 'the converted image is too large to return', entry: 'aws-sih/too-large-image' },
    { pattern: 'may not be base64 encoded properly', entry: 'aws-sih/no-such-key' },
    { pattern: 'is specified in your source_buckets', entry: 'aws-sih/bucket-not-allowed' },
  ],
  numericCodes: null,
  hints: 'x-amz-cf-|x-amz-apigw|x-amzn-|cloudfront|execute-api|(?:"|\\n)code"?\\s*:|/eyj|fit-in|filters:|signature=|source_buckets|serverless',
  entries: awsSihEntries,
  sources: awsSihSources,
  examples: [
    { entry: 'aws-sih/no-such-key', sample: 1 },
    { entry: 'aws-sih/too-large-image', sample: 1 },
  ],
  featured: ['aws-sih/no-such-key', 'aws-sih/request-type-error', 'aws-sih/too-large-image'],
  tables: { errorCodes: awsSihErrorCodes },
} satisfies ProviderCatalog;
