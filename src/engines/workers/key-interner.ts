/**
 * Interned keys: each distinct key gets a small slot number, the index of its words in a lock table
 * or of its record in shared state. The interner is built on the main thread before a batch; its slot
 * table (keys by slot) is posted to workers, which rebuild the same mapping from it.
 */

/** Keys ↔ slots. Slots are dense, from 0, in first-seen order, and never change once given. */
export interface KeyInterner {
  /** How many keys have a slot. */
  readonly size: number;
  /** The slot table: keys by slot (a copy). Post it to workers; `createKeyInterner(table)` rebuilds. */
  readonly table: readonly string[];
  /** The slot of `key`, given a new one when the key is new. @throws TypeError unless `key` is a string. */
  intern(key: string): number;
  /** The slots of `keys`, in the same order, interning new ones. */
  internAll(keys: readonly string[]): number[];
  /** The slot of `key`, if it has one. */
  slotOf(key: string): number | undefined;
  /** The key of `slot`, if it is given. */
  keyOf(slot: number): string | undefined;
}

/**
 * A key interner, optionally rebuilt from a slot table made by another interner.
 * @param table keys by slot, as another interner's `table` gives them.
 * @throws TypeError when the table holds a non-string or the same key twice.
 * @example
 * const keys = createKeyInterner();
 * const slots = keys.internAll(['bob', 'alice', 'bob']); // [0, 1, 0]
 * new Worker(entry, { workerData: { table: keys.table } }); // the worker: createKeyInterner(table)
 */
export function createKeyInterner(table: readonly string[] = []): KeyInterner {
  if (!Array.isArray(table)) throw new TypeError('Expected `table` to be an array of strings');
  const slots = new Map<string, number>();
  const keys: string[] = [];
  const intern = (key: string): number => {
    if (typeof key !== 'string') throw new TypeError(`Expected \`key\` to be a string, got ${typeof key}`);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = keys.push(key) - 1;
      slots.set(key, slot);
    }
    return slot;
  };
  for (const key of table) {
    // A table lists each key once; a repeat means it was not made by an interner.
    if (slots.has(key)) throw new TypeError(`Expected \`table\` to list each key once, got "${key}" twice`);
    intern(key);
  }
  return {
    get size() {
      return keys.length;
    },
    get table() {
      return [...keys];
    },
    intern,
    internAll: (list) => list.map(intern),
    slotOf: (key) => slots.get(key),
    keyOf: (slot) => keys[slot],
  };
}
