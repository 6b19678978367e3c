import { has, type Dict } from './dict.ts';

/**
 * The insertion order of a state dict's keys, as a Python dict keeps it. conclab's null-prototype dicts
 * list integer-like keys ("7", "42") first, whatever their insertion, so LRU ties (the first key in
 * insertion order wins) and re-routing follow this order instead of the dict's own.
 */
export class KeyOrder {
  readonly #keys = new Set<string>();

  /** Note `key` as stored: a key already there keeps its place, as a dict overwrite does. */
  add(key: string): void {
    this.#keys.add(key);
  }

  /** Forget `key`: if stored again, it goes to the end. */
  delete(key: string): void {
    this.#keys.delete(key);
  }

  /** Make `keys` the whole order, first to last (a state loaded from elsewhere). */
  reset(keys: Iterable<string>): void {
    this.#keys.clear();
    for (const key of keys) this.#keys.add(key);
  }

  /**
   * The keys of `d` in insertion order. Keys `d` no longer has are dropped, and keys set on it directly
   * (a state assigned from outside) are appended in the dict's own order, so the two never disagree.
   */
  of(d: Dict<unknown>): string[] {
    for (const key of this.#keys) if (!has(d, key)) this.#keys.delete(key);
    for (const key of Object.keys(d)) this.#keys.add(key);
    return [...this.#keys];
  }
}
