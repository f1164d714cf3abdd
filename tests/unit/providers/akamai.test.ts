import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/diagnose/read/index.ts';
import { readPiez } from '../../../src/providers/akamai/rules/piez.ts';

function exchangeOf(paste: string) {
  const outcome = readInput(paste);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const exchange = outcome.result.exchanges[0];
  if (!exchange) throw new Error('no exchange');
  return exchange;
}

describe('reading IVM’s Piez headers', () => {
  it('calls a response with the original’s size and format the pristine', () => {
    const reading = readPiez(exchangeOf('HTTP/2 200\ncontent-type: image/jpeg\ncontent-length: 5000\nx-im-original-format: jpg\nx-im-original-size: 5000\n'));
    expect(reading.pristine).toBe(true);
    expect(reading.notes).toContain('x-im-original-size: 5000 bytes at the origin; 5000 bytes delivered (the same size).');
  });

  it('calls a smaller or converted response a derivative and says how much smaller', () => {
    const reading = readPiez(exchangeOf('HTTP/2 200\ncontent-type: image/webp\ncontent-length: 1000\nx-im-original-format: jpeg\nx-im-original-size: 4000\n'));
    expect(reading.pristine).toBe(false);
    expect(reading.notes.join(' ')).toMatch(/75% smaller/);
  });

  it('does not call the same width the pristine when the bytes shrank (a quality change)', () => {
    const reading = readPiez(exchangeOf('HTTP/2 200\ncontent-type: image/jpeg\ncontent-length: 3000\nx-im-original-format: jpeg\nx-im-original-size: 4000\nx-im-original-width: 800\nx-im-result-width: 800\n'));
    expect(reading.pristine).toBe(false);
  });

  it('says nothing it cannot read: no x-im-* headers, no notes', () => {
    expect(readPiez(exchangeOf('HTTP/2 200\ncontent-type: image/jpeg\ncontent-length: 3000\n'))).toEqual({ notes: [], pristine: false });
  });
});
