/**
 * The handler's own error codes (the `code` of its JSON error body) and the entry that explains
 * each, from source/image-handler/ v6.3.3. A code outside this table in the same body shape is an
 * AWS service's error passed through (aws-sih/passthrough-error).
 */
export interface SihErrorCode {
  code: string;
  entry: string;
}

export const awsSihErrorCodes: SihErrorCode[] = [
  { code: 'NoSuchKey', entry: 'aws-sih/no-such-key' },
  { code: 'ImageBucket::CannotAccessBucket', entry: 'aws-sih/bucket-not-allowed' },
  { code: 'GetAllowedSourceBuckets::NoSourceBuckets', entry: 'aws-sih/no-source-buckets' },
  { code: 'RequestTypeError', entry: 'aws-sih/request-type-error' },
  { code: 'DecodeRequest::CannotDecodeRequest', entry: 'aws-sih/cannot-decode-request' },
  { code: 'DecodeRequest::CannotReadPath', entry: 'aws-sih/cannot-read-path' },
  { code: 'ImageBucket::CannotFindBucket', entry: 'aws-sih/unknown-request-type' },
  { code: 'ImageEdits::CannotParseEdits', entry: 'aws-sih/unknown-request-type' },
  { code: 'ImageEdits::CannotFindImage', entry: 'aws-sih/unknown-request-type' },
  { code: 'AuthorizationQueryParametersError', entry: 'aws-sih/signature-required' },
  { code: 'SignatureDoesNotMatch', entry: 'aws-sih/signature-does-not-match' },
  { code: 'SignatureValidationFailure', entry: 'aws-sih/signature-validation-failure' },
  { code: 'TooLargeImageException', entry: 'aws-sih/too-large-image' },
  { code: 'InvalidResizeException', entry: 'aws-sih/invalid-resize' },
  { code: 'Crop::AreaOutOfBounds', entry: 'aws-sih/out-of-bounds' },
  { code: 'SmartCrop::PaddingOutOfBounds', entry: 'aws-sih/out-of-bounds' },
  { code: 'SmartCrop::FaceIndexOutOfRange', entry: 'aws-sih/out-of-bounds' },
  { code: 'BadRequest', entry: 'aws-sih/overlay-too-large' },
  { code: 'UnsupportedOutputImageFormatException', entry: 'aws-sih/unsupported-output-format' },
  { code: 'InternalError', entry: 'aws-sih/internal-error' },
];
