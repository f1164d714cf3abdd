// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { browserCatalog } from './src/build/browser-catalog.ts';
import { plainDynamicImport } from './src/build/plain-dynamic-import.ts';
import { SITE_URL } from './src/site.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [
    mdx(),
    // Short links only forward (the sitemap lists their targets); /search/ is noindex and robots.txt keeps crawlers out.
    sitemap({ filter: (page) => !/^\/(?:(?:cf|cld)\/)?\d+\/?$|^\/search\/$/.test(new URL(page).pathname) }),
  ],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      wrap: false,
    },
  },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [browserCatalog(), plainDynamicImport()],
    build: {
      // One stylesheet for the whole site: a page links one cached file instead of five.
      cssCodeSplit: false,
      // Never inline a script: the Content-Security-Policy allows scripts from the site's files only.
      assetsInlineLimit: 0,
    },
    worker: { format: 'es', plugins: () => [browserCatalog()] },
  },
});
