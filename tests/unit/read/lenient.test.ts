import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/diagnose/format/text.ts';
import { diagnosisView } from '../../../src/diagnose/format/view.ts';
import { diagnose } from '../../../src/diagnose/index.ts';
import { viewToHtml } from '../../../src/lib/view-html.ts';
import type { Diagnosis } from '../../../src/diagnose/types.ts';
import { read, readError } from './helpers.ts';

function diagnosisOf(text: string): Diagnosis {
  const outcome = diagnose(text);
  if (!outcome.ok) expect.fail(`expected a diagnosis, got ${outcome.error.code}`);
  return outcome.diagnosis;
}

/** Each finding as `id severity source: evidence`. */
function findings(text: string): string[] {
  return diagnosisOf(text).responses.flatMap((response) =>
    response.findings.map((finding) => `${finding.id} ${finding.severity} ${finding.source}: ${finding.evidence}`),
  );
}

describe('evidence read from prose, logs and bodies', () => {
  it('reads the code, status and URL of an issue comment that quotes the browser tab', () => {
    const text = [
      'Since yesterday every image is broken. Opening one in a new tab shows',
      '',
      'ERROR 9422: Free unique transformations by account has been exhausted',
      '',
      'The URL is https://example.com/cdn-cgi/image/width=400,format=auto/uploads/a.jpg and the console says',
      'Failed to load resource: the server responded with a status of 429 ()',
    ].join('\n');
    const diagnosis = diagnosisOf(text);
    expect(diagnosis.input.format).toBe('text');
    expect(diagnosis.responses[0]?.status).toBe(429);
    expect(diagnosis.responses[0]?.url).toBe('https://example.com/cdn-cgi/image/width=400,format=auto/uploads/a.jpg');
    expect(findings(text)).toEqual([
      'cloudflare/9422 error text: ERROR 9422: Free unique transformations by account has been exhausted',
    ]);
    expect(diagnosis.input.read).toContain('status read from `status of 429`');
    expect(diagnosis.input.setAside).toEqual(['1 line of prose set aside']);
  });

  it('takes the labels of a log block for labels, not for three headers', () => {
    const text = [
      'URL: https://res.cloudinary.com/demo/image/upload/v1/photos/missing.jpg',
      'Response: HTTP 404',
      'Error: x-cld-error: Resource not found - photos/missing',
    ].join('\n');
    const result = read(text);
    expect(result.exchanges[0]?.headers.map((field) => field.name)).toEqual(['x-cld-error']);
    expect(findings(text)).toEqual(['cloudinary/404 error text: x-cld-error: Resource not found - photos/missing']);
    expect(diagnosisOf(text).input.setAside).toEqual(['2 lines of prose set aside']);
  });

  it('reads a devtools copy quoted in Markdown as the copy, not as curl request lines', () => {
    const text = [
      '> Request URL: https://res.cloudinary.com/demo/image/upload/w_abc/sample.jpg',
      '> Request Method: GET',
      '> Status Code: 400 Bad Request',
      '> x-cld-error: Invalid width - abc',
      '> server: cloudinary',
    ].join('\n');
    const diagnosis = diagnosisOf(text);
    expect(diagnosis.responses[0]?.status).toBe(400);
    expect(findings(text)).toEqual(['cloudinary/400 error header: x-cld-error: Invalid width - abc']);
  });

  it.each([
    ['a status and a header on one line', 'HTTP 401 · X-Cld-Error: cloud_name demo is disabled', 401, 'cloudinary/401'],
    ['a header in a code comment', 'The worker logs this:\n// answers 415 / cf-resized: err=9412', 415, 'cloudflare/9412'],
    ['a header at the end of a sentence', 'The image request returned 404 and the response had `cf-resized: err=9404`.', 404, 'cloudflare/9404'],
    ['a Python dict in a log line', "2024-05-01 12:00:01 ERROR fetch failed {'x-cld-error': 'Resource not found - abc', 'server': 'cloudinary'}", null, 'cloudinary/404'],
    ['a JSON log line', '{"level":"error","status":404,"headers":{"x-cld-error":"Resource not found - abc"}}', 404, 'cloudinary/404'],
    ['an exception with a bracketed status', 'System.Net.WebException: The remote server returned an error: (401) Unauthorized.', 401, 'http/client-error'],
    ['a localised reason phrase', 'Le serveur distant a retourné une erreur : (404) Introuvable.', 404, 'http/client-error'],
    ['the Images binding error', 'Error: IMAGES_TRANSFORM_ERROR 9525: the image is too large', null, 'cloudflare/9525'],
    ['a bullet list of headers', '- HTTP/2 403\n- cf-resized: err=9401\n- server: cloudflare', 403, 'cloudflare/9401'],
    ['a Markdown table of headers', '| header | value |\n| --- | --- |\n| cf-resized | err=9404 |\n| server | cloudflare |', null, 'cloudflare/9404'],
    ['a console line as a test runner prints it, beside a success elsewhere', 'Failed to load resource: 400 @ https://a.example/x.png\nThe source returns HTTP 200 when fetched directly.', 400, 'http/client-error'],
    ['a status in inline code in a Spanish sentence', 'la URL firmada respondía `401` con `x-cld-error: deny or ACL failure`', 401, 'cloudinary/401'],
    ['a status in bold in a Vietnamese sentence', 'mọi ảnh xe qua `next/image` trả **400** với\n\n"url" parameter is not allowed', 400, 'nextjs/url-not-allowed'],
    ['a status named as an error', 'Every thumbnail now shows a 403 error in the console.', 403, 'http/client-error'],
    ['a console line with a Cloudinary URL and no header', 'GET https://res.cloudinary.com/demo/image/upload/w_300/missing.jpg 404 (Not Found)', 404, 'cloudinary/404'],
    ['a console line with an imgix URL, the URL taken from the status line', 'GET https://demo.imgix.net/missing.jpg?w=300 404 (Not Found)', 404, 'imgix/404'],
    ['a printed JSON body\'s code', 'The CDN answered:\n{"code":404,"message":"not here"}', 404, 'http/client-error'],
  ])('reads %s', (_label, text, status, id) => {
    const diagnosis = diagnosisOf(text);
    expect(diagnosis.responses[0]?.status).toBe(status);
    expect(diagnosis.responses.flatMap((response) => response.findings.map((finding) => finding.id))).toContain(id);
  });

  it('reads a Chrome General section whose values stand on the next lines, the IP address not as a header', () => {
    const text = [
      'General',
      'Request URL:',
      'https://res.cloudinary.com/demo/image/upload/w_300/sample.jpg',
      'Request Method:',
      'GET',
      'Status Code:',
      '400 Bad Request',
      'Remote Address:',
      '185.247.212.99:443',
    ].join('\n');
    const result = read(text);
    expect(result.exchanges[0]?.status).toBe(400);
    expect(result.exchanges[0]?.headers).toEqual([]);
  });

  it('says a resize URL without the service\'s headers may never have reached it, rather than call the service uncovered', () => {
    const diagnosis = diagnosisOf('GET https://cdn.example.com/cdn-cgi/image/width=800/uploads/photo.jpg 404 (Not Found)');
    const [finding] = diagnosis.responses[0]?.findings ?? [];
    expect(finding?.id).toBe('http/client-error');
    expect(finding?.notes.join(' ')).toContain('never reached Cloudflare');
  });

  it('reads a service URL alone as evidence of the service and its options', () => {
    const diagnosis = diagnosisOf('Broken since Monday: https://res.cloudinary.com/demo/image/upload/w_300/sample.jpg');
    expect(diagnosis.responses[0]?.provider).toBe('cloudinary');
  });

  it('marks a finding read from a body as such', () => {
    const text = ['HTTP/2 415', 'content-type: text/plain', '', 'ERROR 9412: Origin returned non-image content'].join('\n');
    expect(findings(text)).toContain('cloudflare/9412 error body: ERROR 9412: Origin returned non-image content');
  });

  it('reads no status out of a number that is none, or one the author only expected', () => {
    expect(diagnosisOf('next/image fails for this host\n\nevent - compiled successfully in 129 ms (552 modules)\nthe image request returned 500').responses[0]?.status).toBe(500);
    const expected = ['Causing 500s internal server error on random urls like /_next/image?url=%2Fa.png&w=64', 'This should return a 400 or 404 error and not a 500 error.'];
    expect(diagnosisOf(expected.join('\n')).responses[0]?.status).toBe(500);
    expect(diagnosisOf(expected.join('\n')).input.read).toContain('status read from `500s internal server error`');
  });

  it('takes the service URL on the line of the status, and a URL with brackets in its path', () => {
    const text = [
      'Expected output: `https://ik.imagekit.io/endpoint/image.jpg?ik-s=signature`',
      'Actual output: `https://ik.imagekit.io/endpoint/image.jpg&ik-s=signature` (401)',
    ].join('\n');
    expect(diagnosisOf(text).responses[0]).toMatchObject({ status: 401, url: 'https://ik.imagekit.io/endpoint/image.jpg&ik-s=signature' });
    expect(diagnosisOf('but https://img.example.com/fit-in/500x0/name(2).png return a 404').responses[0]?.url).toBe('https://img.example.com/fit-in/500x0/name(2).png');
  });

  it('takes a service URL quoted paragraphs before the status, and a resize path without its host', () => {
    const imgix = 'See: https://demo.imgix.net/2020/12/a.jpg?auto=compress\n\nThe File URL is on the CDN, but I get a 403 error:\n![shot](https://user-images.githubusercontent.com/1/a.png)';
    expect(diagnosisOf(imgix).responses[0]).toMatchObject({ url: 'https://demo.imgix.net/2020/12/a.jpg?auto=compress', provider: 'imgix' });
    const relative = 'In pages, I am getting 404 error - \n`/cdn-cgi/image/width=2040,format=webp/_astro/hero.png`';
    expect(diagnosisOf(relative).responses[0]?.url).toBe('/cdn-cgi/image/width=2040,format=webp/_astro/hero.png');
  });

  it('reads a service\'s JSON error body quoted in prose or pasted alone as a body', () => {
    const aws = 'I get the following message:\n\n`{"status":500,"code":"NoSuchKey","message":"The specified key does not exist."}`\n';
    expect(findings(aws)).toEqual(['aws-sih/no-such-key error text: "code": "NoSuchKey"']);
    const ipx = '{\n  "error": {\n    "message": "[403] [Forbidden] [GET] \\"https://s3.example.com/a.png\\": 403 Forbidden"\n  }\n}';
    expect(diagnosisOf(ipx).input.format).toBe('text');
    expect(findings(ipx).map((finding) => finding.split(' ')[0])).toEqual(['ipx/fetch-failed']);
  });

  it('reads a status at the end of a sentence, in an HTTP client\'s printed response, and Chrome\'s note on a non-image', () => {
    expect(diagnosisOf("The image's URL is:\n\nhttp://b.s3.amazonaws.com/img/code.jpg\n\nWhich gives an error, HTTP status code 403.").responses[0]).toMatchObject({
      status: 403,
      url: 'http://b.s3.amazonaws.com/img/code.jpg',
    });
    expect(diagnosisOf('Response{protocol=http/1.1, code=403, message=Forbidden, url=https://static.example.me/a/data.jpg?1415}').responses[0]).toMatchObject({
      status: 403,
      url: 'https://static.example.me/a/data.jpg?1415',
    });
    const note = 'Resource interpreted as Image but transferred with MIME type text/html: "http://example.org/ai/img2.jpg".';
    expect(findings(note)).toEqual(['http/not-an-image warning text: Resource interpreted as Image but transferred with MIME type text/html']);
  });

  it('reads the resizer\'s older words for a code where the code is not shown', () => {
    const text = 'Received this error on the CloudFlare Image resizing dashboard "Origin returned 4xx HTTP status code".';
    expect(findings(text).map((finding) => finding.split(' ')[0])).toEqual(['cloudflare/9408']);
  });

  it('keeps only the documented status of a variant whose message the paste does not show', () => {
    const text = 'Memes cant load since https://res.cloudinary.com/demo/image/upload/v1/memes/a.jpg returns 401 unauthorized.';
    const diagnosis = diagnosisOf(text);
    expect(diagnosis.responses[0]?.findings[0]?.variant).toMatchObject({ status: 401, message: '' });
    expect(formatText(diagnosis, { color: false, siteUrl: 'https://imgdiag.dev' })).not.toContain('Variant:');
    const shown = diagnosisOf('HTTP/2 401\nx-cld-error: ACL deny\n').responses[0]?.findings[0]?.variant;
    expect(shown).toMatchObject({ status: 401, message: 'ACL deny' });
  });

  it('still finds nothing in prose that shows no evidence', () => {
    expect(readError('Note: this only happens on Safari.\nUpdate: it works now, thanks!').code).toBe('no-headers');
  });

  it('takes an app error code for a Cloudflare code only where the paste names Cloudflare', () => {
    expect(readError('Error Code 9411 appears and the app is not working').code).toBe('no-headers');
    expect(findings('Cloudflare image resizing says error code 9412 for every image').map((line) => line.split(' ')[0])).toEqual([
      'cloudflare/9412',
    ]);
  });
});

describe('the faces say what was read', () => {
  const PASTE = 'URL: https://res.cloudinary.com/demo/image/upload/v1/a.jpg\nResponse: HTTP 404\nError: x-cld-error: Resource not found - a';

  it('lists the evidence read outside header lines, and the prose set aside, in the CLI text', () => {
    const text = formatText(diagnosisOf(PASTE), { color: false, siteUrl: 'https://imgdiag.dev' });
    expect(text).toContain('  status read from `HTTP 404`');
    expect(text).toContain('  2 lines of prose set aside');
    expect(text).toContain('(read from the text around the headers, not from a header line)');
  });

  it('shows the same in the widget view, the paste escaped', () => {
    const html = viewToHtml(diagnosisView(diagnosisOf(`${PASTE} <b>bold</b>`)));
    expect(html).toContain('status read from <code>HTTP 404</code>');
    expect(html).toContain('(read from the text around the headers, not from a header line)');
    expect(html).not.toContain('<b>');
  });
});
