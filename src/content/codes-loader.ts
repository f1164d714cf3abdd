/**
 * Loads content/codes/ with Astro's glob loader, then holds it to the catalog: every file must
 * name the entry its path names, and every catalog entry must have a file. Either mistake stops
 * the build with a message that names the file and says how to fix it.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { catalog } from '../catalog/index.ts';

export const CODES_BASE = './content/codes';

export function codesLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: CODES_BASE });
  return {
    name: 'imgdiag-codes',
    load: async (context) => {
      await files.load(context);
      const problems = catalogMismatches(
        context.store.values().map((stored) => ({
          id: stored.id,
          file: stored.filePath ?? `${CODES_BASE}/${stored.id}.mdx`,
          entry: String(stored.data.entry),
        })),
      );
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}

export interface CodeFile {
  /** The id the glob loader derived from the path, e.g. `cloudflare/9412`. */
  id: string;
  file: string;
  /** The frontmatter's `entry` field. */
  entry: string;
}

/** What is wrong between the code files and the catalog, one instruction per line. */
export function catalogMismatches(files: CodeFile[]): string[] {
  const problems: string[] = [];
  for (const { id, file, entry } of files) {
    if (entry !== id) {
      problems.push(
        `${file}: frontmatter field "entry" is "${entry}" but the file's path names "${id}". ` +
          `Set entry: ${id}, or move the file to ${CODES_BASE}/${entry}.mdx.`,
      );
    }
  }
  const covered = new Set(files.map((file) => file.id));
  for (const entry of catalog) {
    if (!covered.has(entry.id)) {
      problems.push(
        `${CODES_BASE}/${entry.id}.mdx is missing: catalog entry "${entry.id}" needs a page. ` +
          `Create it with frontmatter "entry: ${entry.id}".`,
      );
    }
  }
  return problems;
}
