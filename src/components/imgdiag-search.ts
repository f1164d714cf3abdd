/**
 * `<imgdiag-search>`: on submit, a query that names a code goes straight to its page; anything
 * else continues to /search/, where Pagefind runs. The map is fetched only on first use.
 */
import { loadSearchMap } from '../search/search-map-client.ts';
import { resolveQuery } from '../search/query.ts';

class ImgdiagSearch extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const mapUrl = this.dataset.imgdiagMap;
    if (!form || !input || !mapUrl) return;
    input.addEventListener('focus', () => void loadSearchMap(mapUrl), { once: true });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const query = input.value;
      const map = await loadSearchMap(mapUrl);
      const hit = map ? resolveQuery(query, map) : null;
      const target = hit ? hit.path : `/search/?q=${encodeURIComponent(query.trim())}`;
      window.location.assign(target);
    });
  }
}

customElements.define('imgdiag-search', ImgdiagSearch);
