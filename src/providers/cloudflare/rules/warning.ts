/**
 * Each `Warning: cf-images 299 "..."` value (facts 1.8). A text the catalog knows is one of the
 * entry's variants, and the cause that quotes it is ranked first; the longer explanations stay on
 * the page, so the diagnoser does not carry them.
 */
import { entryFor } from '../../../catalog/index.ts';
import { headerFields } from '../../../diagnose/read/headers.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import type { Finding } from '../../../diagnose/types.ts';

const CF_IMAGES_WARNING = /\bcf-images\s+\d{3}\s+"([^"]*)"/gi;
const ID = 'cloudflare/warning';

export const cloudflareWarning: Rule = {
  name: 'cloudflare-warning',
  emits: [ID],
  run({ exchange }) {
    return headerFields(exchange.headers, 'warning').flatMap((field) =>
      [...field.value.matchAll(CF_IMAGES_WARNING)].map((match) => warningFinding((match[1] ?? '').trim(), evidenceOf(field))),
    );
  },
};

function warningFinding(text: string, line: string): Finding {
  const variant = entryFor(ID).variants.find((candidate) => candidate.message?.toLowerCase() === text.toLowerCase()) ?? null;
  if (!variant?.message) {
    return findingFor(ID, line, { notes: [`"${text}": no source this site knows explains this text; the image was still delivered.`] });
  }
  const finding = findingFor(ID, line, { variant, notes: [`"${variant.message}": the cause listed first is the one this text names.`] });
  return { ...finding, supportedCause: { pattern: `"${escapeRegExp(variant.message)}"`, line } };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
