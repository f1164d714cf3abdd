/** `13 KB`, `4.2 MB`: a size as people say it. */
export function formatSize(bytes: number): string {
  const megabyte = 1024 * 1024;
  return bytes < megabyte ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / megabyte).toFixed(1)} MB`;
}
