import { promised, type LockTable, type LockView } from '../../../core/lock-table.ts';
import { threadName } from '../layout.ts';
import { runSection, type SectionContext } from '../state/shared-sections.ts';
import { readWaitForGraph } from '../wait-for-graph.ts';

/**
 * The core `LockTable` on a worker thread, so the core's runners (L6 slices, pool workers) run
 * unchanged there: each critical section blocks (boundedly) for its keys on the shared lock table,
 * takes its FIFO turn on arrival, and runs on shared state.
 */
export function sectionLockTable<S>(context: SectionContext<S>, view: Int32Array): LockTable {
  const withLocksEager = <T>(keys: readonly string[], fn: () => T | Promise<T>): T | Promise<T> => runSection(context, keys, fn);
  return {
    withLocksEager,
    withLocks: (keys, fn) => promised(() => withLocksEager(keys, fn)),
    holderOf(key) {
      const holder = context.locks.holderOf(context.slotOf(key));
      return holder === undefined ? undefined : threadName(holder);
    },
    snapshot: () => lockViews(view, context.keyOf),
  };
}

/** Holders and waiters by key, from the shared words (read one by one, not at one instant). */
function lockViews(view: Int32Array, keyOf: (slot: number) => string): LockView[] {
  const graph = readWaitForGraph(view);
  return graph.holders.map((held) => ({
    key: keyOf(held.slot),
    holder: threadName(held.thread),
    waiting: graph.waiters.filter((w) => w.slot === held.slot).map((w) => threadName(w.thread)),
  }));
}
