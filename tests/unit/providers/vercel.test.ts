import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { resolveQuery } from '../../../src/search/query.ts';
import { buildSearchMap } from '../../../src/search/search-map.ts';

const map = buildSearchMap();

function firstResponse(paste: string) {
  const outcome = diagnose(paste);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const response = outcome.diagnosis.responses[0];
  if (!response) throw new Error('no response');
  return response;
}

describe('the Vercel rules', () => {
  it('reads the code of Vercel\'s error page, copied as lines or quoted in prose, by the request id under it', () => {
    const page = '500: INTERNAL_SERVER_ERROR\nCode: INTERNAL_UNEXPECTED_ERROR\nID: lhr1::xwssj-1628015491403-b1f6b19b3a68\n';
    expect(firstResponse(page).findings.map((finding) => finding.id)).toEqual(['vercel/other-error']);
    const prose = 'Opening the image shows the error along with an ID:\n\n> Code: INTERNAL_UNEXPECTED_ERROR\n> ID: lhr1::xwssj-1628015491403-b1f6b19b3a68\n\nIt comes and goes.';
    expect(firstResponse(prose).findings.map((finding) => finding.id)).toContain('vercel/other-error');
  });

  it('names both layers where Vercel answers a Next.js image URL, and Vercel as the one that failed', () => {
    const response = firstResponse(`$ curl -sI "https://a.example/_next/image?url=https%3A%2F%2Fb.example%2Fx.jpg&w=640&q=75"
HTTP/2 400
server: Vercel
x-vercel-error: INVALID_IMAGE_OPTIMIZE_REQUEST
x-vercel-id: fra1::abcde-1764596875402-7d2a0e9f1b64
`);
    expect(response.provider).toBe('vercel');
    expect(response.servedBy.map((served) => served.provider)).toEqual(['nextjs', 'vercel']);
    expect(response.findings.map((finding) => finding.id)).toEqual(['vercel/invalid-image-optimize-request']);
    expect(response.findings[0]?.notes.join(' ')).toContain('Vercel produced this response');
  });

  it('infers the status from the code where the paste shows none', () => {
    const finding = firstResponse('Code: OPTIMIZED_EXTERNAL_IMAGE_TOO_MANY_REDIRECTS\nID: lhr1::2kd8s-1764594927614-9c3e71a0b4d8\n').findings[0];
    expect(finding?.id).toBe('vercel/optimized-external-image-too-many-redirects');
    expect(finding?.variant?.status).toBe(502);
  });

  it('sends a platform code outside image optimization to other-error, naming it', () => {
    const finding = firstResponse('HTTP/2 404\nserver: Vercel\nx-vercel-error: DEPLOYMENT_NOT_FOUND\n').findings[0];
    expect(finding?.id).toBe('vercel/other-error');
    expect(finding?.notes.join(' ')).toContain('DEPLOYMENT_NOT_FOUND');
  });

  it('does not call a cached static file an optimized image', () => {
    const response = firstResponse('$ curl -sI "https://a.example/logo.png"\nHTTP/2 200\nserver: Vercel\ncontent-type: image/png\nx-vercel-cache: HIT\n');
    expect(response.findings.map((finding) => finding.id)).not.toContain('vercel/optimized');
  });
});

describe('searching Vercel codes', () => {
  it.each([
    ['x-vercel-error: OPTIMIZED_EXTERNAL_IMAGE_REQUEST_FAILED', '/codes/vercel/optimized-external-image-request-failed/'],
    ['502: BAD_GATEWAY Code: OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED', '/codes/vercel/optimized-external-image-request-unauthorized/'],
    ['invalid_image_optimize_request', '/codes/vercel/invalid-image-optimize-request/'],
    ['vercel invalid image optimize request', '/codes/vercel/invalid-image-optimize-request/'],
    ['INTERNAL_OPTIMIZED_IMAGE_REQUEST_FAILED', '/codes/vercel/internal-optimized-image-request-failed/'],
    ['vercel image 402', '/codes/vercel/optimized-image-request-payment-required/'],
    ['x-vercel-error: FUNCTION_INVOCATION_FAILED', '/codes/vercel/other-error/'],
    ['x-vercel-cache: STALE', '/codes/vercel/optimized/'],
  ])('opens %j at %s', (query, path) => {
    expect(resolveQuery(query, map)?.path).toBe(path);
  });
});
