import type { OpError } from '../../../core/op-error.ts';
import type { StateAccess } from '../../../core/state-access.ts';
import { applyChanges, toData, type Change } from '../state/change.ts';
import { PartitionStore } from '../state/partition-store.ts';
import type { DispatchShared, RunShared } from '../run/protocol.ts';

/**
 * Bring every changed partition home, replaying all keys' changes in one order: by the sequence of the
 * section that made them (an op's input index, where it has one). Each step goes through
 * `StateAccess.write`, so a partition removed and made again lands where the event loop would put it
 * (Python dicts, and our records, move a re-created key to the end).
 */
export function applyPartitions<S>(shared: RunShared, store: PartitionStore, access: StateAccess<S>, system: S): void {
  const steps: { seq: number; slot: number; changes: Change[] }[] = [];
  const current = new Map<number, unknown>();
  shared.keys.forEach((key, slot) => {
    const initial = access.read(system, key);
    current.set(slot, initial);
    // The first entry is the partition as the run found it (absent ones have none).
    for (const entry of store.entriesAfter(slot, 0).slice(initial === undefined ? 0 : 1)) steps.push({ seq: entry.seq, slot, changes: entry.changes });
  });
  steps.sort((a, b) => a.seq - b.seq);
  for (const { slot, changes } of steps) {
    const partition = applyChanges(current.get(slot), changes);
    current.set(slot, partition);
    access.write(system, shared.keys[slot]!, partition);
  }
}

/** Each op's or item's result from the result store, in input order; a missing one is an error entry. */
export function readResults(shared: DispatchShared, count: number, missing: (index: number) => OpError): unknown[] {
  const results = new PartitionStore(shared.results, shared.resultCount);
  return Array.from({ length: count }, (_, index) => {
    const entry = results.entriesAfter(index, 0)[0];
    return entry === undefined ? missing(index) : toData(applyChanges(undefined, entry.changes));
  });
}
