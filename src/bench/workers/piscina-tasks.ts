/**
 * Tasks for bare piscina pools (the peers' and the order question's baseline): plain functions, one
 * export each, picked by piscina's `name` option. Loaded through `piscina-entry.mjs`.
 */
import { sleepSync } from '../../engines/workers/sleep.ts';
import { spin } from '../ops/spin.ts';

/** A sleeping task: it notes when it started (a shared counter), then blocks its thread for `ms`. */
export interface SleepTask {
  readonly index: number;
  readonly ms: number;
  /** `starts[0]` hands out start ranks across every thread of the pool. */
  readonly starts: Int32Array;
}

/** Start rank first, then sleep: the rank shows the order the pool really started tasks in. */
export function sleepTask(task: SleepTask): { index: number; startRank: number } {
  const startRank = Atomics.add(task.starts, 0, 1);
  sleepSync(task.ms);
  return { index: task.index, startRank };
}

/** One CPU op, as a task of its own: the pool's per-task cost is paid per op. */
export function spinOne(op: { work: number; seed: number }): number {
  return spin(op.work, op.seed);
}

/** A chunk of CPU ops as one task: the per-task cost is paid once per chunk. */
export function spinChunk(ops: readonly { work: number; seed: number }[]): number[] {
  return ops.map((op) => spin(op.work, op.seed));
}
