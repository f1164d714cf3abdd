/**
 * A response body read as a JSON object, for services that report errors that way (Netlify Image
 * CDN's `{"code":400,"msg":"..."}`, IPX's `{"error":{"message":"..."}}`). Pure: shared by rules.
 */

/** The body as a JSON object, or null when it is absent, not JSON, or not an object. */
export function jsonObjectOf(body: string | null): Record<string, unknown> | null {
  const text = body?.trim() ?? '';
  if (!text.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
