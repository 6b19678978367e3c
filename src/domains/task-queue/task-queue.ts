import { compareStrings, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectPositiveInteger } from '../../core/validate.ts';
import { dispatchItem, workerPool } from './ops.ts';
import { ARGUMENTS, expectArguments } from './schemas.ts';
import type { DispatchItem, Task, TaskStatus } from './types.ts';

/** Python's sort key `(-priority, added_order, task_id)`: bigger priority first, then FIFO. */
function readyOrder(a: [string, Task], b: [string, Task]): number {
  return b[1].priority - a[1].priority || a[1].added_order - b[1].added_order || compareStrings(a[0], b[0]);
}

/**
 * The manual's job processor: a priority board (FIFO among equal priority) with a status state
 * machine, retries with exponential backoff, dependencies, an async worker pool (L5) and a
 * rate-limited dispatch of completed tasks (L6).
 * @example
 * const queue = new TaskQueue();
 * queue.addTask(0, 'a', 5);
 * await queue.runWorkers(0, 2); // ['a']
 */
export class TaskQueue {
  /** Every task by id, in insertion order. */
  tasks: Dict<Task> = dict();
  /** Successful adds so far: the source of `added_order`. */
  add_counter = 0;
  max_retries = 0;
  base_backoff_ms = 0;
  readonly #runtime = new Runtime();

  /** Run L5/L6 on `engine` from now on (its clock, locks and semaphores). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  // ---- helpers (the manual's `_deps_met`, `_get_next_ready_task_id`) ----

  /** Only `COMPLETED` satisfies a dependency; a missing one is simply not met. */
  #depsMet(taskId: string): boolean {
    return this.tasks[taskId]!.dependencies.every((dep) => has(this.tasks, dep) && this.tasks[dep]!.status === 'COMPLETED');
  }

  #isReady(taskId: string, task: Task): boolean {
    return task.status === 'QUEUED' && this.#depsMet(taskId);
  }

  #nextReadyTaskId(): string {
    let best: [string, Task] | undefined;
    for (const entry of Object.entries(this.tasks)) {
      if (this.#isReady(...entry) && (best === undefined || readyOrder(entry, best) < 0)) best = entry;
    }
    return best === undefined ? '' : best[0];
  }

  /**
   * Claim the next ready task (priority desc, FIFO, dependencies met) by marking it `PROCESSING`.
   * Shared by `getNextTask` and the worker pool's pick, which the manual writes alike.
   * @returns its id, or `""` when nothing is ready.
   */
  claimNextReadyTask(): string {
    const taskId = this.#nextReadyTaskId();
    if (taskId !== '') this.tasks[taskId]!.status = 'PROCESSING';
    return taskId;
  }

  #store(taskId: string, priority: number, dependencies: string[]): boolean {
    if (has(this.tasks, taskId)) return false;
    this.add_counter += 1;
    this.tasks[taskId] = { priority, status: 'QUEUED', added_order: this.add_counter, attempt: 0, retry_time: null, dependencies };
    return true;
  }

  #idsWhere(keep: (taskId: string, task: Task) => boolean): string[] {
    return Object.entries(this.tasks)
      .filter(([taskId, task]) => keep(taskId, task))
      .map(([taskId]) => taskId)
      .sort(compareStrings);
  }

  /** Move `taskId` from `from` to `to`; false when it is missing or elsewhere. */
  #transition(taskId: string, from: TaskStatus, to: TaskStatus): boolean {
    const task = this.tasks[taskId];
    if (!has(this.tasks, taskId) || task!.status !== from) return false;
    task!.status = to;
    return true;
  }

  // ---- L1 ----

  /** Add a `QUEUED` task. @returns false when the id exists (any status). @throws InvalidInputError */
  addTask(timestamp: number, taskId: string, priority: number): boolean {
    expectArguments(ARGUMENTS.addTask, { timestamp, taskId, priority });
    return this.#store(taskId, priority, []);
  }

  /** Claim the highest-priority ready task. @returns its id, or `""`. @throws InvalidInputError */
  getNextTask(timestamp: number): string {
    expectArguments(ARGUMENTS.timestampOnly, { timestamp });
    return this.claimNextReadyTask();
  }

  /** @returns the task's status, or `""` when it is missing. @throws InvalidInputError */
  getTaskStatus(timestamp: number, taskId: string): string {
    expectArguments(ARGUMENTS.taskCall, { timestamp, taskId });
    return has(this.tasks, taskId) ? this.tasks[taskId]!.status : '';
  }

  // ---- L2 ----

  /** `QUEUED` → `PROCESSING`. @returns false when missing or not queued. @throws InvalidInputError */
  startTask(timestamp: number, taskId: string): boolean {
    expectArguments(ARGUMENTS.taskCall, { timestamp, taskId });
    // Decision: the manual's prose says starting must respect dependencies, but its code does not
    // check them; the code is the source of truth, so a blocked task can be started by hand.
    return this.#transition(taskId, 'QUEUED', 'PROCESSING');
  }

  /** `PROCESSING` → `COMPLETED`. @returns false when missing or not processing. @throws InvalidInputError */
  completeTask(timestamp: number, taskId: string): boolean {
    expectArguments(ARGUMENTS.taskCall, { timestamp, taskId });
    return this.#transition(taskId, 'PROCESSING', 'COMPLETED');
  }

  /**
   * Fail a `PROCESSING` task: schedule a retry after `base · 2^attempt` ms while retries remain,
   * else `FAILED`. @returns false when missing or not processing. @throws InvalidInputError
   */
  failTask(timestamp: number, taskId: string): boolean {
    expectArguments(ARGUMENTS.taskCall, { timestamp, taskId });
    const task = this.tasks[taskId];
    if (!has(this.tasks, taskId) || task!.status !== 'PROCESSING') return false;
    if (this.max_retries > 0 && task!.attempt < this.max_retries) {
      task!.retry_time = timestamp + this.base_backoff_ms * 2 ** task!.attempt;
      task!.attempt += 1;
      task!.status = 'RETRY_SCHEDULED';
    } else {
      task!.status = 'FAILED';
    }
    return true;
  }

  /** @returns how many tasks are exactly `QUEUED` (blocked ones included). @throws InvalidInputError */
  getQueueLength(timestamp: number): number {
    expectArguments(ARGUMENTS.timestampOnly, { timestamp });
    return Object.values(this.tasks).filter((task) => task.status === 'QUEUED').length;
  }

  /** @returns the ids with status `status`, ascending. @throws InvalidInputError */
  getTasksByStatus(timestamp: number, status: string): string[] {
    expectArguments(ARGUMENTS.getTasksByStatus, { timestamp, status });
    return this.#idsWhere((_, task) => task.status === status);
  }

  // ---- L3 ----

  /** Set the retry policy (the manual's signature has no timestamp). @throws InvalidInputError */
  configureRetry(maxRetries: number, baseBackoffMs: number): void {
    expectArguments(ARGUMENTS.configureRetry, { maxRetries, baseBackoffMs });
    this.max_retries = maxRetries;
    this.base_backoff_ms = baseBackoffMs;
  }

  /** Re-queue every retry due at `timestamp` (`retry_time <= timestamp`). @returns how many woke. @throws InvalidInputError */
  processRetries(timestamp: number): number {
    expectArguments(ARGUMENTS.timestampOnly, { timestamp });
    let woken = 0;
    for (const task of Object.values(this.tasks)) {
      if (task.status !== 'RETRY_SCHEDULED' || task.retry_time! > timestamp) continue;
      task.status = 'QUEUED';
      task.retry_time = null;
      woken += 1;
    }
    return woken;
  }

  /** @returns the `FAILED` ids, ascending. @throws InvalidInputError */
  getDeadLetter(timestamp: number): string[] {
    expectArguments(ARGUMENTS.timestampOnly, { timestamp });
    return this.#idsWhere((_, task) => task.status === 'FAILED');
  }

  // ---- L4 ----

  /**
   * Add a `QUEUED` task that waits for `dependencies` (a copy is stored; ids may not exist yet).
   * @returns false when the id exists. @throws InvalidInputError
   */
  addTaskWithDeps(timestamp: number, taskId: string, priority: number, dependencies: string[]): boolean {
    expectArguments(ARGUMENTS.addTaskWithDeps, { timestamp, taskId, priority, dependencies });
    // Decision: no cycle or self-dependency check, as in the manual: such a task is never ready, stays
    // QUEUED and is reported by getBlockedTasks, which is how a user finds it.
    return this.#store(taskId, priority, [...dependencies]);
  }

  /** @returns the ready ids by priority desc, then id (not FIFO, unlike getNextTask). @throws InvalidInputError */
  getReadyTasks(timestamp: number): string[] {
    expectArguments(ARGUMENTS.timestampOnly, { timestamp });
    const ids = this.#idsWhere((taskId, task) => this.#isReady(taskId, task));
    // Stable sort over ids already ascending: equal priorities stay in id order.
    return ids.sort((a, b) => this.tasks[b]!.priority - this.tasks[a]!.priority);
  }

  /** @returns the `QUEUED` ids whose dependencies are not all `COMPLETED`, ascending. @throws InvalidInputError */
  getBlockedTasks(timestamp: number): string[] {
    expectArguments(ARGUMENTS.timestampOnly, { timestamp });
    return this.#idsWhere((taskId, task) => task.status === 'QUEUED' && !this.#depsMet(taskId));
  }

  // ---- L5 ----

  /**
   * Run `numWorkers` workers under one global lock until nothing is ready; each claims a task, works
   * 10 ms outside the lock, then marks it `COMPLETED`.
   * @returns the ids in the order they finished; `[]` when `numWorkers <= 0`.
   * @throws InvalidInputError
   */
  async runWorkers(timestamp: number, numWorkers: number): Promise<string[]> {
    expectArguments(ARGUMENTS.runWorkers, { timestamp, numWorkers });
    if (numWorkers <= 0) return [];
    return this.#runtime.workerPool(this, workerPool, numWorkers);
  }

  // ---- L6 ----

  /**
   * Dispatch `COMPLETED` tasks under a semaphore of `maxConcurrent`: others fail fast without a
   * permit; each valid one waits 10 ms and becomes `DISPATCHED`.
   * @returns one boolean per input id, in input order.
   * @throws InvalidInputError
   */
  async dispatchExternal(timestamp: number, taskIds: string[], maxConcurrent: number): Promise<boolean[]> {
    expectArguments(ARGUMENTS.dispatchExternal, { timestamp, taskIds });
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    const items = taskIds.map((task_id): DispatchItem => ({ task_id, timestamp }));
    return this.#runtime.rateLimited(this, dispatchItem, 'fail-fast', items, maxConcurrent);
  }
}
