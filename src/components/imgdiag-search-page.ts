/**
 * `<imgdiag-search-page>`: runs the query from `?q=` through Pagefind's Component UI, loaded by
 * this page only, and pins the code page first when the query names a code. Pagefind's own
 * elements render the results; our markup is built with DOM nodes, never from the query as HTML.
 */
import { loadSearchMap } from '../search/search-map-client.ts';
import { pagefindTerms, resolveQuery, type SearchMap } from '../search/query.ts';

interface PagefindInstance {
  triggerSearch(term: string): void;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

class ImgdiagSearchPage extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const results = this.querySelector<HTMLElement>('[data-imgdiag-results]');
    const bundle = this.dataset.imgdiagBundle;
    if (!input || !results || !bundle) return;
    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    input.value = query;

    results.replaceChildren(
      document.createElement('pagefind-config'),
      document.createElement('pagefind-filter-pane'),
      document.createElement('pagefind-summary'),
      document.createElement('pagefind-results'),
    );
    results.querySelector('pagefind-config')?.setAttribute('bundle-path', bundle);
    await loadComponentUi(bundle);

    const search = async (term: string) => {
      const map = await this.pin(term);
      const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
      components?.getInstanceManager().getInstance('default').triggerSearch(map ? pagefindTerms(term, map) : term);
    };
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      void search(input.value);
    });
    if (query) await search(query);
    input.focus();
  }

  /** Shows "Go to <code>" above the results when the query names a catalog entry. */
  private async pin(term: string): Promise<SearchMap | null> {
    const pinned = this.querySelector<HTMLElement>('[data-imgdiag-pinned]');
    const mapUrl = this.dataset.imgdiagMap;
    if (!pinned || !mapUrl) return null;
    const map = await loadSearchMap(mapUrl);
    const hit = map ? resolveQuery(term, map) : null;
    pinned.hidden = hit === null;
    if (!hit) return map;
    const link = document.createElement('a');
    link.href = hit.path;
    link.textContent = `Go to the page for ${hit.matched}`;
    pinned.replaceChildren('Exact match: ', link);
    return map;
  }
}

function loadComponentUi(bundle: string): Promise<void> {
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = `${bundle}pagefind-component-ui.css`;
  document.head.append(stylesheet);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${bundle}pagefind-component-ui.js`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('Pagefind could not be loaded.'));
    document.head.append(script);
  });
}

customElements.define('imgdiag-search-page', ImgdiagSearchPage);
