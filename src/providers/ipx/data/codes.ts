/**
 * IPX's error codes (the `statusText` of its errors, unjs/ipx v2 to v4) and the entry that explains
 * each; facts 5.2. IPX 0.x and 1.x sent no codes, only messages, so each code also carries the
 * message that meant the same there (or that an `IPX_ERROR` wrapper carries in IPX 2 and 3).
 * The error rule and search both read this table.
 */
export interface IpxCode {
  /** The code as IPX sends it, e.g. `IPX_FORBIDDEN_HOST`; null for errors IPX names by message only. */
  code: string | null;
  entry: string;
  /** The HTTP status IPX 4 sends it with; null where it passes the source's status on. */
  status: number | null;
  /** Regular-expression source matched against a message that carries no code, or null. */
  message: string | null;
}

export const ipxCodes: IpxCode[] = [
  { code: 'IPX_MISSING_MODIFIERS', entry: 'ipx/missing-modifiers', status: 400, message: '^Modifiers are missing' },
  { code: 'IPX_MISSING_ID', entry: 'ipx/missing-id', status: 400, message: '^Resource id is missing' },
  { code: 'IPX_NO_STORAGE', entry: 'ipx/no-storage', status: 500, message: '^(?:No storage configured|Unknown source)' },
  { code: 'IPX_RESOURCE_NOT_FOUND', entry: 'ipx/resource-not-found', status: 404, message: '^Resource not found' },
  { code: 'IPX_FILE_NOT_FOUND', entry: 'ipx/file-not-found', status: 404, message: '^(?:File not found|Path should be a file)' },
  { code: 'IPX_FORBIDDEN_PATH', entry: 'ipx/forbidden-path', status: 403, message: '^Forbidden path' },
  { code: 'IPX_FORBIDDEN_FILE', entry: 'ipx/forbidden-file', status: 403, message: '^(?:Cannot access file|File access error)' },
  { code: 'IPX_FORBIDDEN_SYMLINK', entry: 'ipx/forbidden-symlink', status: 403, message: null },
  { code: 'IPX_INVALID_URL', entry: 'ipx/invalid-url', status: 400, message: '^Invalid URL' },
  { code: 'IPX_MISSING_HOSTNAME', entry: 'ipx/missing-hostname', status: 403, message: '^Hostname is missing' },
  { code: 'IPX_FORBIDDEN_PROTOCOL', entry: 'ipx/forbidden-protocol', status: 403, message: null },
  { code: 'IPX_FORBIDDEN_HOST', entry: 'ipx/forbidden-host', status: 403, message: '^Forbidden host' },
  { code: 'IPX_FORBIDDEN_IP', entry: 'ipx/forbidden-ip', status: 403, message: null },
  { code: 'IPX_IP_CHECK_UNAVAILABLE', entry: 'ipx/ip-check-unavailable', status: 500, message: null },
  { code: 'IPX_DNS_LOOKUP_FAILED', entry: 'ipx/dns-lookup-failed', status: 502, message: null },
  { code: 'IPX_INVALID_REDIRECT', entry: 'ipx/invalid-redirect', status: 502, message: null },
  { code: 'IPX_TOO_MANY_REDIRECTS', entry: 'ipx/too-many-redirects', status: 502, message: null },
  // The source answered with an error: IPX passes its status and reason on instead of a code.
  { code: null, entry: 'ipx/fetch-failed', status: null, message: '^(?:Failed to fetch |\\[(?:GET|HEAD)\\] "|Fetch error)' },
  { code: 'IPX_INVALID_IMAGE', entry: 'ipx/invalid-image', status: 400, message: '^Cannot parse image metadata' },
  { code: 'IPX_INVALID_SVG', entry: 'ipx/invalid-svg', status: 400, message: null },
  { code: 'IPX_INVALID_MODIFIER_ARG', entry: 'ipx/invalid-modifier-arg', status: 400, message: null },
  { code: 'IPX_MISSING_MODIFIER_ARG', entry: 'ipx/missing-modifier-arg', status: 400, message: null },
  { code: 'IPX_INVALID_MODIFIER', entry: 'ipx/invalid-modifier', status: 400, message: null },
  { code: 'IPX_STORAGE_ERROR', entry: 'ipx/storage-error', status: 500, message: null },
  { code: 'IPX_FILESYSTEM_ERROR', entry: 'ipx/filesystem-error', status: 500, message: null },
  { code: 'IPX_ERROR', entry: 'ipx/error', status: 500, message: null },
];
