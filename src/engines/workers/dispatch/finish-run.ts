import type { StateAccess } from '../../../core/state-access.ts';
import { applyChanges } from '../state/change.ts';
import { PartitionStore } from '../state/partition-store.ts';
import type { DispatchShared, RunShared } from '../run/protocol.ts';

/**
 * Bring every changed partition home. Each key's chain is replayed in its own order (the order its
 * lock was held in), and the chains are merged by the sequence of the sections that made them (an op's
 * input index, where it has one), so that a partition removed and made again lands where the event loop
 * would put it (Python dicts, and our records, move a re-created key to the end). Under FIFO locks every
 * chain is already in input order; under plain locks a chain keeps the order the threads really ran in.
 * Each step goes through `StateAccess.write`.
 */
export function applyPartitions<S>(shared: RunShared, store: PartitionStore, access: StateAccess<S>, system: S): void {
  const chains = shared.keys.map((key, slot) => {
    const partition = access.read(system, key);
    // The first entry is the partition as the run found it (absent ones have none).
    return { slot, key, partition, entries: store.entriesAfter(slot, 0).slice(partition === undefined ? 0 : 1), next: 0 };
  });
  for (;;) {
    let chain: (typeof chains)[number] | undefined;
    for (const candidate of chains) {
      const head = candidate.entries[candidate.next];
      if (head !== undefined && (chain === undefined || head.seq < chain.entries[chain.next]!.seq)) chain = candidate;
    }
    if (chain === undefined) return;
    chain.partition = applyChanges(chain.partition, chain.entries[chain.next++]!.changes);
    access.write(system, chain.key, chain.partition);
  }
}

/** Each op's or item's result from the result store, in input order; `missing(index)` stands in for one never written. */
export function readResults(shared: DispatchShared, count: number, missing: (index: number) => unknown): unknown[] {
  const results = new PartitionStore(shared.results);
  return Array.from({ length: count }, (_, index) => {
    const entry = results.entriesAfter(index, 0)[0];
    // Applying the one `set` copies its value into plain data already.
    return entry === undefined ? missing(index) : applyChanges(undefined, entry.changes);
  });
}
