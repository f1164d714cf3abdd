/**
 * Removes secrets before anything leaves the reader's hands: the share link, the Markdown copy.
 * Cookies, credentials and signed-URL secrets become `[redacted]`; everything else is kept so the
 * diagnosis still reproduces.
 */
export const REDACTED = '[redacted]';

const SECRET_HEADERS = new Set(['cookie', 'set-cookie', 'authorization', 'proxy-authorization', 'x-api-key', 'cf-access-client-secret']);
const SECRET_PARAM_NAMES =
  'signature|sig|token|access_token|auth|api_key|apikey|key|x-amz-signature|x-amz-credential|x-amz-security-token|policy|key-pair-id|x-goog-signature|x-goog-credential';
const SECRET_PARAM = new RegExp(`^(?:${SECRET_PARAM_NAMES})$`, 'i');
const SECRET_QUERY_PARAMS = new RegExp(`([?&;](?:${SECRET_PARAM_NAMES})=)[^&#\\s"'<>]*`, 'gi');
const CLOUDINARY_SIGNATURE = /\/s--[A-Za-z0-9_-]{8,32}--\//g;
const SECRET_HEADER_LINE =
  /^(\s*(?:[<>]\s*)?)(cookie|set-cookie|authorization|proxy-authorization|x-api-key|cf-access-client-secret)(\s*:\s*).*$/gim;
const CURL_SECRET_HEADER = /((?:-H|--header)\s+['"]?\s*(?:cookie|authorization|proxy-authorization|x-api-key)\s*:\s*)[^'"\n]*/gi;
const CURL_SECRET_OPTION = /((?:^|\s)(?:-b|--cookie|-u|--user)\s+['"]?)[^\s'"]+/g;

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** A URL (or any text holding URLs) with signatures and tokens replaced. */
export function redactUrlSecrets(text: string): string {
  return text.replace(SECRET_QUERY_PARAMS, `$1${REDACTED}`).replace(CLOUDINARY_SIGNATURE, `/s--${REDACTED}--/`);
}

export function redactHeaderValue(name: string, value: string): string {
  return isSecretHeader(name) ? REDACTED : redactUrlSecrets(value);
}

/** A whole paste, whatever its format, with secret header values and URL secrets removed. */
export function redactPaste(text: string): string {
  const json = redactJson(text);
  if (json !== null) return json;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // Chrome's two-line copy puts a header's value on the line after its name.
    if (isSecretHeader(line.trim()) && i + 1 < lines.length) {
      lines[i + 1] = REDACTED;
      i++;
      continue;
    }
    lines[i] = line.replace(SECRET_HEADER_LINE, `$1$2$3${REDACTED}`);
  }
  const joined = lines.join('\n').replace(CURL_SECRET_HEADER, `$1${REDACTED}`).replace(CURL_SECRET_OPTION, `$1${REDACTED}`);
  return redactUrlSecrets(joined);
}

/** HAR files and header JSON are redacted structurally, then printed back. */
function redactJson(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return null;
  }
  return JSON.stringify(redactJsonValue(value, null), null, 2);
}

function redactJsonValue(value: unknown, key: string | null): unknown {
  if (typeof value === 'string') return key !== null && isSecretHeader(key) ? REDACTED : redactUrlSecrets(value);
  if (Array.isArray(value)) return value.map((item) => redactJsonValue(item, key));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  // HAR headers and query strings are {name, value} pairs; a HAR's cookies arrays are secret whole.
  const pairName = typeof record.name === 'string' ? record.name : null;
  const secretPair = pairName !== null && (isSecretHeader(pairName) || SECRET_PARAM.test(pairName));
  const out: Record<string, unknown> = {};
  for (const [childKey, child] of Object.entries(record)) {
    if (childKey === 'cookies' && Array.isArray(child)) out[childKey] = [];
    else if (childKey === 'value' && secretPair) out[childKey] = REDACTED;
    else out[childKey] = redactJsonValue(child, childKey);
  }
  return out;
}
