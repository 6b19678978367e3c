/**
 * The other way to run tasks of varied durations: dispatch every one at once under a semaphore of N
 * permits and write each result at its input index (`results[index]`), as an all-sleep L6 call does.
 * Each result is the wall-clock moment its task finished, comparable across threads, so the order
 * tasks completed in can still be read back.
 */
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import { epochNow } from '../../lab/epoch-now.ts';
import type { TimedQueue, TimedTask } from './timed-pool.ts';

/** Re-exported so that this module alone gives a worker thread both the definition and its state access. */
export { timedQueueState } from './timed-pool.ts';

/** Sleep the task's duration under a permit; no lock (nothing is shared); the result is when it ended. */
export const timedDispatch: ExternalItemDefinition<TimedQueue, TimedTask, number> = {
  portable: { module: import.meta.url, name: 'timedDispatch', state: 'timedQueueState' },
  keys: () => [],
  external: (_queue, task, { clock }) => clock.sleep(task.ms),
  // One wall clock with sub-millisecond steps, the same on every thread.
  after: () => epochNow(),
};
