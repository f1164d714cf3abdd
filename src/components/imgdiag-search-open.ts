/**
 * The header's search control, on every page: a link to /search/ that, with JavaScript, opens
 * the search dialog instead, as do Ctrl/Cmd+K and `/` (outside text fields). The dialog and
 * Pagefind load on first use only.
 */
const trigger = document.querySelector<HTMLAnchorElement>('[data-imgdiag-search-open]');

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * What the reader types between asking for the dialog and its script arriving (a fast typist's
 * first letters): kept, and handed to the dialog's box.
 */
let typedAhead: string | null = null;

function open(event: Event): void {
  event.preventDefault();
  if (typedAhead !== null) return;
  typedAhead = '';
  void import('./imgdiag-search-dialog.ts').then((module) => {
    module.openSearchDialog(typedAhead ?? '');
    typedAhead = null;
  });
}

if (trigger) {
  // The hint names the key this reader presses: Cmd on Apple keyboards.
  const hint = trigger.querySelector('kbd');
  if (hint && /Mac|iPhone|iPad/.test(navigator.platform)) hint.textContent = '⌘ K';
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (typedAhead !== null && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      typedAhead += event.key;
      event.preventDefault();
      return;
    }
    const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (shortcut || (event.key === '/' && !typingIn(event.target) && !event.ctrlKey && !event.metaKey)) open(event);
  });
}
