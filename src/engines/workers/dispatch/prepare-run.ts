import type { Portable, StateAccess } from '../../../core/state-access.ts';
import { createKeyInterner } from '../key-interner.ts';
import { createLockTableView, type LockMode } from '../layout.ts';
import { PartitionStore } from '../state/partition-store.ts';
import { RUN_WORDS, type DispatchShared, type RunShared } from '../run/protocol.ts';

/** What the dispatcher knows of its pool. */
export interface PoolFacts {
  readonly threads: number;
  readonly lockMode: LockMode;
  readonly timeoutMs: number;
  readonly registry: Int32Array;
}

/** A run ready to dispatch: the shared part of its tasks, and each op's slots. */
export interface PreparedRun {
  readonly shared: RunShared;
  readonly slotLists: number[][];
  readonly store: PartitionStore;
}

let nextRunId = 1;

export const sharedInts = (length: number): Int32Array => new Int32Array(new SharedArrayBuffer(Math.max(1, length) * 4));

/**
 * Intern every key the run's ops lock, make its lock table, and write each key's partition as the
 * system holds it now into a fresh shared store.
 */
export function prepareRun<S>(facts: PoolFacts, portable: Portable, access: StateAccess<S>, system: S, keyLists: readonly (readonly string[])[]): PreparedRun {
  const keys = createKeyInterner();
  const slotLists = keyLists.map((list) => keys.internAll(list));
  // A fold, not `Math.max(...)`: one argument per op overflows the stack on large batches.
  const maxKeys = slotLists.reduce((most, slots) => Math.max(most, new Set(slots).size), 1);
  const lockView = createLockTableView({ slots: Math.max(1, keys.size), threads: facts.threads, mode: facts.lockMode, maxKeys });
  // Room for what the sections append: generously, per op.
  const store = PartitionStore.withFirst(keys.table.map((key) => access.read(system, key)), 4096 * keyLists.length + (1 << 20));
  const shared: RunShared = {
    runId: nextRunId++,
    portable,
    lockView,
    keys: keys.table,
    store: store.buffer,
    registry: facts.registry,
    runWords: sharedInts(RUN_WORDS.size),
    timeoutMs: facts.timeoutMs,
  };
  return { shared, slotLists, store };
}

/** Where a dispatch of `count` ops or items over `tasks` tasks puts its results and bookkeeping. */
export function prepareDispatch(count: number, tasks: number): DispatchShared {
  return {
    results: PartitionStore.create(Math.max(1, count), 2048 * count + (1 << 20)).buffer,
    taskThreads: sharedInts(tasks),
    taskPermits: sharedInts(tasks),
  };
}
