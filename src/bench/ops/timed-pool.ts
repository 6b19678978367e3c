/**
 * A worker pool over tasks of varied durations, for the order question: workers pick tasks in input
 * order under the pool's one lock, sleep each task's duration outside it, and the pool returns them in
 * completion order. Portable, so the worker engine runs the same definition on its threads.
 */
import type { StateAccess } from '../../core/state-access.ts';
import { POOL_LOCK_KEY, type WorkerPoolDefinition } from '../../core/worker-pool.ts';

/** One task: its input position and how long its work sleeps. */
export interface TimedTask {
  readonly index: number;
  readonly ms: number;
}

/** The queue: every task, and the position of the next one to pick. */
export class TimedQueue {
  tasks: TimedTask[] = [];
  next = 0;

  constructor(durations: readonly number[] = []) {
    this.tasks = durations.map((ms, index) => ({ index, ms }));
  }
}

/** The pool's one lock guards the whole queue. */
export const timedQueueState: StateAccess<TimedQueue> = {
  create: () => new TimedQueue(),
  read: (queue, key) => (key === POOL_LOCK_KEY ? { tasks: queue.tasks, next: queue.next } : undefined),
  write(queue, key, partition) {
    if (key !== POOL_LOCK_KEY) return;
    const part = partition as { tasks: TimedTask[]; next: number } | undefined;
    queue.tasks = part?.tasks ?? [];
    queue.next = part?.next ?? 0;
  },
};

/** FIFO pick, sleep outside the lock, nothing to mark: the order tasks come back in is the point. */
export const timedPool: WorkerPoolDefinition<TimedQueue, TimedTask> = {
  portable: { module: import.meta.url, name: 'timedPool', state: 'timedQueueState' },
  pick(queue) {
    if (queue.next >= queue.tasks.length) return null;
    const { index, ms } = queue.tasks[queue.next++]!;
    // A plain copy: on a thread the stored task is a journal proxy, which cannot be posted back.
    return { index, ms };
  },
  work: (_queue, task, clock) => clock.sleep(task.ms),
  complete: () => {},
};
