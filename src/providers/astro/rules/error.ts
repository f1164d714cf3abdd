/**
 * Astro's image errors (facts 6.2-6.3; errors-data.ts). An error of Astro's registry named in the
 * body (the dev server's 500 page, the dev endpoint's text, a log) names its entry; otherwise the
 * status of an `/_image` response does, since the endpoint answers in bare words (`Forbidden`,
 * `Not Found`, `Internal Server Error`) that differ between its node, generic and dev variants.
 */
import { findEntry } from '../../../catalog/index.ts';
import { bodyEvidence } from '../../../diagnose/read/body.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { findingFor, variantFor, type Rule } from '../../../diagnose/rule.ts';
import { hostOf } from '../../../diagnose/signals.ts';
import { astroImageErrors } from '../data/errors.ts';
import { DEV_ENDPOINT_ERROR, DEV_ERROR_PAGE, hrefOf, isImageEndpointUrl } from '../signals.ts';

const byName = new Map(astroImageErrors.map(({ name, entry }) => [name, entry]));
const NAMED = new RegExp(`\\b(${astroImageErrors.map(({ name }) => name).join('|')})\\b`);
const byMessage = astroImageErrors.map(({ message, entry }) => ({ pattern: new RegExp(message), entry }));
const REMOTE = /^(?:https?:)?\/\//i;

export const astroError: Rule = {
  name: 'astro-error',
  // Every registry error of data/errors.ts and every endpoint entry; each is checked by its catalog
  // samples, and the fixtures cover the ways a response carries them.
  emits: ['astro/', 'astro/400', 'astro/403', 'astro/404', 'astro/500', 'astro/could-not-process', 'astro/expected-image'],
  run({ exchange }) {
    const body = exchange.body?.trim() ?? '';
    const named = namedError(body);
    if (named) {
      const variants = findEntry(named.entry)?.variants ?? [];
      return [findingFor(named.entry, named.evidence, { variant: variantFor(variants, exchange.status, body), notes: namedNotes(body) })];
    }
    const status = exchange.status;
    if (!isImageEndpointUrl(exchange.url) || status === null || status < 400) return [];
    const firstLine = body.split('\n', 1)[0]?.trim() ?? '';
    const id = endpointId(status, firstLine);
    if (!id) return [];
    const entry = findEntry(id);
    const evidence = firstLine ? `${status} ${bodyEvidence(firstLine)}` : `${exchange.httpVersion ?? 'HTTP'} ${status}`;
    return [
      findingFor(id, evidence, {
        variant: entry ? variantFor(entry.variants, status, firstLine) : null,
        notes: endpointNotes(id, exchange),
      }),
    ];
  },
};

/** A registry error named in the body, by name first, then by its message. */
function namedError(body: string): { entry: string; evidence: string } | null {
  const name = NAMED.exec(body)?.[1];
  const byItsName = name ? byName.get(name) : undefined;
  const line = (pattern: RegExp) => body.split('\n').find((candidate) => pattern.test(candidate)) ?? body;
  const page = DEV_ERROR_PAGE.exec(body);
  if (name && byItsName) return { entry: byItsName, evidence: page ? `<title>${page[1]}</title>` : bodyEvidence(line(NAMED)) };
  const matched = byMessage.find(({ pattern }) => pattern.test(body));
  return matched ? { entry: matched.entry, evidence: bodyEvidence(line(matched.pattern)) } : null;
}

function namedNotes(body: string): string[] {
  if (DEV_ERROR_PAGE.test(body)) {
    return ['This is the 500 page of `astro dev`: it names the error in its title and sends the message to the browser’s error overlay, so the terminal running `astro dev` shows the full text. A production server answers the same error with its own 500 page, without the name.'];
  }
  if (DEV_ENDPOINT_ERROR.test(body)) return ['The dev image endpoint quotes the error it caught; in production the same failure is a bare `Internal Server Error`.'];
  return [];
}

function endpointId(status: number, firstLine: string): string | null {
  if (status === 400) return 'astro/400';
  if (status === 403) return /^Cannot convert non-SVG source to SVG format/.test(firstLine) ? 'astro/svg-conversion' : 'astro/403';
  if (status === 404) return 'astro/404';
  if (status === 500 && firstLine === 'Invalid endpoint') return 'astro/invalid-endpoint';
  if (status === 500 && DEV_ENDPOINT_ERROR.test(firstLine)) return 'astro/could-not-process';
  return status === 500 ? 'astro/500' : null;
}

function endpointNotes(id: string, exchange: Exchange): string[] {
  const href = hrefOf(exchange.url);
  const remoteHost = href && REMOTE.test(href) ? hostOf(href.startsWith('//') ? `https:${href}` : href) : null;
  const notes: string[] = [];
  if (id === 'astro/400' && href === null) {
    notes.push('The URL has no `href` parameter: Astro’s endpoint reads the source from `href` (not `url` or `src`).');
  }
  if (id === 'astro/403' && remoteHost) {
    notes.push(`The source is on ${remoteHost}: allow it in astro.config with image: { domains: ['${remoteHost}'] } or a matching image.remotePatterns entry. Astro checks every redirect of the source too.`);
  }
  if (id === 'astro/403' && href !== null && !remoteHost) {
    notes.push('The `href` is local: the generic endpoint refuses a local `href` that resolves to another origin; otherwise a 403 here is the Cloudflare adapter refusing a source that is not `image/*`.');
  }
  if (id === 'astro/404' || id === 'astro/500') {
    notes.push(
      remoteHost
        ? `The source on ${remoteHost} could not be fetched, or redirected to a host Astro does not allow: request it on its own to see which.`
        : 'Astro could not load the source: check the file exists in the build output, or request it on its own.',
    );
  }
  return notes;
}
