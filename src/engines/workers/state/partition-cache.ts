import { applyChanges } from './change.ts';
import type { PartitionStore } from './partition-store.ts';

interface Cached {
  version: number;
  /** Offset of the last entry applied. */
  offset: number;
  partition: unknown;
}

/**
 * One thread's decoded copy of the partitions it has used, brought up to date from the store on each
 * load: a thread that had a key last pays nothing, another thread pays only for the entries since.
 */
export class PartitionCache {
  readonly #store: PartitionStore;
  readonly #cached = new Map<number, Cached>();

  constructor(store: PartitionStore) {
    this.#store = store;
  }

  /** `slot`'s partition as the store has it now. Call holding the slot's lock. */
  load(slot: number): unknown {
    const version = this.#store.version(slot);
    let cached = this.#cached.get(slot);
    if (cached?.version === version) return cached.partition;
    cached ??= { version: 0, offset: 0, partition: undefined };
    for (const entry of this.#store.entriesAfter(slot, cached.offset)) {
      cached.partition = applyChanges(cached.partition, entry.changes);
      cached.offset = entry.offset;
      cached.version++;
    }
    this.#cached.set(slot, cached);
    return cached.partition;
  }

  /** Drop this thread's copy of `slot` (a section that threw may have changed it half-way). */
  forget(slot: number): void {
    this.#cached.delete(slot);
  }

  /** Record what this thread's section left in `slot`, as of the entry it just appended at `offset`. */
  remember(slot: number, offset: number, partition: unknown): void {
    this.#cached.set(slot, { version: this.#store.version(slot), offset, partition });
  }
}
