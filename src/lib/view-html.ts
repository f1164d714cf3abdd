/**
 * Serialises a view tree (src/diagnose/format/view.ts) to HTML at build time, escaping every
 * text and attribute value, so a code page can show its sample's diagnosis without a script.
 */
import type { ViewChild } from '../diagnose/format/view.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Elements without a closing tag. */
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

export function viewToHtml(nodes: readonly ViewChild[]): string {
  return nodes.map(nodeToHtml).join('');
}

function nodeToHtml(node: ViewChild): string {
  if (typeof node === 'string') return escapeHtml(node);
  if (!/^[a-z][a-z0-9]*$/.test(node.tag)) throw new Error(`not an element name: ${node.tag}`);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}${value === '' ? '' : `="${escapeHtml(value)}"`}`)
    .join('');
  const open = `<${node.tag}${attributes}>`;
  return VOID.has(node.tag) ? open : `${open}${viewToHtml(node.children)}</${node.tag}>`;
}
