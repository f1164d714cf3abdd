/**
 * The Images API's v4 envelope, `{"success": false, "errors": [{"code": 54xx, "message": ...}]}`
 * (facts, cdns.md 3.5; CAP-8). The response carries its own message, so the engine needs no code
 * table; the entry's page lists the codes.
 */
import { findingFor, type Rule } from '../../../diagnose/rule.ts';

const IMAGES_API_CODE = /^5[45]\d\d$/;

export const cloudflareImagesApi: Rule = {
  name: 'cloudflare-images-api',
  emits: ['cloudflare/images-api-error'],
  run({ exchange }) {
    return envelopeErrors(exchange.body)
      .filter(({ code }) => IMAGES_API_CODE.test(String(code)))
      .map(({ code, message }) =>
        findingFor('cloudflare/images-api-error', `"code": ${code}, "message": "${message}"`, {
          variant: { status: null, message: `${code}: ${message}`, certainty: 'observed', sources: [] },
        }),
      );
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
