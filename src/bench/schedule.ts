/** What an ideal pool would do with tasks of known durations: the theory the worker-pool question meets. */
import { ascendingOrder } from './order-stats.ts';

/**
 * When each task ends in a FIFO pool of `workers` with no overhead: each task, in input order, goes to
 * the worker that frees up first (list scheduling). This is exactly what the core's pool does on a
 * virtual clock.
 */
function listScheduleEnds(durations: readonly number[], workers: number): number[] {
  const free = Array.from({ length: Math.max(1, workers) }, () => 0);
  return durations.map((duration) => {
    const next = free.indexOf(Math.min(...free));
    free[next] = free[next]! + duration;
    return free[next]!;
  });
}

/** The makespan of the list schedule: when its last task ends. */
export function listScheduleMakespan(durations: readonly number[], workers: number): number {
  return Math.max(0, ...listScheduleEnds(durations, workers));
}

/**
 * The order a FIFO pool with no overhead completes the tasks in (input indexes), ties broken by input
 * order: what completion order "should" be, given the durations.
 */
export function listScheduleOrder(durations: readonly number[], workers: number): number[] {
  return ascendingOrder(listScheduleEnds(durations, workers));
}

/** No schedule can beat this: all the work spread evenly, or the longest task alone. */
export function makespanLowerBound(durations: readonly number[], workers: number): number {
  const total = durations.reduce((sum, d) => sum + d, 0);
  return Math.max(total / Math.max(1, workers), ...durations, 0);
}
