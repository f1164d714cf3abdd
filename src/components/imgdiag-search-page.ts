/**
 * The /search/ page's script: starts the panel with the query from `?q=` and puts the cursor in
 * the box.
 */
import './imgdiag-search-panel.ts';

const input = document.querySelector<HTMLInputElement>('.imgdiag-search-page input[name="q"]');
if (input) {
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  input.dispatchEvent(new Event('input'));
  input.focus();
}
