// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { browserCatalog } from './src/build/browser-catalog.ts';
import { shortLinks } from './src/lib/short-links.ts';
import { plainDynamicImport } from './src/build/plain-dynamic-import.ts';
import { SITE_URL } from './src/site.ts';

/**
 * Astro's MDX pages carry a "use astro:head-inject" directive that the bundler reports, once per
 * page, as possibly lost. Astro reads it before bundling, so the warning says nothing to act on;
 * every other warning still prints.
 * @param {import('rolldown').RolldownLog} warning
 * @param {(warning: import('rolldown').RolldownLog) => void} warn
 */
function quietKnownWarnings(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

const unlisted = new Set(shortLinks().map(({ path }) => `/${path}/`));

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [
    mdx(),
    // Short links only forward: the sitemap lists their targets.
    sitemap({ filter: (page) => !unlisted.has(new URL(page).pathname.replace(/\/?$/, '/')) }),
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
      rolldownOptions: { onwarn: quietKnownWarnings },
      // One stylesheet for the whole site: a page links one cached file instead of five.
      cssCodeSplit: false,
      // Never inline a script: the Content-Security-Policy allows scripts from the site's files only.
      assetsInlineLimit: 0,
    },
    worker: { format: 'es', plugins: () => [browserCatalog()] },
  },
});
