/**
 * `<imgdiag-nearest-codes>` on the 404 page: replaces the common codes with the ones nearest to
 * the path that was asked for. Built with DOM nodes: the path is the reader's input.
 */
import { loadSearchMap } from '../search/search-map-client.ts';
import { nearestCodes } from '../search/nearest.ts';

class ImgdiagNearestCodes extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const mapUrl = this.dataset.imgdiagMap;
    const list = this.querySelector('ul');
    if (!mapUrl || !list) return;
    const map = await loadSearchMap(mapUrl);
    if (!map) return;
    const ids = nearestCodes(window.location.pathname, map);
    if (ids.length === 0) return;
    // The nearer codes take at most the common codes' room: the footer stays put (no layout shift).
    list.style.minBlockSize = `${list.offsetHeight}px`;
    list.replaceChildren(
      ...ids.map((id) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = map.codes[id] ?? '/codes/';
        const code = document.createElement('code');
        code.textContent = id;
        link.append(code);
        item.append(link);
        return item;
      }),
    );
  }
}

customElements.define('imgdiag-nearest-codes', ImgdiagNearestCodes);
