/**
 * Loads a widget's script when the page needs it. A widget whose result the build already drew
 * (`data-imgdiag-prerendered`, a code page's sample) waits until the reader reaches for it, so a
 * code page loads no diagnoser code to be read; any other widget, or a shared link to restore,
 * loads at once.
 */
const INTEREST_EVENTS = ['focusin', 'pointerover', 'pointerdown', 'dragenter', 'touchstart'] as const;

export function loadWhenWanted(tag: string, load: () => Promise<unknown>): void {
  const widgets = [...document.querySelectorAll<HTMLElement>(tag)];
  if (widgets.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void load();
  };
  const waiting = widgets.every((widget) => widget.dataset.imgdiagPrerendered !== undefined);
  if (!waiting || window.location.hash.startsWith('#paste=')) {
    start();
    return;
  }
  for (const widget of widgets) {
    for (const type of INTEREST_EVENTS) widget.addEventListener(type, start, { once: true, passive: true });
  }
  window.addEventListener('hashchange', start, { once: true });
}
