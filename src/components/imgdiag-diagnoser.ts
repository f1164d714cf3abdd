/**
 * `<imgdiag-diagnoser>`: diagnoses what the reader pastes, types, picks or drops, inside the page.
 * Nothing leaves it: the only requests are for the site's own scripts (the engine, loaded on
 * first use, the worker for big inputs, and the code for files, share links and Markdown, each
 * loaded when the reader first asks for it). The server renders the markup, its script-only
 * controls shown by CSS wherever scripting is on; this script wires them and draws the diagnosis.
 */
import type { Diagnosis } from '../diagnose/types.ts';
import { SITE_URL } from '../site.ts';
import { diagnoseText, loadEngine, WORKER_THRESHOLD } from './diagnoser/engine-client.ts';
import { announcementFor, renderDiagnosis } from './diagnoser/render.ts';
import { carriesSharedPaste } from './diagnoser/share-param.ts';
import { formatSize } from './diagnoser/size.ts';

/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
const DEBOUNCE_MS = 150;

/**
 * Texts longer than this (a big HAR export) are diagnosed without being put in the box: the
 * browser lays out a textarea's whole text at once, which freezes the page for about a third of
 * a second per megabyte (seven seconds for 20 MB in Chromium).
 */
const BOX_LIMIT = 512 * 1024;

type SummaryState = 'done' | 'problem' | 'progress';

class ImgdiagDiagnoser extends HTMLElement {
  #input!: HTMLTextAreaElement;
  #output!: HTMLElement;
  #summary!: HTMLElement;
  #copyStatus!: HTMLElement;
  #fallback!: HTMLElement;
  #fallbackText!: HTMLTextAreaElement;
  #heldNote!: HTMLElement;
  /** A text too long for the box, diagnosed in its place until the reader edits the box. */
  #held: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The newest text sent to the engine and its diagnosis (null when it has none). */
  #latest: { text: string; diagnosis: Promise<Diagnosis | null> } | null = null;
  /** Set by a paste, an example, a file or a shared link: the next diagnosis drawn is scrolled to. */
  #reveal = false;

  connectedCallback(): void {
    const find = <T extends HTMLElement>(name: string): T | null => this.querySelector<T>(`[data-imgdiag-${name}]`);
    const input = find<HTMLTextAreaElement>('input');
    const output = find('output');
    const summary = find('summary');
    const copyStatus = find('copy-status');
    const fallback = find('fallback');
    const fallbackText = fallback?.querySelector('textarea');
    const heldNote = find('held');
    if (!input || !output || !summary || !copyStatus || !fallback || !fallbackText || !heldNote) return;
    this.#input = input;
    this.#output = output;
    this.#summary = summary;
    this.#copyStatus = copyStatus;
    this.#fallback = fallback;
    this.#fallbackText = fallbackText;
    this.#heldNote = heldNote;

    input.addEventListener('input', () => {
      this.#hold(null);
      // "Link copied" no longer describes the edited text.
      if (copyStatus.textContent !== '') this.#setCopyStatus('');
      this.#schedule();
    });
    input.addEventListener('paste', (event) => {
      this.#reveal = true;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length <= BOX_LIMIT) return;
      event.preventDefault();
      this.#load(text, 'The pasted text');
      void this.#diagnoseNow();
    });
    this.#wireExamples(find<HTMLSelectElement>('example'));
    this.#wireFiles(find<HTMLInputElement>('file'), find('dropzone'));
    find('copy-link')?.addEventListener('click', () => void this.#copyLink());
    find('copy-markdown')?.addEventListener('click', () => void this.#copyMarkdown());
    window.addEventListener('hashchange', () => void this.#restoreShared());
    // Fetch the engine as soon as the reader shows interest, before the first keystroke needs it.
    for (const type of ['focusin', 'pointerover', 'dragenter']) this.addEventListener(type, () => void loadEngine(), { once: true });

    void this.#start();
  }

  async #start(): Promise<void> {
    if (await this.#restoreShared()) return;
    // The build drew this text's diagnosis already; diagnose again only once the reader edits.
    if (this.dataset.imgdiagPrerendered !== undefined && this.#input.value === this.#input.defaultValue) return;
    if (this.#input.value.trim() !== '') await this.#diagnoseNow();
  }

  /** What the reader gave last: the box's text, or the long text held in its place. */
  #currentText(): string {
    return this.#held ?? this.#input.value;
  }

  /** Puts `text` in the box, or holds it in the box's place when it is too long to show. */
  #load(text: string, origin: string): void {
    if (text.length > BOX_LIMIT) {
      this.#input.value = '';
      this.#hold(text, `${origin} (${formatSize(text.length)}) is too long to show in the box; the diagnosis below covers all of it. Type or paste in the box to start again.`);
    } else {
      this.#hold(null);
      this.#input.value = text;
    }
  }

  #hold(text: string | null, note = ''): void {
    this.#held = text;
    this.#heldNote.textContent = note;
    this.#heldNote.hidden = text === null;
  }

  /**
   * An example loads the moment it is chosen: no second button to press. Each option names the
   * file of its paste (/examples/...), fetched on choice so the page does not carry them all.
   */
  #wireExamples(select: HTMLSelectElement | null): void {
    select?.addEventListener('change', async () => {
      const path = select.value;
      if (!path.startsWith('/examples/')) return;
      const response = await fetch(path).catch(() => null);
      if (!response?.ok) {
        this.#setCopyStatus('The example could not be loaded. Reload the page, or paste your own response.');
        return;
      }
      this.#load(await response.text(), 'The example');
      this.#reveal = true;
      this.#setCopyStatus('');
      void this.#diagnoseNow();
    });
  }

  #wireFiles(picker: HTMLInputElement | null, dropzone: HTMLElement | null): void {
    picker?.addEventListener('change', () => {
      const file = picker.files?.[0];
      if (file) void this.#openFile(file, 1);
      // Choosing the same file again after editing it must fire `change` again.
      picker.value = '';
    });
    if (!dropzone) return;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const setDragging = (on: boolean) => dropzone.toggleAttribute('data-imgdiag-dragging', on);
    for (const type of ['dragenter', 'dragover'] as const) {
      dropzone.addEventListener(type, (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      });
    }
    dropzone.addEventListener('dragleave', (event) => {
      if (!dropzone.contains(event.relatedTarget as Node | null)) setDragging(false);
    });
    dropzone.addEventListener('drop', (event) => {
      setDragging(false);
      const files = event.dataTransfer?.files;
      const file = files?.[0];
      if (!file) return;
      event.preventDefault();
      void this.#openFile(file, files.length);
    });
  }

  async #openFile(file: File, count: number): Promise<void> {
    this.#setCopyStatus(`Opening ${file.name}…`);
    const { readTextFile } = await import('./diagnoser/read-file.ts');
    const read = await readTextFile(file);
    if (!read.ok) {
      this.#setCopyStatus('');
      this.#cancelPending();
      this.#latest = null;
      this.#showProblem(read.message);
      return;
    }
    this.#load(read.text, file.name);
    this.#reveal = true;
    const others = count > 1 ? ` (the first of ${count} files; drop one at a time to read the others)` : '';
    this.#setCopyStatus(`Opened ${file.name}, ${formatSize(file.size)}${others}.`);
    await this.#diagnoseNow();
  }

  #schedule(): void {
    this.#cancelPending();
    this.#timer = setTimeout(() => void this.#diagnoseNow(), DEBOUNCE_MS);
  }

  #cancelPending(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Diagnoses the current text now (or returns the diagnosis already made for the same text). */
  #diagnoseNow(): Promise<Diagnosis | null> {
    this.#cancelPending();
    const text = this.#currentText();
    if (this.#latest?.text === text) return this.#latest.diagnosis;
    const diagnosis = this.#diagnose(text);
    this.#latest = { text, diagnosis };
    return diagnosis;
  }

  async #diagnose(text: string): Promise<Diagnosis | null> {
    if (text.trim() === '') {
      this.#output.replaceChildren();
      this.#setSummary('', 'done');
      return null;
    }
    if (text.length > WORKER_THRESHOLD) {
      this.#output.replaceChildren();
      this.#setSummary(`Reading about ${formatSize(text.length)} of text…`, 'progress');
    }
    const outcome = await diagnoseText(text);
    // A newer edit has started its own diagnosis: drawing this one would flash stale results.
    if (outcome === null || this.#latest?.text !== text) return null;
    if (!outcome.ok) {
      this.#showProblem(outcome.error.message);
      return null;
    }
    renderDiagnosis(this.#output, outcome.diagnosis);
    this.#setSummary(announcementFor(outcome.diagnosis), 'done');
    this.#bringIntoView();
    return outcome.diagnosis;
  }

  /**
   * On a narrow screen the diagnosis lands below the box: after a paste, an example, a file or a
   * shared link, scroll it into view, leaving focus (and the caret) where the reader is. Typing
   * never scrolls the box away.
   */
  #bringIntoView(): void {
    if (!this.#reveal) return;
    this.#reveal = false;
    const top = this.#summary.getBoundingClientRect().top;
    if (top < window.innerHeight * 0.75) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#summary.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }

  #showProblem(message: string): void {
    this.#output.replaceChildren();
    this.#setSummary(message, 'problem');
  }

  #setSummary(text: string, state: SummaryState): void {
    this.#summary.dataset.imgdiagState = state;
    if (this.#summary.textContent !== text) this.#summary.textContent = text;
  }

  #setCopyStatus(text: string): void {
    this.#copyStatus.textContent = text;
  }

  async #restoreShared(): Promise<boolean> {
    if (!carriesSharedPaste(window.location.hash)) return false;
    const { sharedPaste } = await import('./diagnoser/share.ts');
    const shared = await sharedPaste(window.location.hash);
    if (shared === null) return false;
    if (!shared.ok) {
      this.#cancelPending();
      this.#latest = null;
      this.#showProblem(shared.message);
      return true;
    }
    this.#load(shared.paste, 'The text in this link');
    this.#reveal = true;
    await this.#diagnoseNow();
    return true;
  }

  async #copyLink(): Promise<void> {
    const { shareFragment } = await import('./diagnoser/share.ts');
    const link = await shareFragment(this.#currentText());
    if (!link.ok) {
      this.#setCopyStatus(link.message);
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}#${link.fragment}`;
    await this.#copy(url, 'Link copied. Cookies, credentials and URL signatures in it are replaced by [redacted].', 'link');
  }

  async #copyMarkdown(): Promise<void> {
    const diagnosis = await this.#diagnoseNow();
    if (!diagnosis) {
      this.#setCopyStatus('Nothing to copy yet: paste response headers that the diagnoser can read first.');
      return;
    }
    const { formatMarkdown } = await import('../diagnose/format/markdown.ts');
    await this.#copy(formatMarkdown(diagnosis, SITE_URL), 'Markdown copied: the diagnosis and the headers, with secrets redacted.', 'Markdown');
  }

  async #copy(text: string, confirmation: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#fallback.hidden = true;
      this.#setCopyStatus(confirmation);
    } catch {
      // No clipboard access (permission refused, an insecure origin): hand the text over instead.
      this.#fallbackText.value = text;
      this.#fallback.hidden = false;
      this.#setCopyStatus(`The browser did not let this page copy. The ${what} is in the box below, selected: copy it with Ctrl+C or ⌘C.`);
      this.#fallbackText.focus();
      this.#fallbackText.select();
    }
  }
}

customElements.define('imgdiag-diagnoser', ImgdiagDiagnoser);
