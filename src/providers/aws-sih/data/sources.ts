/** The documents the AWS Serverless Image Handler entries cite (facts, cdns.md section 6.4). */
import type { Source } from '../../../catalog/types.ts';

export const awsSihSources = {
  sihImageRequest: {
    title: 'aws-solutions/serverless-image-handler v6.3.3, source/image-handler/image-request.ts',
    url: 'https://github.com/aws-solutions/serverless-image-handler/blob/main/source/image-handler/image-request.ts',
    certainty: 'vendor-code',
  },
  sihImageHandler: {
    title: 'aws-solutions/serverless-image-handler v6.3.3, source/image-handler/image-handler.ts',
    url: 'https://github.com/aws-solutions/serverless-image-handler/blob/main/source/image-handler/image-handler.ts',
    certainty: 'vendor-code',
  },
  sihIndex: {
    title: 'aws-solutions/serverless-image-handler v6.3.3, source/image-handler/index.ts (error responses, fallback image)',
    url: 'https://github.com/aws-solutions/serverless-image-handler/blob/main/source/image-handler/index.ts',
    certainty: 'vendor-code',
  },
  sihChangelog: {
    title: 'aws-solutions/serverless-image-handler CHANGELOG.md',
    url: 'https://github.com/aws-solutions/serverless-image-handler/blob/main/CHANGELOG.md',
    certainty: 'vendor-code',
  },
  sihIssue123: {
    title: 'serverless-image-handler issue #123: NoSuchKey answered with status 500 (v4.0, 2019)',
    url: 'https://github.com/aws-solutions/dynamic-image-transformation-for-amazon-cloudfront/issues/123',
    certainty: 'observed',
  },
  sihIssue299: {
    title: 'serverless-image-handler issue #299: NoSuchKey 404 for a key with parentheses (v5.2, 2021)',
    url: 'https://github.com/aws-solutions/dynamic-image-transformation-for-amazon-cloudfront/issues/299',
    certainty: 'observed',
  },
  sihIssue251: {
    title: 'serverless-image-handler issue #251: TooLargeImageException with "status": "413" (v5.1, 2020)',
    url: 'https://github.com/aws-solutions/dynamic-image-transformation-for-amazon-cloudfront/issues/251',
    certainty: 'observed',
  },
  sihIssue200: {
    title: 'serverless-image-handler issue #200: "Endpoint request timed out" from API Gateway',
    url: 'https://github.com/aws-solutions/dynamic-image-transformation-for-amazon-cloudfront/issues/200',
    certainty: 'observed',
  },
  sihIssue193: {
    title: 'serverless-image-handler issues #35, #97, #193: outputs over 6 MB end as "Internal server error"',
    url: 'https://github.com/aws-solutions/dynamic-image-transformation-for-amazon-cloudfront/issues/193',
    certainty: 'observed',
  },
  sihIssue206: {
    title: 'serverless-image-handler issues #176, #206: 200 with an empty {} JSON body cached by CloudFront (v4.x, 2020)',
    url: 'https://github.com/aws-solutions/dynamic-image-transformation-for-amazon-cloudfront/issues/206',
    certainty: 'observed',
  },
  ditErrorResponses: {
    title: 'Dynamic Image Transformation for Amazon CloudFront: error responses (AWS Solutions docs)',
    url: 'https://docs.aws.amazon.com/solutions/latest/dynamic-image-transformation-for-amazon-cloudfront/error-responses.html',
    certainty: 'documented',
  },
} as const satisfies Record<string, Source>;
