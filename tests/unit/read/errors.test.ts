import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/diagnose/read/index.ts';
import { MAX_INPUT_LENGTH } from '../../../src/diagnose/read/types.ts';
import { readError } from './helpers.ts';

describe('inputs that cannot be read', () => {
  it.each([[''], ['   '], ['\n\r\n\t  \n'], ['\ufeff  \n']])('calls %j empty', (text) => {
    const error = readError(text);
    expect(error).toEqual({
      code: 'empty',
      message: 'Nothing to read: paste HTTP response headers, curl -v output or a HAR file.',
    });
  });

  it('refuses text over the size limit before looking at it', () => {
    // Blank text would be "empty" and NUL bytes "binary": the size check must come first.
    const blank = ' '.repeat(MAX_INPUT_LENGTH + 1);
    expect(readError(blank).code).toBe('too-large');
    expect(readError(`\0${blank}`).code).toBe('too-large');
    expect(readError(blank).message).toMatch(/too large/);
  });

  it('accepts text exactly at the size limit', () => {
    const text = `cf-resized: err=9404\n${' '.repeat(MAX_INPUT_LENGTH - 21)}`;
    expect(text.length).toBe(MAX_INPUT_LENGTH);
    expect(readInput(text).ok).toBe(true);
  });

  it('calls text with NUL bytes binary', () => {
    expect(readError('GIF89a\u0001\u0000\u0001\u0000\u0080\u0000\u0000').code).toBe('binary');
  });

  it('calls text full of control and replacement characters binary', () => {
    const decodedJpeg = '\ufffd\ufffd\ufffd\ufffdJFIF\u0001\u0001\u0001\u0002\ufffd\ufffd\u0003\u0004'.repeat(40);
    const error = readError(decodedJpeg);
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/binary data/);
  });

  it('reads text with terminal colour codes as text', () => {
    const text = '\u001b[1mHTTP/2\u001b[0m 404\n\u001b[1mcf-resized\u001b[0m: err=9404\n';
    const outcome = readInput(text);
    expect(outcome.ok && outcome.result.exchanges[0]?.headers).toEqual([{ name: 'cf-resized', value: 'err=9404' }]);
  });

  it.each([
    ['prose', 'My images are broken since yesterday, please help!'],
    ['a command without output', '$ curl -sI https://example.com/a.jpg'],
    ['code', 'const x = 1;\nfunction f() { return x; }'],
    ['a JSON list of numbers', '[1, 2, 3]'],
    ['a lone interim response', 'HTTP/1.1 100 Continue\n'],
  ])('finds no headers in %s', (_label, text) => {
    const error = readError(text);
    expect(error.code).toBe('no-headers');
    expect(error.message).toMatch(/^[^.]*(?:\.[a-zA-Z0-9][^.]*)*\.$/);
  });

  it('answers every failure with one sentence that says what was expected', () => {
    for (const text of ['', ' '.repeat(MAX_INPUT_LENGTH + 1), '\0', 'hello', '{"log": 1}']) {
      const outcome = readInput(text);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.error.message).toMatch(/expected|paste/i);
      expect(outcome.error.message.endsWith('.')).toBe(true);
    }
  });
});
