import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { readSihUrl } from '../../../src/providers/aws-sih/url.ts';

const DISTRIBUTION = 'https://d3k9x2v7q1m8ab.cloudfront.net';
const encode = (request: object) => btoa(JSON.stringify(request));

describe('reading a Serverless Image Handler URL', () => {
  it('decodes a base64 JSON request into its bucket, key and edits', () => {
    const request = { bucket: 'acme-images', key: 'photos/team.jpg', edits: { resize: { width: 400 } } };
    expect(readSihUrl(`${DISTRIBUTION}/${encode(request)}?signature=ab12`)).toEqual({
      form: 'base64-json',
      request,
      decodeProblem: null,
      operations: [],
      key: 'photos/team.jpg',
      signature: 'ab12',
    });
  });

  it('says why a truncated base64 request does not decode', () => {
    const truncated = encode({ bucket: 'acme-images', key: 'photos/team.jpg' }).slice(0, 40);
    const reading = readSihUrl(`${DISTRIBUTION}/${truncated}`);
    expect(reading?.request).toBeNull();
    expect(reading?.decodeProblem).toMatch(/not to valid JSON/);
  });

  it('rejects URL-safe base64, as the handler does', () => {
    const reading = readSihUrl(`${DISTRIBUTION}/eyJrZXkiOiJh-_b`);
    expect(reading?.decodeProblem).toMatch(/not plain base64/);
  });

  it('splits a Thumbor-style path into operations and key', () => {
    expect(readSihUrl(`${DISTRIBUTION}/fit-in/300x0/filters:quality(80)/products/lamp%20oak.jpg`)).toMatchObject({
      form: 'thumbor',
      operations: ['fit-in', '300x0', 'filters:quality(80)'],
      key: 'products/lamp oak.jpg',
    });
  });

  it('reads an ordinary path as no handler URL', () => {
    expect(readSihUrl(`${DISTRIBUTION}/images/logo.png`)).toBeNull();
    expect(readSihUrl('not a url')).toBeNull();
  });
});

describe('diagnosing the handler behind CloudFront', () => {
  it('reads the error body pasted alone, with no headers', () => {
    const outcome = diagnose('{"status":403,"code":"SignatureDoesNotMatch","message":"Signature does not match."}');
    const findings = outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.findings) : [];
    expect(findings.map((finding) => finding.id)).toEqual(['aws-sih/signature-does-not-match']);
  });

  it('names an unknown code in the handler’s shape as an AWS service’s error', () => {
    const paste = `HTTP/2 403\ncontent-type: application/json\nx-amz-cf-id: abc\n\n{"status":403,"code":"AccessDenied","message":"Access Denied"}`;
    const outcome = diagnose(paste);
    const finding = outcome.ok ? outcome.diagnosis.responses[0]?.findings[0] : undefined;
    expect(finding?.id).toBe('aws-sih/passthrough-error');
    expect(finding?.notes.join(' ')).toMatch(/not one of the handler’s own codes/);
  });

  it('leaves an unrelated API Gateway message alone', () => {
    const paste = `HTTP/2 504\ncontent-type: application/json\nx-amzn-requestid: 1\n\n{"message": "Endpoint request timed out"}`;
    const outcome = diagnose(paste);
    const ids = outcome.ok ? outcome.diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id)) : [];
    expect(ids).not.toContain('aws-sih/api-gateway-error');
  });
});
