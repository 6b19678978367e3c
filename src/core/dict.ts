/**
 * The manual's Python dicts, as null-prototype objects: any string is a plain key (`"constructor"` and
 * `"__proto__"` included), records keep the spec's snake_case shape, and they print as JSON.
 */
export type Dict<T> = Record<string, T>;

/** A new empty dict, optionally filled from entries in order. */
export function dict<T>(entries: Iterable<readonly [string, T]> = []): Dict<T> {
  const result = Object.create(null) as Dict<T>;
  for (const [key, value] of entries) result[key] = value;
  return result;
}

/** Python's `key in d`. */
export function has(d: Dict<unknown>, key: string): boolean {
  return Object.hasOwn(d, key);
}

/**
 * Python's `copy.deepcopy` for the plain data conclab stores (dicts, arrays, primitives). Dicts stay
 * null-prototype, unlike `structuredClone`, which would bring back inherited keys.
 */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => deepCopy(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = deepCopy(item);
  return copy as T;
}

/** Python's default string ordering (code units), never `localeCompare`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
