import { dict } from '../../core/dict.ts';
import type { StateAccess } from '../../core/state-access.ts';
import { POOL_LOCK_KEY } from '../../core/worker-pool.ts';
import { TaskQueue } from './task-queue.ts';
import type { Task } from './types.ts';

/**
 * TaskQueue's state by lock key: the pool's one global key guards every task (a pick looks at them
 * all); a task id guards that task (dispatch touches one task at a time). One call uses one kind.
 */
export const taskQueueState: StateAccess<TaskQueue> = {
  create: () => new TaskQueue(),
  read: (queue, key) => (key === POOL_LOCK_KEY ? queue.tasks : queue.tasks[key]),
  write(queue, key, partition) {
    if (key === POOL_LOCK_KEY) queue.tasks = (partition as Record<string, Task> | undefined) ?? dict();
    else if (partition === undefined) delete queue.tasks[key];
    else queue.tasks[key] = partition as Task;
  },
};
