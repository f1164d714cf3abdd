/** Facts about the site itself, shared by the Astro config, the pages and the CLI. Pure. */
export const SITE_URL = 'https://imgdiag.dev';
export const SITE_NAME = 'imgdiag';
