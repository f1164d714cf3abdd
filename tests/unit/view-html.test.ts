import { describe, expect, it } from 'vitest';
import { diagnosisView } from '../../src/diagnose/format/view.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { viewToHtml } from '../../src/lib/view-html.ts';

describe('the diagnosis view as HTML', () => {
  it('escapes markup from a paste in text and attributes', () => {
    const outcome = diagnose(
      'HTTP/2 415\ncf-resized: err=9412\nserver: cloudflare\nx-note: <img src=x onerror=alert(1)> "quoted" & \'single\'\n',
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    const html = viewToHtml(diagnosisView(outcome.diagnosis));
    expect(html).not.toContain('<img');
    expect(html).toContain('x-note: &lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;');
  });

  it('draws the same structure the browser draws: a section per response with its findings', () => {
    const outcome = diagnose('HTTP/2 404\nserver: Cloudinary\nx-cld-error: Resource not found - a/b\n');
    if (!outcome.ok) throw new Error(outcome.error.message);
    const html = viewToHtml(diagnosisView(outcome.diagnosis));
    expect(html).toMatch(/^<section class="imgdiag-diagnoser__response"><h3>Response: HTTP\/2 404<\/h3>/);
    expect(html).toContain('<li class="imgdiag-diagnoser__finding" data-imgdiag-severity="error">');
    expect(html).toContain('<a href="/codes/cloudinary/404/">More about Resource not found</a>');
    expect(html).toMatch(/<details class="imgdiag-diagnoser__read"><summary>What we read<\/summary>/);
  });

  it('puts responses with errors first and folds the ones with nothing to fix', () => {
    const outcome = diagnose('HTTP/2 200\nserver: cloudflare\ncf-resized: internal=ok/m q=0 n=10\n\nHTTP/2 415\nserver: cloudflare\ncf-resized: err=9412\n');
    if (!outcome.ok) throw new Error(outcome.error.message);
    const html = viewToHtml(diagnosisView(outcome.diagnosis));
    expect(html.indexOf('HTTP/2 415')).toBeLessThan(html.indexOf('HTTP/2 200'));
    expect(html).toMatch(/<details class="imgdiag-diagnoser__fine"><summary><h3>Response 1 of 2: HTTP\/2 200<\/h3> Nothing to fix<\/summary>/);
  });

  it('on the page of the code it finds, links to the page\'s causes and fixes instead of repeating them', () => {
    const outcome = diagnose('HTTP/2 415\nserver: cloudflare\ncf-resized: err=9412\n');
    if (!outcome.ok) throw new Error(outcome.error.message);
    const html = viewToHtml(diagnosisView(outcome.diagnosis, { page: '/codes/cloudflare/9412/' }));
    expect(html).not.toContain('href="/codes/cloudflare/9412/"');
    expect(html).not.toContain('Likely causes');
    expect(html).toContain('<a href="#fixes">how to fix it</a>');
  });

  it('leaves "What we read" out when asked, as a code page does under its own box', () => {
    const outcome = diagnose('HTTP/2 415\nserver: cloudflare\ncf-resized: err=9412\n');
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(viewToHtml(diagnosisView(outcome.diagnosis, { read: false }))).not.toContain('What we read');
  });

  it('refuses a node whose tag is not an element name', () => {
    expect(() => viewToHtml([{ tag: 'img src=x', attributes: {}, children: [] }])).toThrow(/not an element name/);
  });
});
