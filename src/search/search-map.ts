/** Builds the code-to-page map the search box uses (served as /search-map.json). */
import { catalog, cloudinaryMessageClasses, docsPath, findEntry } from '../catalog/index.ts';
import type { SearchMap } from './query.ts';

export function buildSearchMap(): SearchMap {
  const codes: Record<string, string> = {};
  for (const entry of catalog) {
    const path = docsPath(entry);
    codes[entry.id.toLowerCase()] = path;
    codes[entry.code.toLowerCase()] ??= path;
  }
  const messages: [string, string][] = [];
  for (const messageClass of cloudinaryMessageClasses) {
    const entry = messageClass.impliedStatus === null ? undefined : findEntry(`cloudinary/${messageClass.impliedStatus}`);
    if (entry) messages.push([messageClass.pattern, docsPath(entry)]);
  }
  const unknown = findEntry('cloudflare/unknown-code');
  return { codes, messages, unknownCloudflare: unknown ? docsPath(unknown) : '/codes/' };
}
