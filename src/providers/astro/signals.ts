/**
 * What shows that Astro answered a response (facts 6.1-6.2): its image endpoint's path (`/_image`,
 * under any base path), the text of its dev image endpoint's errors, and the dev server's 500 page,
 * which names the error in its title. Astro sends no header of its own.
 */
import type { Exchange } from '../../diagnose/read/types.ts';
import { pathOf, perExchange, searchParamsOf } from '../../diagnose/signals.ts';

const IMAGE_ENDPOINT_PATH = /(?:^|\/)_image$/;
/** The whole body of the dev server's 500 page (vite-plugin-astro-server/response.ts). */
export const DEV_ERROR_PAGE = /<title>(\w+)<\/title><script type="module" src="\/@vite\/client"><\/script>/;
export const DEV_ENDPOINT_ERROR = /^Could not process image request: (.*)$/m;

export const astroSignals = perExchange((exchange: Exchange): string[] => {
  const signals: string[] = [];
  if (isImageEndpointUrl(exchange.url)) signals.push('URL path /_image');
  const body = exchange.body ?? '';
  const page = DEV_ERROR_PAGE.exec(body);
  if (page) signals.push(`Astro dev server error page: <title>${page[1]}</title>`);
  if (DEV_ENDPOINT_ERROR.test(body)) signals.push('body: Could not process image request: …');
  return signals;
});

export function isImageEndpointUrl(url: string | null): boolean {
  return url !== null && IMAGE_ENDPOINT_PATH.test(pathOf(url));
}

/** The `href` query parameter of an image endpoint URL, or null. */
export function hrefOf(url: string | null): string | null {
  return searchParamsOf(url).get('href');
}
