/**
 * Nothing a reader does on the site reaches another host: on every page template, with its widgets
 * used (the diagnoser run, search typed in the dialog and its results page opened), every request the browser makes, workers
 * included, goes to the server that served the page. Requests elsewhere are blocked and recorded,
 * so the test cannot leak either. The shared fixture fails a test on console errors, which is
 * also where a Content-Security-Policy violation (a request the policy stopped) would show.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Template {
  name: string;
  path: string;
  /** What a reader does there, so that scripts loaded on use are fetched too. */
  use?: (page: Page) => Promise<void>;
}

async function diagnoseAPaste(page: Page): Promise<void> {
  const diagnoser = page.locator('imgdiag-diagnoser').first();
  await diagnoser.locator('textarea').first().fill('HTTP/2 415\ncf-resized: err=9412\nserver: cloudflare\n');
  await expect(diagnoser.locator('[data-imgdiag-summary]')).toHaveText(/^Diagnosis: 1 error/);
}

async function searchFromTheHeader(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('combobox', { name: 'Search codes and guides' }).fill('origin returned html');
  await expect(dialog.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toBeVisible();
  await dialog.getByRole('link', { name: 'All results on the search page' }).click();
  await page.waitForURL(/\/search\/\?q=/);
  await page.waitForLoadState('networkidle');
}

const TEMPLATES: Template[] = [
  { name: 'home', path: '/', use: diagnoseAPaste },
  { name: 'diagnose', path: '/diagnose/', use: diagnoseAPaste },
  { name: 'codes table', path: '/codes/', use: searchFromTheHeader },
  { name: 'code page', path: '/codes/cloudflare/9412/', use: diagnoseAPaste },
  { name: 'guide', path: '/guides/reading-cf-resized/', use: searchFromTheHeader },
  { name: 'search results', path: '/search/?q=origin+returned+html' },
];

for (const template of TEMPLATES) {
  test(`the ${template.name} template (${template.path}) requests nothing from another host`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    await context.route(
      (url) => /^(?:https?|wss?):$/.test(url.protocol) && url.origin !== origin,
      (route) => {
        foreign.push(`${route.request().method()} ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(`${request.method()} ${request.url()}`);
    });

    await page.goto(template.path);
    await page.waitForLoadState('networkidle');
    await template.use?.(page);

    expect([...new Set(foreign)], `${template.path}: requests to hosts other than ${origin}`).toEqual([]);
  });
}

test('a guide fetches no search code until the reader searches', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const searchCode = (path: string) => path.startsWith('/pagefind/') || path === '/search-map.json';

  await page.goto('/guides/reading-cf-resized/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter(searchCode), 'search files fetched before the reader touched search').toEqual([]);

  await searchFromTheHeader(page);
  expect(fetched, 'the search map, once the reader searched').toContain('/search-map.json');
  expect(fetched.filter((path) => path.startsWith('/pagefind/')), 'Pagefind, once results were asked for').not.toEqual([]);
});
