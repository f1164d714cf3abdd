/**
 * A resized image's ETag embeds the origin's: `cf-<hash>:<origin etag>` (facts 1.7). Comparing
 * the second part with the source image's ETag shows whether the variant is current.
 */
import { headerFields } from '../../../diagnose/read/headers.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { isCloudflareServed } from '../signals.ts';

const RESIZED_ETAG = /^(?:W\/)?"?cf-?[A-Za-z0-9_+/=-]+:(.+?)"?$/;

export const cloudflareEtag: Rule = {
  name: 'cloudflare-etag',
  emits: ['cloudflare/etag'],
  run({ exchange }) {
    if (!isCloudflareServed(exchange)) return [];
    return headerFields(exchange.headers, 'etag').flatMap((field) => {
      const originEtag = RESIZED_ETAG.exec(field.value.trim())?.[1];
      if (!originEtag) return [];
      return [
        findingFor('cloudflare/etag', evidenceOf(field), {
          notes: [
            `The origin's ETag inside it is ${originEtag}. Compare it with the source image's own ETag;` +
              " if they differ, the resized copy predates the current original: curl -sI '<source image URL>' | grep -i etag",
          ],
        }),
      ];
    });
  },
};
