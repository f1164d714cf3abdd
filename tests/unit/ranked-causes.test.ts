import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntry } from '../../src/catalog/index.ts';
import { completeTexts } from '../../src/diagnose/complete.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import type { Finding } from '../../src/diagnose/types.ts';

function findingOf(text: string, id: string): Finding {
  const outcome = diagnose(text);
  if (!outcome.ok) expect.fail(outcome.error.message);
  const finding = outcome.diagnosis.responses.flatMap((response) => response.findings).find((candidate) => candidate.id === id);
  if (!finding) expect.fail(`no ${id} finding`);
  return finding;
}

const RESIZED_HTML = [
  '$ curl -sI "https://example.com/cdn-cgi/image/width=300/uploads/a.jpg"',
  'HTTP/2 415',
  'cf-resized: err=9412',
  'server: cloudflare',
  '',
  '$ curl -sI "https://example.com/uploads/a.jpg"',
  'HTTP/2 200',
  'content-type: text/html; charset=utf-8',
].join('\n');

describe('causes ranked by the evidence in the paste', () => {
  it('lists the HTML cause of 9412 first when the origin answers text/html, and names that line', () => {
    const finding = findingOf(RESIZED_HTML, 'cloudflare/9412');
    expect(finding.causes[0]).toMatch(/HTML/);
    expect(finding.notes.at(-1)).toContain('`content-type: text/html; charset=utf-8`');
  });

  it('lists first the cause a Cloudflare warning text names, in the engine and once the browser fills the causes in', async () => {
    const paste = (text: string) => `HTTP/2 200\ncf-resized: internal=ok/- q=0 n=1 c=1 v=2025.1.1 l=1\nwarning: cf-images 299 "${text}"\n`;
    expect(findingOf(paste('image too large for AVIF'), 'cloudflare/warning').causes[0]).toMatch(/AVIF/);
    expect(findingOf(paste('original is smaller'), 'cloudflare/warning').causes[0]).toMatch(/already smaller/);
    const bare = { ...findingOf(paste('dpr > 3 should never be used'), 'cloudflare/warning'), causes: [] };
    const outcome = diagnose(paste('dpr > 3 should never be used'));
    if (!outcome.ok) expect.fail(outcome.error.message);
    outcome.diagnosis.responses[0]!.findings = [bare];
    expect((await completeTexts(outcome.diagnosis)).responses[0]?.findings[0]?.causes[0]).toMatch(/`dpr` above 3/);
    const unknown = findingOf(paste('something new'), 'cloudflare/warning');
    expect(unknown.variant).toBeNull();
    expect(unknown.notes[0]).toContain('no source this site knows explains this text');
  });

  it('lists the credentials cause of 9408 first when the request to a resize URL carries a cookie, without the cookie', () => {
    const finding = findingOf(readFileSync(join(import.meta.dirname, '../fixtures/rules/cf-origin-credentials-curl-v.txt'), 'utf8'), 'cloudflare/9408');
    expect(finding.causes[0]).toMatch(/cookies|Authorization/);
    expect(finding.notes.join(' ')).toContain('Cookie: (value not shown)');
    expect(finding.notes.join(' ')).not.toContain('8f14e45f');
  });

  it("lists the Worker's own-request cause of 9403 first when the resizer's via mark shows", () => {
    const finding = findingOf('HTTP/2 508\ncf-resized: err=9403\nvia: 1.1 image-resizing\nserver: cloudflare', 'cloudflare/9403');
    expect(finding.causes[0]).toMatch(/Via/);
  });

  it('lists the unsigned-transformation cause of a bare Cloudinary 401 first when the derived URL has no signature', () => {
    const unsigned = 'Request URL: https://res.cloudinary.com/demo/image/upload/c_fill,w_300/sample.jpg\nStatus Code: 401\nx-cld-error: Unauthorized';
    expect(findingOf(unsigned, 'cloudinary/401').causes[0]).toMatch(/neither signed nor allowed/);
    const signed = unsigned.replace('/upload/', '/upload/s--Ab12Cd34--/');
    expect(findingOf(signed, 'cloudinary/401').supportedCause).toBeUndefined();
  });

  it('keeps the catalog order when nothing in the paste supports a cause', () => {
    const finding = findingOf('HTTP/2 403\ncf-resized: err=9408\nserver: cloudflare', 'cloudflare/9408');
    expect(finding.causes).toEqual(findEntry('cloudflare/9408')?.causes);
  });

  it('ranks the causes the browser fills in later the same way', async () => {
    const outcome = diagnose(RESIZED_HTML);
    if (!outcome.ok) expect.fail(outcome.error.message);
    const finding = outcome.diagnosis.responses[0]?.findings[0] as Finding;
    const ranked = [...finding.causes];
    finding.causes = [];
    await completeTexts(outcome.diagnosis);
    expect(finding.causes).toEqual(ranked);
  });
});
