/**
 * The search dialog, built the first time the reader opens search (the header's button, Ctrl/Cmd+K
 * or `/`) so that no page carries its markup or script before then. A modal <dialog> keeps the
 * rest of the page inert and closes on Esc; Tab wraps inside it, and focus goes back where it
 * was on close.
 */
import './imgdiag-search-panel.ts';

let dialog: HTMLDialogElement | undefined;
let returnFocus: HTMLElement | null = null;

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('input, select, button, a[href]:not([tabindex="-1"])')].filter(
    (node) => !node.hidden && !(node as HTMLInputElement).disabled && node.offsetParent !== null,
  );
}

function build(): HTMLDialogElement {
  const modal = document.createElement('dialog');
  modal.className = 'imgdiag-search-dialog';
  const bar = document.createElement('div');
  bar.className = 'imgdiag-search-dialog__bar';
  const title = document.createElement('h2');
  title.id = 'imgdiag-search-dialog-title';
  title.textContent = 'Search';
  modal.setAttribute('aria-labelledby', title.id);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'imgdiag-search-dialog__close';
  close.textContent = 'Close';
  close.setAttribute('aria-keyshortcuts', 'Escape');
  close.addEventListener('click', () => modal.close());
  const hint = document.createElement('kbd');
  hint.textContent = 'Esc';
  hint.setAttribute('aria-hidden', 'true');
  close.append(' ', hint);
  bar.append(title, close);
  const panel = document.createElement('imgdiag-search-panel');
  panel.dataset.imgdiagMap = '/search-map.json';
  panel.dataset.imgdiagBundle = '/pagefind/';
  panel.dataset.imgdiagMore = '';
  modal.append(bar, panel);
  // A click on the backdrop lands on the dialog itself, outside its box.
  modal.addEventListener('click', (event) => {
    if (event.target === modal) modal.close();
  });
  modal.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const nodes = focusables(modal);
    const first = nodes[0];
    const last = nodes.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  modal.addEventListener('close', () => {
    returnFocus?.focus();
    returnFocus = null;
  });
  document.body.append(modal);
  return modal;
}

/** Opens the dialog, its box holding `typed` when the reader typed before it could open. */
export function openSearchDialog(typed = ''): void {
  dialog ??= build();
  if (dialog.open) return;
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  dialog.querySelector<HTMLElement & { focusInput(typed: string): void }>('imgdiag-search-panel')?.focusInput(typed);
}
