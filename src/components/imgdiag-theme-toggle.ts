/** `<imgdiag-theme-toggle>`: remembers the reader's theme and applies it to the root element. */
const STORAGE_KEY = 'imgdiag-theme';
type Theme = 'auto' | 'light' | 'dark';

function savedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.imgdiagTheme;
  else root.dataset.imgdiagTheme = theme;
  try {
    if (theme === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be blocked; the theme still applies to this page.
  }
}

class ImgdiagThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = savedTheme();
    select.addEventListener('change', () => applyTheme(select.value as Theme));
    this.hidden = false;
  }
}

customElements.define('imgdiag-theme-toggle', ImgdiagThemeToggle);
