/**
 * Reads a request URL of AWS Serverless Image Handler (Dynamic Image Transformation for Amazon
 * CloudFront) into its parts. The handler takes three URL forms (source/image-handler/
 * image-request.ts, `parseRequestType`): a base64-encoded JSON path (`/eyJidWNrZXQiOi...`,
 * `{"bucket","key","edits"}`), a Thumbor-style path (`/fit-in/300x200/filters:quality(80)/a.jpg`)
 * and a custom path rewritten by the stack's own pattern. `?signature=` signs the path.
 */
import { parsedUrl } from '../../diagnose/signals.ts';

export interface SihUrlParts {
  /** `base64-json` or `thumbor`; a custom rewrite cannot be told from the URL alone. */
  form: 'base64-json' | 'thumbor';
  /** For the base64 form: the decoded request, or null when the path does not decode to JSON. */
  request: Record<string, unknown> | null;
  /** Why a base64-looking path failed to decode, for the reader; null when it decoded. */
  decodeProblem: string | null;
  /** For the Thumbor form: its operations in order (`fit-in`, `300x200`, `filters:...`). */
  operations: string[];
  /** The image key where the URL shows it. */
  key: string | null;
  /** The `signature` query parameter, or null. */
  signature: string | null;
}

// The handler's own test for the default (base64) form, anchored as it is there.
const BASE64_PATH = /^\/?(?:[0-9a-zA-Z+/]{4})*(?:[0-9a-zA-Z+/]{2}==|[0-9a-zA-Z+/]{3}=)?$/;
// A JSON object's base64 always starts `eyJ` (`{"`), which keeps ordinary paths out.
const BASE64_JSON_START = /^\/eyJ/;
const THUMBOR_OPERATION = /^(?:fit-in|unsafe|\d*x\d*|filters:.+|(?:left|right|center|top|middle|bottom)|smart|full-fit-in|adaptive-fit-in|trim|\d+x\d+:\d+x\d+)$/i;

export function readSihUrl(url: string): SihUrlParts | null {
  const parsed = parsedUrl(url);
  if (parsed === null) return null;
  const signature = parsed.searchParams.get('signature');
  const path = parsed.pathname;
  if (BASE64_JSON_START.test(path)) {
    const decoded = decodeRequest(path.slice(1));
    const key = typeof decoded.request?.key === 'string' ? decoded.request.key : null;
    return { form: 'base64-json', operations: [], key, signature, ...decoded };
  }
  const segments = path.split('/').filter(Boolean);
  const operations: string[] = [];
  while (segments.length > 1 && THUMBOR_OPERATION.test(decodeSegment(segments[0] ?? ''))) {
    operations.push(decodeSegment(segments.shift() ?? ''));
  }
  if (operations.length === 0) return null;
  return { form: 'thumbor', request: null, decodeProblem: null, operations, key: segments.map(decodeSegment).join('/'), signature };
}

function decodeRequest(encoded: string): { request: Record<string, unknown> | null; decodeProblem: string | null } {
  if (!BASE64_PATH.test(encoded)) {
    return { request: null, decodeProblem: 'The path is not plain base64: it holds characters outside A-Z, a-z, 0-9, + and /, or its = padding is wrong (URL-safe base64 uses - and _, which the handler does not accept).' };
  }
  let text: string;
  try {
    text = new TextDecoder().decode(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0)));
  } catch {
    return { request: null, decodeProblem: 'The path does not decode as base64.' };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { request: value as Record<string, unknown>, decodeProblem: null };
    return { request: null, decodeProblem: 'The path decodes to JSON that is not an object.' };
  } catch {
    return { request: null, decodeProblem: 'The path decodes, but not to valid JSON (a truncated or hand-edited request).' };
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
