/**
 * An image service the registry does not know: its URL shape (as unpic tells it) or an image
 * header of its own shows, and no registered service's signals do. Rather than blame the origin,
 * say the service is not covered yet and name what was seen, so the reader knows which vendor's
 * documentation to open. Runs before http-status, which then leaves the status to this finding.
 */
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { imageCdnOfUrl } from '../../../diagnose/signals.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import { PROVIDER_IDS, type ProviderId } from '../../ids.ts';

/** A header a service names after image work: `x-imageengine-...`, `x-imgflo-...`, `x-resize-...`. */
const IMAGE_SERVICE_HEADER = /^x-(?:[a-z0-9]+-)*(?:image|img|resize|transform|optimi[sz]e|thumbor)/i;
/** Context worth showing with it: who served, what proxied, and vendor-prefixed headers. */
const CONTEXT_HEADER = /^(?:server|via|x-served-by|x-cache|cdn-.+|x-(?!content-type-options|frame-options|xss-protection|request-id|forwarded-|real-ip|robots-tag|ua-compatible|dns-prefetch-control|permitted-cross-domain-policies)[a-z0-9]+-.+)$/i;

export const httpNotCovered: Rule = {
  name: 'http-not-covered',
  emits: ['http/service-not-covered'],
  run({ exchange, servedBy, imageUrl, earlier }) {
    // A URL a registered service reads as its own is covered, even when the paste shows none of its headers.
    if (servedBy.length > 0 || imageUrl !== null || earlier.some((finding) => finding.provider !== null)) return [];
    const service = uncoveredService(exchange);
    if (!service) return [];
    const failed = exchange.status !== null && exchange.status >= 400;
    const context = exchange.headers.filter((field) => CONTEXT_HEADER.test(field.name)).map(evidenceOf);
    return [
      findingFor('http/service-not-covered', service.evidence, {
        severity: failed ? 'error' : 'info',
        notes: [
          `${service.name} answered this image request, and imgdiag does not cover it yet: read its status with that service's documentation.`,
          ...(failed ? [`It answered ${exchange.status}: a status of 400 or more means the image was not delivered, whichever layer refused it.`] : []),
          ...(context.length > 0 ? [`Signals seen: ${context.slice(0, 8).join('; ')}.`] : []),
        ],
      }),
    ];
  },
};

function uncoveredService(exchange: Exchange): { name: string; evidence: string } | null {
  // A covered service reads its own URL shapes, so an URL unpic knows that reaches this point
  // belongs to a service without a module.
  const cdn = imageCdnOfUrl(exchange.url);
  // A registered service's URL that its reader does not take (Cloudinary's upload API) is still its own.
  if (cdn && isProviderId(cdn)) return null;
  if (cdn && exchange.url) return { name: `The image service "${cdn}"`, evidence: exchange.url };
  const header = exchange.headers.find((field) => IMAGE_SERVICE_HEADER.test(field.name));
  return header ? { name: `The service that sent ${header.name}`, evidence: evidenceOf(header) } : null;
}

function isProviderId(name: string): name is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(name);
}
