/**
 * Draws the diagnosis view into the widget as DOM nodes: strings become text nodes, so nothing
 * from the paste (header values, URLs, evidence) is ever parsed as markup.
 */
import { diagnosisView, type ViewChild } from '../../diagnose/format/view.ts';
import type { Diagnosis } from '../../diagnose/types.ts';

export { announcementFor } from '../../diagnose/format/view.ts';

function toDom(node: ViewChild): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, value);
  element.append(...node.children.map(toDom));
  return element;
}

/** Replaces `output`'s content with the diagnosis. */
export function renderDiagnosis(output: HTMLElement, diagnosis: Diagnosis): void {
  // Redrawn on every edit: keep "What we read" open for a reader who opened it.
  const readOpen = output.querySelector('details')?.open ?? false;
  const page = window.location.pathname;
  output.replaceChildren(...diagnosisView(diagnosis, { readOpen, page }).map(toDom));
}
