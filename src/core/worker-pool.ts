import type { Clock } from './clock.ts';
import type { LockTable } from './lock-table.ts';
import type { Portable } from './state-access.ts';

/**
 * The key of the one global lock a worker pool picks and completes under (NUL-led, so that no task id
 * a system keys its other locks by can be the same string).
 */
export const POOL_LOCK_KEY = '\u0000pool';

/** A worker pool written once: pick and mark under one global lock, work outside it. */
export interface WorkerPoolDefinition<S, T> {
  /** Choose the next task and claim it, under the global lock; `null` when nothing is ready. */
  pick(system: S): T | null;
  /** The work, outside the lock. */
  work(system: S, task: T, clock: Clock): Promise<void>;
  /** Mark the task done, under the global lock. */
  complete(system: S, task: T): void;
  /** Where a worker thread imports this definition from; without it, only one-thread engines run it. */
  readonly portable?: Portable;
}

/**
 * Start `workers` workers in index order; each loops pick → work → complete until nothing is ready,
 * then exits for good. Returns tasks in the order they completed (not any input order).
 */
export async function runWorkerPool<S, T>(
  locks: LockTable,
  clock: Clock,
  system: S,
  definition: WorkerPoolDefinition<S, T>,
  workers: number,
): Promise<T[]> {
  const completed: T[] = [];
  const worker = async (id: number): Promise<void> => {
    const owner = `worker ${id}`;
    // Eager sections: a worker that wakes from its work completes its task AND picks the next one
    // before another worker that woke at the same moment runs, exactly as asyncio interleaves them.
    for (;;) {
      const picked = locks.withLocksEager([POOL_LOCK_KEY], () => definition.pick(system), { owner });
      const task = picked instanceof Promise ? await picked : picked;
      if (task === null) return;
      await definition.work(system, task, clock);
      const done = locks.withLocksEager([POOL_LOCK_KEY], () => {
        definition.complete(system, task);
        completed.push(task);
      }, { owner });
      if (done instanceof Promise) await done;
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, id) => worker(id)));
  return completed;
}
