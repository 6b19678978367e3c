import type { LockOptions, LockTable, LockView } from '../../../core/lock-table.ts';
import { threadName } from '../layout.ts';
import { runSection, type SectionContext } from '../state/shared-sections.ts';
import { readWaitForGraph } from '../wait-for-graph.ts';

/**
 * The core `LockTable` on a worker thread, so the core's runners run unchanged there: each critical
 * section blocks (boundedly) for its keys on the shared lock table and runs on shared state.
 * `turns` holds FIFO tickets fixed in advance, by owner label, for the first section each owner runs
 * (an L6 item's check, which happens in input order); every other section takes its turn on arrival.
 */
export function sectionLockTable<S>(context: SectionContext<S>, view: Int32Array, turns = new Map<string, readonly number[]>()): LockTable {
  const withLocksEager = <T>(keys: readonly string[], fn: () => T | Promise<T>, options: LockOptions = {}): T | Promise<T> => {
    const owner = options.owner ?? '';
    const tickets = turns.get(owner);
    turns.delete(owner);
    return runSection(context, keys, fn, { tickets });
  };
  return {
    withLocksEager,
    withLocks<T>(keys: readonly string[], fn: () => T | Promise<T>, options?: LockOptions): Promise<T> {
      try {
        return Promise.resolve(withLocksEager(keys, fn, options));
      } catch (error) {
        return Promise.reject(error);
      }
    },
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
