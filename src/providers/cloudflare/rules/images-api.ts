/**
 * The Images API's v4 envelope, `{"success": false, "errors": [{"code": 54xx, "message": ...}]}`
 * (facts, cdns.md 3.5; CAP-8). The code names the reason; the message as sent is kept as evidence.
 */
import { findingFor, variantFor, type Rule } from '../../../diagnose/rule.ts';
import { entryFor } from '../../../catalog/index.ts';
import { cloudflareImagesApiCodes } from '../data/images.ts';

const IMAGES_API_CODE = /^54\d\d$|^55\d\d$/;
const messageOf = new Map(cloudflareImagesApiCodes.map(({ code, message }) => [code, message]));

export const cloudflareImagesApi: Rule = {
  name: 'cloudflare-images-api',
  emits: ['cloudflare/images-api-error'],
  run({ exchange }) {
    const errors = envelopeErrors(exchange.body).filter(({ code }) => IMAGES_API_CODE.test(String(code)));
    return errors.map(({ code, message }) => {
      const listed = messageOf.get(code);
      const notes = listed
        ? [`Images API code ${code}: listed as "${listed}".`]
        : [`Images API code ${code} is not in the list this site knows (a third-party client’s list).`];
      const variant = variantFor(entryFor('cloudflare/images-api-error').variants, null, `${code}: ${listed ?? message}`);
      return findingFor('cloudflare/images-api-error', `"code": ${code}, "message": "${message}"`, { variant, notes });
    });
  },
};

function envelopeErrors(body: string | null): { code: number; message: string }[] {
  const start = body?.indexOf('{') ?? -1;
  if (!body || start < 0) return [];
  try {
    const value = JSON.parse(body.slice(start)) as { success?: unknown; errors?: unknown };
    if (value.success !== false || !Array.isArray(value.errors)) return [];
    return value.errors.flatMap((error: { code?: unknown; message?: unknown }) =>
      typeof error?.code === 'number' ? [{ code: error.code, message: typeof error.message === 'string' ? error.message : '' }] : [],
    );
  } catch {
    return [];
  }
}
