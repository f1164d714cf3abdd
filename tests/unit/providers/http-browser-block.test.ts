import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.ts';
import { resolveQuery } from '../../../src/search/query.ts';
import { buildSearchMap } from '../../../src/search/search-map.ts';

function responsesOf(paste: string) {
  const outcome = diagnose(paste);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.diagnosis.responses;
}

function blockOf(paste: string) {
  const finding = responsesOf(paste)
    .flatMap((response) => response.findings)
    .find((candidate) => candidate.id === 'http/blocked-by-browser');
  if (!finding) throw new Error(`no block finding for ${paste}`);
  return finding;
}

describe("a browser's block", () => {
  it.each([
    ['GET https://media.example.com/a.webp net::ERR_BLOCKED_BY_ORB 200 (OK)', /^Opaque Response Blocking/],
    ['The resource at “https://media.example.com/a.png” was blocked by OpaqueResponseBlocking. Reason: “after sniff: status code is not in allowed range”.', /^Opaque Response Blocking/],
    ['Cross-Origin Read Blocking (CORB) blocked cross-origin response https://media.example.com/a.jpg with MIME type text/html.', /^Opaque Response Blocking/],
    ["Access to image at 'https://media.example.com/a.png' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.", /^CORS/],
    ['Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://media.example.com/a.png. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.', /^CORS/],
    ['GET http://localhost:5000/uploads/a.jpg net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin 200 (OK)', /^Cross-Origin-Resource-Policy/],
    ['picture:1 Failed to load resource: net::ERR_BLOCKED_BY_CLIENT', /^An extension/],
  ])('is an error, read from the text, with its mechanism first among the causes: %s', (line, cause) => {
    const finding = blockOf(line);
    expect(finding.severity).toBe('error');
    expect(finding.source).toBe('text');
    expect(finding.causes[0]).toMatch(cause);
  });

  it('reads the status Chrome prints after the block, and the URL on its line', () => {
    const [response] = responsesOf('GET https://media.example.com/uploads/sofa.webp net::ERR_BLOCKED_BY_ORB 200 (OK)\nIt opens fine in a new tab.');
    expect(response?.status).toBe(200);
    expect(response?.url).toBe('https://media.example.com/uploads/sofa.webp');
    expect(response?.findings.map((finding) => finding.id)).toEqual(['http/blocked-by-browser']);
  });

  it("takes the URL of a CORS message, so the reader gets a command that shows the server's answer", () => {
    const [response] = responsesOf(
      "Access to image at 'https://assets.example.net/avatars/4411.png' from origin 'http://localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    );
    expect(response?.url).toBe('https://assets.example.net/avatars/4411.png');
    expect(response?.reproduce).toContain('https://assets.example.net/avatars/4411.png');
  });

  it('leaves the error to the status when the server failed, and says the block only hid it', () => {
    const [response] = responsesOf('GET https://media.example.com/missing.jpg net::ERR_BLOCKED_BY_ORB 404 (Not Found)');
    expect(response?.findings.map((finding) => `${finding.id} ${finding.severity}`)).toEqual(['http/blocked-by-browser info', 'http/client-error error']);
    expect(response?.findings[0]?.notes[0]).toMatch(/answered 404: that status is why the image failed/);
  });

  it('reads a console line set aside beside a pasted response', () => {
    const paste = [
      'The image loads with curl:',
      '',
      'HTTP/2 200',
      'content-type: image/jpeg',
      'cross-origin-resource-policy: same-origin',
      '',
      'but the page on another port gets: GET http://localhost:5000/uploads/a.jpg net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin 200 (OK)',
    ].join('\n');
    const finding = blockOf(paste);
    expect(finding.severity).toBe('error');
    expect(finding.causes[0]).toMatch(/^Cross-Origin-Resource-Policy/);
  });

  it("reads the reason Chrome's HAR records for an image that got no response, and not for a script", () => {
    const entry = (url: string, resourceType: string, error: string) => ({
      _resourceType: resourceType,
      request: { method: 'GET', url, httpVersion: '', headers: [{ name: 'Referer', value: 'https://shop.example.com/' }] },
      response: { status: 0, statusText: '', httpVersion: '', headers: [], content: { size: 0, mimeType: 'x-unknown' }, _error: error },
    });
    const har = JSON.stringify({
      log: {
        version: '1.2',
        entries: [
          entry('https://media.example.com/uploads/sofa.webp', 'image', 'net::ERR_BLOCKED_BY_ORB'),
          entry('https://ads.example.net/tag.js', 'script', 'net::ERR_BLOCKED_BY_CLIENT'),
        ],
      },
    });
    const [image, script] = responsesOf(har);
    expect(image?.findings.map((finding) => `${finding.id} ${finding.severity}`)).toEqual(['http/blocked-by-browser error']);
    expect(image?.findings[0]?.evidence).toBe('net::ERR_BLOCKED_BY_ORB');
    expect(script?.findings.map((finding) => finding.id)).not.toContain('http/blocked-by-browser');
  });

  it('is not read from words about CORS or blocking that name no block', () => {
    const paste = 'We set up CORS on the bucket and nothing is blocked any more.\n\nHTTP/2 200\ncontent-type: image/png\naccess-control-allow-origin: *\n';
    expect(responsesOf(paste).flatMap((response) => response.findings.map((finding) => finding.id))).not.toContain('http/blocked-by-browser');
  });

  it('is what a search for the console words opens', () => {
    const map = buildSearchMap();
    for (const query of ['net::ERR_BLOCKED_BY_ORB', 'ERR_BLOCKED_BY_RESPONSE.NotSameOrigin 200', 'blocked by CORS policy image', 'OpaqueResponseBlocking']) {
      expect(resolveQuery(query, map)?.path, query).toBe('/codes/http/blocked-by-browser/');
    }
  });
});
