/**
 * Real captures that more than one entry uses as its sample, quoted exactly as their source
 * recorded them (shared/facts/catalog-facts.md, section 4). Pure data.
 */

/** CF-1: a successful /cdn-cgi/image/ resize with a cf-images warning (animals-vida-digna, 2026-09). */
export const CAPTURE_CF1_RESIZED_WITH_WARNING = `$ curl -sI -H 'Accept: image/avif,image/webp' \\
  "https://images.animalsvidadigna.org/cdn-cgi/image/width=320,fit=cover,quality=80,format=auto,onerror=redirect/cats/spike/test.webp"
HTTP/2 200
content-type: image/avif
content-length: 1463
cf-cache-status: MISS
cache-control: public, max-age=31536000, immutable
vary: accept
cf-resized: internal=ok/m q=0 n=317+85 c=17+38 v=2026.9.0 l=1463 f=true c2=0 wv=2026.8.0
warning: cf-images 299 "cover fit mode needs both width and height"
content-security-policy: default-src 'none'; navigate-to 'none'; form-action 'none'; img-src data:; style-src 'unsafe-inline';
x-content-type-options: nosniff
`;
