/**
 * Images API error codes as a third-party client lists them, published in /catalog.json (the
 * catalog's tables); the rule reads the message from the response itself.
 */
/** Images API error codes (v4 envelope `errors[].code`) with the message each is listed with. */
export interface ImagesApiCode {
  code: number;
  message: string;
}

// From a third-party client (facts 3.5), not a Cloudflare page; 5403 is also in a capture.
export const cloudflareImagesApiCodes: ImagesApiCode[] = [
  { code: 5400, message: 'Bad Request' },
  { code: 5401, message: 'Variant name not found' },
  { code: 5403, message: 'The given account is not valid or is not authorized to access this service' },
  { code: 5404, message: 'Image not found' },
  { code: 5408, message: 'Client was sending upload too slowly' },
  { code: 5413, message: 'Maximum image size of 10 Mb is reached' },
  { code: 5415, message: 'Images must be uploaded as a form not as raw image data' },
  { code: 5433, message: 'Request has been aborted by the client' },
  { code: 5450, message: 'Error while receiving upload' },
  { code: 5453, message: 'The given account has reached a service limit' },
  { code: 5455, message: 'Unsupported image format' },
  { code: 5500, message: 'Internal Server Error' },
  { code: 5503, message: 'Server Unavailable' },
  { code: 5540, message: 'Error received from the storage' },
  { code: 5541, message: 'Error while purging cache' },
  { code: 5542, message: 'Error while loading account' },
  { code: 5543, message: 'Error during audit' },
  { code: 5544, message: 'Error during abuse operation' },
  { code: 5550, message: 'Internal Server Error 2' },
];

