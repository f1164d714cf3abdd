import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.ts';
import { redactPaste, redactUrlSecrets } from '../../src/diagnose/redact.ts';

const COOKIE = '8f14e45fceea167a5a36dedd4bea2543';

describe('redacting a paste', () => {
  it('removes cookie values from curl -v request lines and keeps the rest', () => {
    const paste = readFileSync(join(import.meta.dirname, '../fixtures/rules/cf-origin-credentials-curl-v.txt'), 'utf8');
    const redacted = redactPaste(paste);
    expect(redacted).not.toContain(COOKIE);
    expect(redacted).toContain('> Cookie: [redacted]');
    expect(redacted).toContain("-H 'Cookie: [redacted]'");
    expect(redacted).toContain('< cf-resized: err=9408');
  });

  it('removes Authorization, Set-Cookie and the value line of a Chrome two-line copy', () => {
    const paste = [
      'HTTP/2 401',
      'authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig',
      'Set-Cookie: sid=abc123; Path=/; HttpOnly',
      'cookie',
      'sid=abc123',
      'x-cld-error: deny or ACL failure',
    ].join('\n');
    const redacted = redactPaste(paste);
    expect(redacted).not.toMatch(/eyJhbGci|abc123/);
    expect(redacted).toContain('x-cld-error: deny or ACL failure');
  });

  it('removes Cloudinary signatures and signed-URL query secrets but keeps the URL readable', () => {
    const url =
      'https://res.cloudinary.com/demo/image/authenticated/s--Ai6zQ3_B--/w_300/v1700000000/docs/contract.jpg?_a=BAMAK+ZW0';
    expect(redactUrlSecrets(url)).toBe(
      'https://res.cloudinary.com/demo/image/authenticated/s--[redacted]--/w_300/v1700000000/docs/contract.jpg?_a=BAMAK+ZW0',
    );
    expect(redactUrlSecrets('https://b.s3.amazonaws.com/a.jpg?X-Amz-Credential=AKIA%2F2026&X-Amz-Signature=deadbeef&x=1')).toBe(
      'https://b.s3.amazonaws.com/a.jpg?X-Amz-Credential=[redacted]&X-Amz-Signature=[redacted]&x=1',
    );
  });

  it('redacts a HAR structurally: cookies, secret headers and signed query parameters', () => {
    const har = JSON.stringify({
      log: {
        version: '1.2',
        entries: [
          {
            request: {
              method: 'GET',
              url: 'https://example.com/cdn-cgi/image/width=200/a.jpg?token=s3cr3t',
              headers: [{ name: 'Cookie', value: `session=${COOKIE}` }, { name: 'Accept', value: 'image/avif' }],
              cookies: [{ name: 'session', value: COOKIE }],
              queryString: [{ name: 'token', value: 's3cr3t' }],
            },
            response: { status: 404, headers: [{ name: 'cf-resized', value: 'err=9404' }], cookies: [] },
          },
        ],
      },
    });
    const redacted = redactPaste(har);
    expect(redacted).not.toMatch(new RegExp(`${COOKIE}|s3cr3t`));
    const outcome = diagnose(redacted);
    expect(outcome.ok && outcome.diagnosis.responses[0]?.findings[0]?.id).toBe('cloudflare/9404');
  });

  it('leaves a paste without secrets exactly as it was', () => {
    const paste = readFileSync(join(import.meta.dirname, '../fixtures/rules/cld-404-not-found.txt'), 'utf8');
    expect(redactPaste(paste)).toBe(paste);
  });
});
