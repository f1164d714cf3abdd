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
  /** Regular-expression source matched against a message that carries no code, or null. */
  message: string | null;
}

export const ipxCodes: IpxCode[] = [
  { code: 'IPX_MISSING_MODIFIERS', entry: 'ipx/missing-modifiers', message: '^Modifiers are missing' },
  { code: 'IPX_MISSING_ID', entry: 'ipx/missing-id', message: '^Resource id is missing' },
  { code: 'IPX_NO_STORAGE', entry: 'ipx/no-storage', message: '^(?:No storage configured|Unknown source)' },
  { code: 'IPX_RESOURCE_NOT_FOUND', entry: 'ipx/resource-not-found', message: '^Resource not found' },
  { code: 'IPX_FILE_NOT_FOUND', entry: 'ipx/file-not-found', message: '^(?:File not found|Path should be a file)' },
  { code: 'IPX_FORBIDDEN_PATH', entry: 'ipx/forbidden-path', message: '^Forbidden path' },
  { code: 'IPX_FORBIDDEN_FILE', entry: 'ipx/forbidden-file', message: '^(?:Cannot access file|File access error)' },
  { code: 'IPX_FORBIDDEN_SYMLINK', entry: 'ipx/forbidden-symlink', message: null },
  { code: 'IPX_INVALID_URL', entry: 'ipx/invalid-url', message: '^Invalid URL' },
  { code: 'IPX_MISSING_HOSTNAME', entry: 'ipx/missing-hostname', message: '^Hostname is missing' },
  { code: 'IPX_FORBIDDEN_PROTOCOL', entry: 'ipx/forbidden-protocol', message: null },
  { code: 'IPX_FORBIDDEN_HOST', entry: 'ipx/forbidden-host', message: '^Forbidden host' },
  { code: 'IPX_FORBIDDEN_IP', entry: 'ipx/forbidden-ip', message: null },
  { code: 'IPX_IP_CHECK_UNAVAILABLE', entry: 'ipx/ip-check-unavailable', message: null },
  { code: 'IPX_DNS_LOOKUP_FAILED', entry: 'ipx/dns-lookup-failed', message: null },
  { code: 'IPX_INVALID_REDIRECT', entry: 'ipx/invalid-redirect', message: null },
  { code: 'IPX_TOO_MANY_REDIRECTS', entry: 'ipx/too-many-redirects', message: null },
  // The source answered with an error: IPX passes its status and reason on instead of a code.
  { code: null, entry: 'ipx/fetch-failed', message: '^(?:Failed to fetch |\\[(?:GET|HEAD)\\] "|Fetch error)' },
  { code: 'IPX_INVALID_IMAGE', entry: 'ipx/invalid-image', message: '^Cannot parse image metadata' },
  { code: 'IPX_INVALID_SVG', entry: 'ipx/invalid-svg', message: null },
  { code: 'IPX_INVALID_MODIFIER_ARG', entry: 'ipx/invalid-modifier-arg', message: null },
  { code: 'IPX_MISSING_MODIFIER_ARG', entry: 'ipx/missing-modifier-arg', message: null },
  { code: 'IPX_INVALID_MODIFIER', entry: 'ipx/invalid-modifier', message: null },
  { code: 'IPX_STORAGE_ERROR', entry: 'ipx/storage-error', message: null },
  { code: 'IPX_FILESYSTEM_ERROR', entry: 'ipx/filesystem-error', message: null },
  { code: 'IPX_ERROR', entry: 'ipx/error', message: null },
];
