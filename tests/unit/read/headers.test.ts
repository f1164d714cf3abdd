import { describe, expect, it } from 'vitest';
import { hasHeader, headerFields, headerValue, headerValues } from '../../../src/diagnose/read/headers.ts';
import type { HeaderField } from '../../../src/diagnose/read/types.ts';

const fields: HeaderField[] = [
  { name: 'Cf-Resized', value: 'err=9404' },
  { name: 'vary', value: 'Accept' },
  { name: 'Set-Cookie', value: 'a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT' },
  { name: 'Vary', value: 'Origin' },
  { name: 'set-cookie', value: 'b=2' },
  { name: 'x-empty', value: '' },
];

describe('header helpers', () => {
  it('lists every value of a header, case-insensitively, in input order', () => {
    expect(headerValues(fields, 'VARY')).toEqual(['Accept', 'Origin']);
    expect(headerValues(fields, 'cf-resized')).toEqual(['err=9404']);
    expect(headerValues(fields, 'location')).toEqual([]);
  });

  it('joins repeated values with a comma and a space', () => {
    expect(headerValue(fields, 'Vary')).toBe('Accept, Origin');
    expect(headerValue(fields, 'CF-RESIZED')).toBe('err=9404');
    expect(headerValue(fields, 'x-empty')).toBe('');
    expect(headerValue(fields, 'location')).toBeNull();
  });

  it('returns only the first Set-Cookie, whose values cannot be joined', () => {
    expect(headerValue(fields, 'set-cookie')).toBe('a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT');
  });

  it('tells whether a header is present', () => {
    expect(hasHeader(fields, 'x-EMPTY')).toBe(true);
    expect(hasHeader(fields, 'x-cld-error')).toBe(false);
    expect(hasHeader([], 'vary')).toBe(false);
  });

  it('lists the fields with any of several names, keeping their names as written', () => {
    expect(headerFields(fields, 'set-cookie', 'CF-RESIZED')).toEqual([
      { name: 'Cf-Resized', value: 'err=9404' },
      { name: 'Set-Cookie', value: 'a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT' },
      { name: 'set-cookie', value: 'b=2' },
    ]);
    expect(headerFields(fields, 'location')).toEqual([]);
  });
});
