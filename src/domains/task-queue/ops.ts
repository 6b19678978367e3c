import type { ExternalItemDefinition, Verdict } from '../../core/rate-limited.ts';
import type { WorkerPoolDefinition } from '../../core/worker-pool.ts';
import type { TaskQueue } from './task-queue.ts';
import type { DispatchItem } from './types.ts';

export { taskQueueState } from './state-access.ts';

/** The manual's `asyncio.sleep(0.01)`: a task's work, and one external dispatch call. */
export const WORK_MS = 10;

/**
 * L5: the worker pool. Pick and complete run under the pool's one global lock (the manual's
 * `self._lock`); the work runs outside it, so N workers really overlap.
 */
export const workerPool: WorkerPoolDefinition<TaskQueue, string> = {
  portable: { module: import.meta.url, name: 'workerPool', state: 'taskQueueState' },
  pick: (queue) => {
    const taskId = queue.claimNextReadyTask();
    return taskId === '' ? null : taskId;
  },
  work: (_queue, _taskId, clock) => clock.sleep(WORK_MS),
  complete: (queue, taskId) => {
    // Decision: marked COMPLETED without re-checking, as the manual's worker does: a task claimed by the
    // pool is the worker's until it finishes, even if someone calls failTask on it meanwhile.
    queue.tasks[taskId]!.status = 'COMPLETED';
  },
};

const PROCEED: Verdict<boolean> = { proceed: true };
const REJECT: Verdict<boolean> = { proceed: false, result: false };

/**
 * L6: dispatch one task, fail-fast. The existence-and-COMPLETED check runs before the semaphore and
 * changes nothing, so a duplicate id passes it as often as it is listed; DISPATCHED is set after the
 * external call without a re-check, as in the manual.
 */
export const dispatchItem: ExternalItemDefinition<TaskQueue, DispatchItem, boolean> = {
  portable: { module: import.meta.url, name: 'dispatchItem', state: 'taskQueueState' },
  keys: (item) => [item.task_id],
  before: (queue, item) => (queue.getTaskStatus(item.timestamp, item.task_id) === 'COMPLETED' ? PROCEED : REJECT),
  external: (_queue, _item, { clock }) => clock.sleep(WORK_MS),
  after: (queue, item) => {
    queue.tasks[item.task_id]!.status = 'DISPATCHED';
    return true;
  },
};
