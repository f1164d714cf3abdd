/** Each `Warning: cf-images 299 "..."` value, explained where the facts know the text (facts 1.8). */
import { cloudflareWarnings } from '../data/warnings.ts';
import { headerFields } from '../../../diagnose/read/headers.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';

const CF_IMAGES_WARNING = /\bcf-images\s+\d{3}\s+"([^"]*)"/gi;

export const cloudflareWarning: Rule = {
  name: 'cloudflare-warning',
  emits: ['cloudflare/warning'],
  run({ exchange }) {
    return headerFields(exchange.headers, 'warning').flatMap((field) =>
      [...field.value.matchAll(CF_IMAGES_WARNING)].map((match) =>
        findingFor('cloudflare/warning', evidenceOf(field), { notes: [explain(match[1] ?? '')] }),
      ),
    );
  },
};

function explain(text: string): string {
  const known = cloudflareWarnings.find((warning) => warning.text.toLowerCase() === text.trim().toLowerCase());
  if (!known) return `"${text}": no source this site knows explains this text; the image was still delivered.`;
  const hedge = known.certainty === 'documented' ? '' : ` (${known.certainty}: seen in captures, not in Cloudflare's docs)`;
  return `"${known.text}": ${known.explanation}${hedge}`;
}
