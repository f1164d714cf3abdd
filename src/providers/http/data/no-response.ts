/**
 * The request got no response at all: the browser could not resolve the host, connect, agree on
 * TLS or read an answer. Chromium names each case with a `net::ERR_*` code from its error list;
 * no server, image service or status is involved, so the fix is in DNS, the host or the network.
 */
import type { CatalogEntry } from '../../../catalog/types.ts';

export const noResponse: CatalogEntry = {
  id: 'http/no-response',
  provider: 'http',
  kind: 'condition',
  code: 'no-response',
  title: 'The image request got no response',
  summary:
    'The browser never received an answer for the image: its host name did not resolve, the connection was refused, reset or timed out, or the TLS handshake failed. There is no status, because no server answered.',
  actor: 'origin',
  severity: 'error',
  layer: 'origin',
  certainty: 'vendor-code',
  variants: [
    { status: null, message: 'net::ERR_NAME_NOT_RESOLVED', certainty: 'vendor-code', sources: ['chromiumNetErrors', 'threadSkybxNameNotResolved'] },
    { status: null, message: 'net::ERR_CONNECTION_REFUSED', certainty: 'vendor-code', sources: ['chromiumNetErrors'] },
    { status: null, message: 'net::ERR_CONNECTION_TIMED_OUT', certainty: 'vendor-code', sources: ['chromiumNetErrors'] },
    { status: null, message: 'net::ERR_CERT_DATE_INVALID', certainty: 'vendor-code', sources: ['chromiumNetErrors'] },
  ],
  causes: [
    'The host name does not resolve (`ERR_NAME_NOT_RESOLVED`): a typo in the image host, a domain or subdomain that expired or was removed, a DNS record not yet propagated, or a service host that no longer exists.',
    'Nothing listens on the address, or a firewall turns the connection away (`ERR_CONNECTION_REFUSED`, `ERR_ADDRESS_UNREACHABLE`): a server that is down, a wrong port, a development URL such as `localhost` left in production content.',
    'The connection was cut or never completed (`ERR_CONNECTION_RESET`, `ERR_CONNECTION_CLOSED`, `ERR_CONNECTION_TIMED_OUT`, `ERR_TIMED_OUT`, `ERR_EMPTY_RESPONSE`): an overloaded or crashing server, a proxy or firewall between, or a network that drops the traffic.',
    'TLS failed (`ERR_CERT_*`, `ERR_SSL_PROTOCOL_ERROR`): a certificate that expired, does not cover the host name or is not trusted, or a device clock far off.',
    'The reader’s own connection is down (`ERR_INTERNET_DISCONNECTED`) or a protocol error cut the answer (`ERR_HTTP2_PROTOCOL_ERROR`, `ERR_QUIC_PROTOCOL_ERROR`).',
  ],
  fixes: [
    'Check the host name: `dig +short <host>` (or `nslookup <host>`) must print an address; if it prints nothing, fix the DNS record or the URL.',
    'Request the URL from another network with `curl -sSv -o /dev/null "<url>"`: curl names the step that fails (resolving, connecting, the TLS handshake).',
    'For certificate errors, look at the certificate the host sends (`curl -v` prints its names and dates) and renew it or add the host name to it.',
    'Replace development or retired hosts in stored content (CMS fields, Markdown, database rows) with the URL the image lives at now.',
  ],
  related: ['http/blocked-by-browser', 'http/server-error', 'http/client-error'],
  history: [],
  caveats: [
    'The codes are Chromium’s, printed by Chrome, Edge and other Chromium browsers; Firefox and Safari word the same failures differently, and this site has not catalogued their words.',
    'For an ordinary `<img>` that fails this way, Chrome shows only the code in the console; the Network panel lists the request as failed, with no status.',
  ],
  sources: ['chromiumNetErrors'],
  samples: [
    {
      label: 'Chrome console: an image host that does not resolve',
      paste: `The product photos stopped loading after we moved the CDN. Console:

GET https://img.old-cdn.example-shop.com/products/lamp-42.webp net::ERR_NAME_NOT_RESOLVED
`,
      origin: 'constructed',
      sources: ['chromiumNetErrors', 'threadSkybxNameNotResolved'],
    },
    {
      label: 'Chrome console: a development host left in content',
      paste: `GET http://localhost:1337/uploads/hero_3f2a.jpg net::ERR_CONNECTION_REFUSED
`,
      origin: 'constructed',
      sources: ['chromiumNetErrors'],
    },
  ],
  keywords: [
    'ERR_NAME_NOT_RESOLVED',
    'ERR_CONNECTION_REFUSED',
    'ERR_CONNECTION_RESET',
    'ERR_CONNECTION_TIMED_OUT',
    'ERR_CERT_DATE_INVALID',
    'ERR_CERT_COMMON_NAME_INVALID',
    'ERR_SSL_PROTOCOL_ERROR',
    'ERR_EMPTY_RESPONSE',
    'name not resolved',
    'connection refused',
    'DNS error image',
    'image host not found',
    'failed to load resource no status',
  ],
};
