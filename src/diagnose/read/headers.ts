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
  return headerFields(fields, name).length > 0;
}

/** The fields named any of `names`, in input order, with their names as written (for evidence). */
export function headerFields(fields: readonly HeaderField[], ...names: string[]): HeaderField[] {
  const index = indexOf(fields);
  if (names.length === 1) return index.get(names[0]!.toLowerCase()) ?? [];
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return fields.filter((field) => wanted.has(field.name.toLowerCase()));
}

interface NameIndex {
  size: number;
  last: HeaderField | undefined;
  byName: Map<string, HeaderField[]>;
}

// Every provider's signals and rules look up a response's headers by name, some forty lookups per
// response: an index built once per header list keeps a 5,000-response HAR from lower-casing every
// name forty times. A list that grew since (readers append while they build it) is indexed again.
const indexes = new WeakMap<readonly HeaderField[], NameIndex>();

function indexOf(fields: readonly HeaderField[]): Map<string, HeaderField[]> {
  const known = indexes.get(fields);
  if (known !== undefined && known.size === fields.length && known.last === fields.at(-1)) return known.byName;
  const byName = new Map<string, HeaderField[]>();
  for (const field of fields) {
    const name = field.name.toLowerCase();
    const same = byName.get(name);
    if (same === undefined) byName.set(name, [field]);
    else same.push(field);
  }
  indexes.set(fields, { size: fields.length, last: fields.at(-1), byName });
  return byName;
}
