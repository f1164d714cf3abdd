/**
 * `X-BO-Processing-Error` values and the entry for each (Bunny's troubleshooting page; Bunny warns
 * that "Clients should not rely on these headers or error codes, as they may change in the future").
 */
export interface BunnyProcessingError {
  code: string;
  entry: string;
}

export const bunnyProcessingErrors: BunnyProcessingError[] = [
  { code: '101', entry: 'bunny/unknown-error' },
  { code: '102', entry: 'bunny/origin-download-failed' },
  { code: '103', entry: 'bunny/source-not-decodable' },
  { code: '104', entry: 'bunny/output-larger' },
  { code: '105', entry: 'bunny/invalid-gif' },
  { code: '106', entry: 'bunny/minify-failed' },
  { code: '107', entry: 'bunny/unsupported-output-format' },
  { code: '200', entry: 'bunny/watermark-failed' },
  { code: '201', entry: 'bunny/watermark-failed' },
  { code: '202', entry: 'bunny/watermark-failed' },
  { code: '204', entry: 'bunny/watermark-failed' },
  { code: '301', entry: 'bunny/webp-too-large' },
  { code: '302', entry: 'bunny/upscale-disabled' },
  { code: '303', entry: 'bunny/upscale-limit' },
  { code: '304', entry: 'bunny/avif-too-large' },
];
