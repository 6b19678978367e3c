import type { OpError } from '../../../core/op-error.ts';
import type { StateAccess } from '../../../core/state-access.ts';
import { applyChanges, toData } from '../state/change.ts';
import { PartitionStore } from '../state/partition-store.ts';
import type { DispatchShared, RunShared } from '../run/protocol.ts';

/** Bring every changed partition home: apply its entries after the first to the system's own copy. */
export function applyPartitions<S>(shared: RunShared, store: PartitionStore, access: StateAccess<S>, system: S): void {
  shared.keys.forEach((key, slot) => {
    const entries = store.entriesAfter(slot, 0);
    const initial = access.read(system, key);
    // The first entry is the partition as the run found it (absent ones have none).
    const changes = entries.slice(initial === undefined ? 0 : 1);
    if (changes.length === 0) return;
    const start = initial === undefined ? undefined : initial;
    access.write(system, key, changes.reduce((partition, entry) => applyChanges(partition, entry.changes), start));
  });
}

/** Each op's or item's result from the result store, in input order; a missing one is an error entry. */
export function readResults(shared: DispatchShared, count: number, missing: (index: number) => OpError): unknown[] {
  const results = new PartitionStore(shared.results, shared.resultCount);
  return Array.from({ length: count }, (_, index) => {
    const entry = results.entriesAfter(index, 0)[0];
    return entry === undefined ? missing(index) : toData(applyChanges(undefined, entry.changes));
  });
}
