/** Looking up header fields by name, as the diagnosis rules do. Names match case-insensitively. */

import type { HeaderField } from './types.ts';

/** Every value of the header `name`, in input order. */
export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  return headerFields(fields, name).map((field) => field.value);
}

/**
 * The header's values joined with ", " as RFC 9110 allows for repeated fields, or null when it is
 * absent. `Set-Cookie` cannot be joined that way (its values contain commas), so only its first
 * value is returned.
 */
export function headerValue(fields: readonly HeaderField[], name: string): string | null {
  const values = headerValues(fields, name);
  if (values.length === 0) return null;
  return name.toLowerCase() === 'set-cookie' ? (values[0] ?? null) : values.join(', ');
}

export function hasHeader(fields: readonly HeaderField[], name: string): boolean {
  const wanted = name.toLowerCase();
  return fields.some((field) => field.name.toLowerCase() === wanted);
}

/** The fields named any of `names`, in input order, with their names as written (for evidence). */
export function headerFields(fields: readonly HeaderField[], ...names: string[]): HeaderField[] {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return fields.filter((field) => wanted.has(field.name.toLowerCase()));
}
