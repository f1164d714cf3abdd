/** The OpenSearch description: lets a browser search the site from its address bar, through /search/. */
import type { APIRoute } from 'astro';
import { SITE_URL } from '../site.ts';

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (character) => `&#${character.charCodeAt(0)};`);

export const GET: APIRoute = () =>
  new Response(
    `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>imgdiag</ShortName>
  <Description>Image CDN error codes and guides: Cloudflare image resizing and Cloudinary</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escapeXml(`${SITE_URL}/favicon.svg`)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(`${SITE_URL}/search/?q={searchTerms}`)}" />
</OpenSearchDescription>
`,
    { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } },
  );
