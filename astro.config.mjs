// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { browserCatalog } from './src/build/browser-catalog.ts';
import { SITE_URL } from './src/site.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'ignore',
  // Short links (/9412, /cf/9412, /cld/404) only forward; the sitemap lists their targets.
  integrations: [mdx(), sitemap({ filter: (page) => !/^\/(?:(?:cf|cld)\/)?\d+\/?$/.test(new URL(page).pathname) })],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      wrap: false,
    },
  },
  build: { inlineStylesheets: 'never' },
  security: {
    // Astro puts the policy in each page's <meta>, with hashes of that page's scripts; nothing
    // inline runs without one. Pagefind compiles WebAssembly and starts a worker from /pagefind/.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Shiki colours tokens with style attributes, which only 'unsafe-inline' permits for styles.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [browserCatalog()],
    worker: { format: 'es', plugins: () => [browserCatalog()] },
  },
});
