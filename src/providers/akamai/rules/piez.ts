/**
 * Reads IVM's `x-im-*` (Piez) headers into sentences: what the original was, what was delivered,
 * and whether the delivered bytes are the original's. Header meanings from Akamai's Piez page and
 * the public tools that read them (facts, cdns.md 4.3); the exact semantics of each value are not
 * documented field by field, so the notes say what the numbers show, not more.
 */
import { headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';

export interface PiezReading {
  notes: string[];
  /** True when the headers show the original itself was delivered (same size or same width and format). */
  pristine: boolean;
}

export function readPiez(exchange: Exchange): PiezReading {
  const value = (name: string) => headerValue(exchange.headers, name);
  const notes: string[] = [];
  const originalSize = toNumber(value('x-im-original-size'));
  const deliveredSize = toNumber(value('content-length'));
  const originalFormat = value('x-im-original-format');
  const deliveredType = value('content-type');
  const originalWidth = toNumber(value('x-im-original-width'));
  const resultWidth = toNumber(value('x-im-result-width'));
  const fileName = value('x-im-file-name');

  if (fileName) notes.push(`x-im-file-name: ${fileName}: the name of the image IVM worked on.`);
  if (originalSize !== null && deliveredSize !== null) {
    const saved = Math.round((1 - deliveredSize / originalSize) * 100);
    notes.push(
      `x-im-original-size: ${originalSize} bytes at the origin; ${deliveredSize} bytes delivered` +
        (saved > 0 ? ` (${saved}% smaller).` : saved === 0 ? ' (the same size).' : ` (${-saved}% larger).`),
    );
  }
  if (originalFormat && deliveredType) notes.push(`x-im-original-format: ${originalFormat}; delivered as ${deliveredType}.`);
  if (originalWidth !== null && resultWidth !== null) {
    notes.push(`x-im-original-width: ${originalWidth} px; x-im-result-width: ${resultWidth} px.`);
  }
  const density = value('x-im-pixel-density');
  if (density) notes.push(`x-im-pixel-density: ${density}: the device pixel ratio IVM chose the derivative for.`);
  const quality = value('x-im-encoding-quality');
  if (quality) notes.push(`x-im-encoding-quality: ${quality}: the encoder quality of the derivative.`);

  const sameBytes = originalSize !== null && deliveredSize !== null && originalSize === deliveredSize;
  const sameFormat = !originalFormat || !deliveredType || deliveredType.toLowerCase().includes(originalFormat.toLowerCase().replace('jpg', 'jpeg'));
  const sameWidth = originalWidth !== null && resultWidth !== null && originalWidth === resultWidth;
  return { notes, pristine: sameFormat && (sameBytes || (sameWidth && originalSize !== null && deliveredSize !== null && deliveredSize >= originalSize)) };
}

function toNumber(text: string | null): number | null {
  if (text === null) return null;
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : null;
}
