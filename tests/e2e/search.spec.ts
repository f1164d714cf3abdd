import { catalog, docsPath, providers } from '../../src/catalog/index.ts';
import { expect, test } from './fixtures.ts';

/** Each numeric code once: where providers share a status (400, 404), the bare code opens the first one's page. */
const numericEntries = catalog.filter(
  (entry, index) => /^\d+$/.test(entry.code) && catalog.findIndex((other) => other.code === entry.code) === index,
);

/** What a reader types for an entry: its code, with its provider's name where several providers share the code. */
function queryFor(entry: (typeof numericEntries)[number]): string {
  const shared = numericEntries.filter((other) => other.code === entry.code).length > 1;
  const word = providers.find((provider) => provider.id === entry.provider)?.queryWords[0];
  return shared && word ? `${word} ${entry.code}` : entry.code;
}

/** What people paste into a search box, with the page each must open. */
const headerForms: [query: string, path: string][] = [
  ['Cf-Resized: err=9403', '/codes/cloudflare/9403/'],
  ['cf-resized: err=9412', '/codes/cloudflare/9412/'],
  ['err=9403', '/codes/cloudflare/9403/'],
  ['err = 9422', '/codes/cloudflare/9422/'],
  ['ERROR 9412: Could not resize the image: The requested file is not an image.', '/codes/cloudflare/9412/'],
  ['cf-images-binding: err=9523', '/codes/cloudflare/9523/'],
  ['cloudflare 9404', '/codes/cloudflare/9404/'],
  ['cloudflare/not-resized', '/codes/cloudflare/not-resized/'],
  ['x-cld-error: Resource not found - docs/nope-xyz', '/codes/cloudinary/404/'],
  ['X-Cld-Error: Transformation c_scale,w_400/ is not allowed', '/codes/cloudinary/401/'],
  ['x-cld-error: Invalid width in transformation: abc', '/codes/cloudinary/400/'],
  ['HTTP 404', '/codes/cloudinary/404/'],
];

/** Symptoms in plain words, and pages of which one must be among the first three results. */
const symptoms: [query: string, expected: string[]][] = [
  ['origin returned html', ['/codes/cloudflare/9412/', '/codes/http/not-an-image/']],
  ['too many redirects', ['/codes/cloudflare/9421/', '/codes/http/redirect-loop/']],
  ['login page instead of image', ['/codes/cloudflare/9412/', '/codes/http/not-an-image/']],
  ['strict transformations', ['/codes/cloudinary/401/', '/guides/cloudinary-401-strict-signed-restricted/']],
  ['dns lookup failed', ['/codes/cloudflare/9407/']],
  ['request loop', ['/codes/cloudflare/9403/', '/codes/cloudflare/request-loop/', '/guides/request-loops-and-via/']],
  ['no cf-resized header', ['/codes/cloudflare/not-resized/', '/guides/resizing-not-attempted/']],
];

async function searchFromHeader(page: import('@playwright/test').Page, query: string) {
  await page.goto('/guides/');
  const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search codes and guides' });
  await box.fill(query);
  await box.press('Enter');
  await page.waitForURL((url) => url.pathname !== '/guides/');
}

test.describe('the header search box', () => {
  for (const entry of numericEntries) {
    test(`typing ${queryFor(entry)} opens the page of ${entry.id}`, async ({ page }) => {
      await searchFromHeader(page, queryFor(entry));
      expect(new URL(page.url()).pathname).toBe(docsPath(entry));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.code);
    });
  }

  for (const [query, path] of headerForms) {
    test(`pasting "${query}" opens ${path}`, async ({ page }) => {
      await searchFromHeader(page, query);
      expect(new URL(page.url()).pathname).toBe(path);
    });
  }

  test('a code jump fetches only the small code map, never the search index', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await searchFromHeader(page, '9412');
    expect(fetched).toContain('/search-map.json');
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  });

  test('words that name no code continue to the search page', async ({ page }) => {
    await searchFromHeader(page, 'origin returned html');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('origin returned html');
  });
});

test.describe('the search page', () => {
  async function resultLinks(page: import('@playwright/test').Page, query: string): Promise<string[]> {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator('pagefind-results');
    await expect(results.getByRole('link').first()).toBeVisible();
    const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return hrefs.map((href) => new URL(href, 'http://x').pathname).filter((path, index, all) => all.indexOf(path) === index);
  }

  for (const [query, expected] of symptoms) {
    test(`"${query}" finds one of ${expected.join(', ')} in the top three`, async ({ page }) => {
      const top = (await resultLinks(page, query)).slice(0, 3);
      expect(top.some((path) => expected.includes(path)), `top three: ${top.join(', ')}`).toBe(true);
    });
  }

  for (const [query, path] of [['9412', '/codes/cloudflare/9412/'], ['401', '/codes/cloudinary/401/'], ['Cf-Resized: err=9403', '/codes/cloudflare/9403/'], ['x-cld-error: Resource not found - a/b', '/codes/cloudinary/404/']] as const) {
    test(`"${query}" pins ${path} above the results`, async ({ page }) => {
      await resultLinks(page, query);
      const pinned = page.getByText('Exact match:');
      await expect(pinned).toBeVisible();
      expect(new URL((await pinned.getByRole('link').getAttribute('href')) ?? '', 'http://x').pathname).toBe(path);
    });
  }

  // Several services document a 401, so any of their 401 pages may rightly rank first.
  for (const [query, path] of [['9412', /^\/codes\/cloudflare\/9412\/$/], ['401', /^\/codes\/[^/]+\/401\/$/], ['9522', /^\/codes\/cloudflare\/9522\/$/]] as const) {
    test(`Pagefind itself ranks a page matching ${path} first for "${query}"`, async ({ page }) => {
      expect((await resultLinks(page, query))[0]).toMatch(path);
    });
  }

  test('offers provider and kind filters', async ({ page }) => {
    await resultLinks(page, 'resized');
    await expect(page.locator('pagefind-filter-pane')).toContainText(/provider/i);
    await expect(page.locator('pagefind-filter-pane')).toContainText(/kind/i);
  });

  test('renders a hostile query as text', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)> err=9412')}`);
    await expect(page.getByText('Exact match:')).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });
});
