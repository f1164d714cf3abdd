/**
 * `<imgdiag-search-panel>`: search as you type, in the header's dialog and on /search/. A query
 * that names a code (`9412`, `Cf-Resized: err=9403`) puts that code's page first at once, from
 * the small /search-map.json; Pagefind's results follow with their excerpts. The input is a
 * combobox over a listbox of links: arrows move, Enter opens, the count is announced. Everything
 * shown is built as DOM text, never from the query or the index as HTML.
 *
 * The panel adopts a server-rendered `<form>` holding `input[name=q]` (the /search/ page, which
 * works as a plain form without JavaScript) or makes one (the dialog).
 */
import { filterCounts, searchPages, type FilterChoice, type FilterCounts, type PageResult } from '../search/pagefind-client.ts';
import { pagefindTerms, resolveQuery, type QueryHit } from '../search/query.ts';
import { loadSearchMap } from '../search/search-map-client.ts';

/** The filters offered, in order, with the word for "no filter". */
const FILTERS: { name: string; label: string; any: string }[] = [
  { name: 'provider', label: 'Provider', any: 'Any provider' },
  { name: 'kind', label: 'Kind', any: 'Codes and guides' },
];

/** One line of the result list: a page, its title, "Cloudflare · Code", and the search result it came from. */
interface ResultItem {
  url: string;
  title: string;
  detail: string;
  /** Absent for the exact match drawn from the search map before the index answered. */
  result?: PageResult;
}

let panelCount = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class ImgdiagSearchPanel extends HTMLElement {
  #input!: HTMLInputElement;
  #listbox!: HTMLElement;
  #status!: HTMLElement;
  #more: HTMLAnchorElement | null = null;
  #selects = new Map<string, HTMLSelectElement>();
  #options: ResultItem[] = [];
  #active = -1;
  /** The query the newest drawing answers; an older answer arriving late is dropped. */
  #query = '';
  #prefix = `imgdiag-search-${++panelCount}`;

  connectedCallback(): void {
    if (this.#input) return;
    const form = this.querySelector('form') ?? this.#makeForm();
    const input = form.querySelector<HTMLInputElement>('input[name="q"]');
    if (!input) return;
    this.#input = input;
    this.#listbox = element('div', 'imgdiag-search__results');
    this.#listbox.id = `${this.#prefix}-results`;
    this.#listbox.setAttribute('role', 'listbox');
    this.#listbox.setAttribute('aria-label', 'Results');
    this.#listbox.hidden = true;
    this.#status = element('p', 'imgdiag-search__status');
    this.#status.setAttribute('role', 'status');

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.#listbox.id);
    input.addEventListener('input', () => void this.#search());
    input.addEventListener('keydown', (event) => this.#onKey(event));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#open(this.#active);
    });

    const filters = element('div', 'imgdiag-search__filters');
    for (const filter of FILTERS) filters.append(this.#makeSelect(filter));
    form.after(filters, this.#status, this.#listbox);
    if (this.dataset.imgdiagMore !== undefined) {
      this.#more = element('a', 'imgdiag-search__more', 'All results on the search page');
      this.#more.hidden = true;
      this.#listbox.after(this.#more);
    }

    const bundle = this.dataset.imgdiagBundle;
    if (bundle) void filterCounts(bundle).then((counts) => this.#fillFilters(counts), () => this.#failed());
    if (input.value.trim() !== '') void this.#search();
  }

  /** Puts the cursor in the box; `typed` (letters typed before the dialog opened) is added to the query. */
  focusInput(typed = ''): void {
    this.#input.focus();
    if (typed === '') {
      this.#input.select();
      return;
    }
    this.#input.value = typed;
    void this.#search();
  }

  #makeForm(): HTMLFormElement {
    const form = element('form');
    form.action = '/search/';
    form.method = 'get';
    form.setAttribute('role', 'search');
    const label = element('label', 'imgdiag-visually-hidden', 'Search codes and guides');
    label.htmlFor = `${this.#prefix}-q`;
    const input = element('input');
    Object.assign(input, { id: label.htmlFor, name: 'q', type: 'search', autocomplete: 'off', spellcheck: false });
    input.placeholder = '9412, err=9403, origin returned html';
    form.append(label, input);
    this.append(form);
    return form;
  }

  #makeSelect(filter: (typeof FILTERS)[number]): HTMLLabelElement {
    const label = element('label', 'imgdiag-search__filter');
    const select = element('select');
    select.append(new Option(filter.any, ''));
    select.disabled = true;
    select.addEventListener('change', () => void this.#search());
    this.#selects.set(filter.name, select);
    label.append(element('span', undefined, filter.label), select);
    return label;
  }

  #fillFilters(counts: FilterCounts): void {
    for (const [name, select] of this.#selects) {
      const values = Object.keys(counts[name] ?? {}).sort((a, b) => a.localeCompare(b));
      select.append(...values.map((value) => new Option(value, value)));
      select.disabled = values.length === 0;
    }
  }

  #chosenFilters(): FilterChoice {
    const chosen: FilterChoice = {};
    for (const [name, select] of this.#selects) if (select.value !== '') chosen[name] = select.value;
    return chosen;
  }

  async #search(): Promise<void> {
    const query = this.#input.value;
    this.#query = query;
    this.#syncAddress(query);
    if (query.trim() === '') {
      this.#draw([], '');
      return;
    }
    const filters = this.#chosenFilters();
    const mapUrl = this.dataset.imgdiagMap;
    const map = mapUrl ? await loadSearchMap(mapUrl) : null;
    if (query !== this.#query) return;
    const hit = map && Object.keys(filters).length === 0 ? resolveQuery(query, map) : null;
    // The exact page first, at once; the index answers after its debounce.
    if (hit) this.#draw(this.#withExact(hit, []), '');
    const bundle = this.dataset.imgdiagBundle;
    if (!bundle) return;
    let results: PageResult[] | null;
    try {
      results = await searchPages(bundle, map ? pagefindTerms(query, map) : query, filters);
    } catch {
      this.#failed();
      return;
    }
    if (results === null || query !== this.#query) return;
    const options = this.#withExact(hit, results);
    this.#draw(options, this.#countSentence(options.length, hit !== null));
  }

  /** The exact page first (titled from its search result when the index found it too), then the rest. */
  #withExact(hit: QueryHit | null, results: PageResult[]): ResultItem[] {
    const options = results.map((result) => ({ url: result.url, title: result.title, detail: this.#detail(result), result }));
    if (!hit) return options;
    const same = options.find((option) => option.url === hit.path);
    const exact: ResultItem = same
      ? { ...same, detail: `Exact match · ${same.detail}` }
      : { url: hit.path, title: `Go to the page for ${hit.matched}`, detail: 'Exact match' };
    return [exact, ...options.filter((option) => option !== same)];
  }

  #detail(result: PageResult): string {
    return [...(result.filters.provider ?? []), ...(result.filters.kind ?? [])].join(' · ');
  }

  #countSentence(count: number, exact: boolean): string {
    if (count === 0) return 'No results. Try a code such as 9412, or fewer words.';
    const noun = count === 1 ? 'result' : 'results';
    return exact ? `${count} ${noun}, the exact match first.` : `${count} ${noun}.`;
  }

  #draw(options: ResultItem[], status: string): void {
    this.#options = options;
    this.#listbox.replaceChildren(...options.map((option, index) => this.#optionElement(option, index)));
    this.#listbox.hidden = options.length === 0;
    this.#input.setAttribute('aria-expanded', String(options.length > 0));
    this.#setActive(options.length > 0 ? 0 : -1);
    if (status !== '' || options.length === 0) this.#status.textContent = status;
    if (this.#more) {
      this.#more.hidden = this.#input.value.trim() === '';
      this.#more.href = `/search/?q=${encodeURIComponent(this.#input.value.trim())}`;
    }
  }

  #optionElement(option: ResultItem, index: number): HTMLAnchorElement {
    const link = element('a', 'imgdiag-search__option');
    link.id = `${this.#prefix}-option-${index}`;
    link.href = option.url;
    link.tabIndex = -1;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    link.append(element('span', 'imgdiag-search__title', option.title));
    if (option.detail) link.append(element('span', 'imgdiag-search__detail', option.detail));
    const excerpt = option.result?.excerpt ?? [];
    if (excerpt.length > 0) {
      const text = element('span', 'imgdiag-search__excerpt');
      text.append(...excerpt.map((run) => (run.mark ? element('mark', undefined, run.text) : run.text)));
      link.append(text);
    }
    return link;
  }

  #setActive(index: number): void {
    const links = this.#listbox.children;
    links[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const link = links[index];
    if (link) {
      link.setAttribute('aria-selected', 'true');
      this.#input.setAttribute('aria-activedescendant', link.id);
      link.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onKey(event: KeyboardEvent): void {
    const count = this.#options.length;
    if (count === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#setActive((this.#active + step + count) % count);
    } else if (event.key === 'Home' && event.ctrlKey) {
      this.#setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      this.#setActive(count - 1);
    }
  }

  /** Opens the chosen result; with none, the search page for the query. */
  async #open(index: number): Promise<void> {
    const query = this.#input.value.trim();
    if (query === '') return;
    const option = this.#options[index];
    if (option) {
      window.location.assign(option.url);
      return;
    }
    // Enter before anything was drawn: a code still jumps to its page.
    const mapUrl = this.dataset.imgdiagMap;
    const map = mapUrl ? await loadSearchMap(mapUrl) : null;
    const hit = map ? resolveQuery(query, map) : null;
    if (hit) window.location.assign(hit.path);
    else if (this.#more) window.location.assign(`/search/?q=${encodeURIComponent(query)}`);
  }

  /** On /search/, the address keeps the query, so the page can be shared or reloaded. */
  #syncAddress(query: string): void {
    if (this.dataset.imgdiagAddress === undefined) return;
    const url = new URL(window.location.href);
    if (query.trim() === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query.trim());
    history.replaceState(null, '', url);
  }

  #failed(): void {
    this.#status.textContent = 'Search could not load. Every code is in the codes table at /codes/.';
  }
}

customElements.define('imgdiag-search-panel', ImgdiagSearchPanel);
