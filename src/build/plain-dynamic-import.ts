/**
 * A Vite plugin that replaces Vite's preload helper with a plain call. Vite wraps every dynamic
 * `import()` in browser code in `__vitePreload`, which also fetches the imported chunk's CSS and
 * dependencies ahead of it. The site has one stylesheet that every page already links, and its
 * lazy chunks (the search dialog, the diagnoser) are small, so that work buys nothing; but the
 * helper is 0.9 KB gzip, and once the header's search and the diagnoser both import lazily it
 * becomes a chunk of its own that every page loads before the reader does anything.
 */
import type { Plugin } from 'vite';

/** Vite's id for the helper (vite/src/node/plugins/importAnalysisBuild.ts, `preloadHelperId`). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

export function plainDynamicImport(): Plugin {
  return {
    name: 'imgdiag-plain-dynamic-import',
    enforce: 'pre',
    apply: 'build',
    resolveId(id) {
      return id === PRELOAD_HELPER ? id : null;
    },
    load(id) {
      return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}
