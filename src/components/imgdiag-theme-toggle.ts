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
    const button = this.querySelector('button');
    const menu = this.querySelector<HTMLElement>('[popover]');
    if (!button || !menu) return;
    const label = (theme: Theme) => this.querySelector(`input[value="${theme}"]`)?.parentElement?.textContent?.trim() ?? theme;
    const choose = (theme: Theme) => {
      const radio = this.querySelector<HTMLInputElement>(`input[value="${theme}"]`);
      if (radio) radio.checked = true;
      button.setAttribute('aria-label', `Theme: ${label(theme)}`);
    };
    choose(savedTheme());
    menu.addEventListener('change', (event) => {
      const theme = (event.target as HTMLInputElement).value as Theme;
      applyTheme(theme);
      choose(theme);
    });
    // The menu closes on a click or Enter on a choice; arrows only move between choices.
    menu.addEventListener('click', (event) => {
      if ((event.target as HTMLElement).closest('label') && event.detail > 0) menu.hidePopover();
    });
    menu.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        menu.hidePopover();
        button.focus();
      }
    });
    this.hidden = false;
  }
}

customElements.define('imgdiag-theme-toggle', ImgdiagThemeToggle);
