/**
 * imgix responses recorded in public material, copied verbatim (facts section 7, CAP-1 and CAP-3).
 * CAP-3 was printed by a notebook with "# " before every line; the prefixes are removed here.
 */

/** CAP-1: an images.unsplash.com download printed by a Python tutorial, 2023; status printed apart. */
export const CAPTURE_UNSPLASH_2023 = `    Header Info-0 : Connection: close
    Content-Length: 21169
    Last-Modified: Wed, 09 Nov 2022 15:36:07 GMT
    Cache-Control: public, max-age=315360000
    Server: imgix
    X-Imgix-ID: d7810e70f5bb2b17b173a563b387d3e4a555f94e
    X-Imgix-Render-Farm: 01.1096
    X-Imgix-Original-Status: 200
    Date: Tue, 17 Jan 2023 12:35:27 GMT
    Age: 5950760
    Accept-Ranges: bytes
    Set-Cookie: ugid=d135a2962728e515e0ab74af5cf5c7aa5579863;domain=.unsplash.com;path=/;expires=Wed, 17 Jan 2024 12:35:27 GMT;SameSite=None;Secure
    Content-Type: image/jpeg
    Access-Control-Allow-Origin: *
    Cross-Origin-Resource-Policy: cross-origin
    X-Content-Type-Options: nosniff
    X-Served-By: cache-sjc10065-SJC, cache-icn1450090-ICN
    X-Cache: HIT, HIT
    Vary: Accept, User-Agent
    
     
    HTTP Status Code : 200
`;

/** CAP-3: an imgix-served image in 2020, before X-Imgix-Render-Farm and X-Imgix-Original-Status. */
export const CAPTURE_IMGIX_2020 = `Connection: close
Content-Length: 55246
Last-Modified: Mon, 24 Feb 2020 10:31:16 GMT
Cache-Control: public, max-age=31536000
Server: imgix
X-Imgix-ID: 6c89ed49152677665f2385f57357550a2a41b3d8
Date: Mon, 02 Mar 2020 23:53:17 GMT
Age: 652936
Accept-Ranges: bytes
Content-Type: image/jpeg
Access-Control-Allow-Origin: *
X-Content-Type-Options: nosniff
X-Served-By: cache-lax8636-LAX, cache-bur17578-BUR
X-Cache: HIT, HIT
Vary: Accept, User-Agent
`;
