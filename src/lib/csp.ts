/**
 * The Content-Security-Policy each page carries in a <meta> element, first in <head>. Scripts come
 * only from the site itself; the one inline script, the theme bootstrap (it must run before the
 * first paint), is allowed by its hash. Pagefind compiles WebAssembly and starts a worker. Shiki
 * colours code with style attributes, which only 'unsafe-inline' permits, and only for attributes.
 */
import { createHash } from 'node:crypto';

export const THEME_BOOTSTRAP =
  "try{const saved=localStorage.getItem('imgdiag-theme');if(saved==='light'||saved==='dark')document.documentElement.dataset.imgdiagTheme=saved}catch{}";

function sourceHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${sourceHash(THEME_BOOTSTRAP)}`,
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
