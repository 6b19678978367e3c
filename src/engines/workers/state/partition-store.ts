import { Buffer } from 'node:buffer';
import { parseData, type Change } from './change.ts';

// Shared words. Per slot: the first and last entry of its chain and how many entries it has.
const TOP = 0; // next free byte of the arena
const CAPACITY = 1;
const HEADER = 2;
const SLOT_WORDS = 3;
const HEAD = 0;
const TAIL = 1;
const COUNT = 2;
// Per entry, before its bytes: the next entry's byte offset (0 = none), the byte length, and the
// sequence number of the section that wrote it (see `append`).
const ENTRY_BYTES = 16;

/** One entry of a slot's chain: where it is, which section wrote it, and its changes. */
export interface StoredEntry {
  readonly offset: number;
  readonly seq: number;
  readonly changes: Change[];
}

/** The shared arena ran out: the batch needs a larger store. */
export class SharedStateFullError extends Error {
  override readonly name = 'SharedStateFullError';
  readonly code = 'ERR_CONCLAB_SHARED_STATE_FULL';
}

const align8 = (n: number): number => (n + 7) & ~7;

/**
 * Every partition of a batch in shared memory, as a chain of entries per key slot: entry 0 is the
 * partition as the batch found it, each later entry the changes one critical section made. Entries
 * are only appended, by the holder of the slot's lock, so a reader holding the lock sees a stable
 * chain; the arena is a bump allocator shared by all threads.
 */
export class PartitionStore {
  readonly buffer: SharedArrayBuffer;
  readonly #words: Int32Array;
  readonly #bytes: Buffer;

  /** Open, on this thread, a store that `create` made (on any thread): its buffer is shared. */
  constructor(buffer: SharedArrayBuffer) {
    this.buffer = buffer;
    this.#words = new Int32Array(buffer);
    this.#bytes = Buffer.from(buffer);
  }

  /** A store for `slots` partitions with `arenaBytes` of room for entries. */
  static create(slots: number, arenaBytes: number): PartitionStore {
    const start = align8((HEADER + SLOT_WORDS * slots) * 4);
    const buffer = new SharedArrayBuffer(start + align8(arenaBytes));
    const words = new Int32Array(buffer);
    words[TOP] = start;
    words[CAPACITY] = buffer.byteLength;
    return new PartitionStore(buffer);
  }

  /**
   * A store whose slot i starts with the value `first[i]` (none where it is undefined), sized for them
   * plus `spareBytes`: each value is serialized once, both to size the arena and to write it.
   */
  static withFirst(first: readonly unknown[], spareBytes: number): PartitionStore {
    const texts = first.map((value) => (value === undefined ? undefined : JSON.stringify([{ op: 'set', path: [], value }])));
    const needed = texts.reduce((sum, text) => sum + (text === undefined ? 0 : align8(ENTRY_BYTES + Buffer.byteLength(text))), 0);
    const store = PartitionStore.create(Math.max(1, first.length), needed + spareBytes);
    texts.forEach((text, slot) => text !== undefined && store.#appendText(slot, text, 0));
    return store;
  }

  /** How many entries `slot` has: 1 after its initial partition, +1 per section that changed it. */
  version(slot: number): number {
    return Atomics.load(this.#words, this.#slotWord(slot, COUNT));
  }

  /**
   * Append one entry (a JSON array of changes) to `slot`'s chain and return its offset. Call holding
   * the slot's lock. `seq` places the section that made it among all the run's sections (its op's
   * input index where it has one), so that the dispatcher can replay every key's changes in one order.
   */
  append(slot: number, changes: readonly Change[], seq = 0): number {
    return this.#appendText(slot, JSON.stringify(changes), seq);
  }

  #appendText(slot: number, text: string, seq: number): number {
    const length = Buffer.byteLength(text);
    const size = align8(ENTRY_BYTES + length);
    const offset = Atomics.add(this.#words, TOP, size);
    if (offset + size > this.#words[CAPACITY]!) throw new SharedStateFullError(`shared state arena of ${this.#words[CAPACITY]} bytes is full`);
    this.#bytes.write(text, offset + ENTRY_BYTES, length, 'utf8');
    this.#words[offset / 4] = 0;
    this.#words[offset / 4 + 1] = length;
    this.#words[offset / 4 + 2] = seq;
    const tail = this.#words[this.#slotWord(slot, TAIL)]!;
    if (tail === 0) this.#words[this.#slotWord(slot, HEAD)] = offset;
    else Atomics.store(this.#words, tail / 4, offset);
    this.#words[this.#slotWord(slot, TAIL)] = offset;
    Atomics.add(this.#words, this.#slotWord(slot, COUNT), 1);
    return offset;
  }

  /**
   * The entries of `slot` after the one at `after` (a byte offset from an earlier read; 0 for the
   * whole chain), each with its offset so the next read can continue from it.
   */
  entriesAfter(slot: number, after: number): StoredEntry[] {
    const entries: StoredEntry[] = [];
    let offset = after === 0 ? this.#words[this.#slotWord(slot, HEAD)]! : Atomics.load(this.#words, after / 4);
    while (offset !== 0) {
      const length = this.#words[offset / 4 + 1]!;
      const text = this.#bytes.toString('utf8', offset + ENTRY_BYTES, offset + ENTRY_BYTES + length);
      entries.push({ offset, seq: this.#words[offset / 4 + 2]!, changes: parseData(text) as Change[] });
      offset = Atomics.load(this.#words, offset / 4);
    }
    return entries;
  }

  #slotWord(slot: number, word: number): number {
    return HEADER + SLOT_WORDS * slot + word;
  }
}
