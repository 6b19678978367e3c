/** Where a task stands in its lifecycle (L2 state machine, L3 retries, L6 dispatch). */
export type TaskStatus = 'QUEUED' | 'PROCESSING' | 'COMPLETED' | 'FAILED' | 'RETRY_SCHEDULED' | 'DISPATCHED';

/** One task on the board, with the manual's snake_case keys. */
export interface Task {
  /** Bigger is more urgent. */
  priority: number;
  status: TaskStatus;
  /** `add_counter` after this task's add (1-based): the FIFO tie-break among equal priorities. */
  added_order: number;
  /** Retries scheduled so far (L3). */
  attempt: number;
  /** Absolute ms at which a `RETRY_SCHEDULED` task may be re-queued (L3). */
  retry_time: number | null;
  /** Task ids that must be `COMPLETED` first (L4); a copy of the caller's list. */
  dependencies: string[];
}

/** One L6 item: a task to dispatch, with the call's timestamp for the L1 status check. */
export interface DispatchItem {
  readonly task_id: string;
  readonly timestamp: number;
}

/** How a scenario task is left before the workers run. */
export type ScenarioSetup = 'queued' | 'processing' | 'failed' | 'retry_scheduled';

/** One task of a seeded scenario: the add call, and what is done to the task before the pool runs. */
export interface ScenarioTask {
  readonly task_id: string;
  readonly priority: number;
  readonly dependencies: readonly string[];
  readonly setup: ScenarioSetup;
}

/** The L5 input of a scenario: the board's tasks, the retry policy used for them, and the pool size. */
export interface ScenarioInput {
  readonly tasks: readonly ScenarioTask[];
  readonly retry: { readonly max_retries: number; readonly base_backoff_ms: number };
  readonly workers: number;
}
