/**
 * The alternatives of the order question, each run once on a list of durations. Each reports two
 * orders as input indexes: the order its API RETURNS results in, and the order tasks COMPLETED in.
 */
import type { Piscina } from 'piscina';
import type { Engine } from '../../src/core/engine.ts';
import { ascendingOrder } from '../../src/bench/order-stats.ts';
import { timedDispatch } from '../../src/bench/ops/timed-dispatch.ts';
import { TimedQueue, timedPool } from '../../src/bench/ops/timed-pool.ts';

/** What one run of an alternative gave. */
export interface OrderRun {
  /** The order of the array the caller gets back. */
  readonly returned: readonly number[];
  /** The order the tasks finished in. */
  readonly completed: readonly number[];
  /** The order they started in, where the alternative can tell. */
  readonly started?: readonly number[];
}

/** The core's worker pool (TaskQueue's pattern): it returns tasks in completion order. */
export async function runPool(engine: Engine, durations: readonly number[], workers: number): Promise<OrderRun> {
  const system = new TimedQueue(durations);
  const tasks = await engine.runWorkerPool({ system, locks: engine.createLockTable(), definition: timedPool, workers });
  const order = tasks.map((t) => t.index);
  return { returned: order, completed: order };
}

/** Dispatch under N permits (an all-sleep L6 call): results come back at their input index. */
export async function runDispatch(engine: Engine, durations: readonly number[], permits: number): Promise<OrderRun> {
  const system = new TimedQueue(durations);
  const items = system.tasks;
  const ends = await engine.runRateLimited({ system, locks: engine.createLockTable(), definition: timedDispatch, policy: 'all-sleep', items, maxConcurrent: permits });
  return { returned: items.map((t) => t.index), completed: ascendingOrder(ends) };
}

/** Bare piscina: one task per duration, all submitted at once; `Promise.all` keeps input order. */
export async function runPiscina(pool: Piscina, durations: readonly number[]): Promise<OrderRun> {
  const starts = new Int32Array(new SharedArrayBuffer(4));
  const completed: number[] = [];
  const ranks = await Promise.all(
    durations.map(async (ms, index) => {
      const { startRank } = (await pool.run({ index, ms, starts }, { name: 'sleepTask' })) as { startRank: number };
      completed.push(index);
      return startRank;
    }),
  );
  return { returned: durations.map((_, index) => index), completed, started: ascendingOrder(ranks) };
}
