/** State records and op shapes of the EventScheduler system, with the manual's snake_case keys. */
import type { Timed } from '../../core/batch.ts';

/** The only three statuses: cancelling deletes an event, so there is no CANCELLED. */
export type EventStatus = 'SCHEDULED' | 'EXECUTED' | 'DISPATCHED';

/** One event as the manual stores it (and as `getEvent` copies it). */
export interface SchedulerEvent {
  /** Absolute ms of the next (or, once EXECUTED, the last) trigger. */
  execute_at: number;
  status: EventStatus;
  /** `null`: one-shot; a number (ms): recurring, advanced by one interval per due processing. */
  interval: number | null;
}

/** L5 `{type: "schedule"}`: `scheduleEvent`. */
export interface ScheduleOp {
  readonly type: 'schedule';
  readonly event_id: string;
  readonly execute_at: number;
}

/** L5 `{type: "cancel"}`: `cancelEvent`. */
export interface CancelOp {
  readonly type: 'cancel';
  readonly event_id: string;
}

/** L5 `{type: "recurring"}`: `scheduleRecurring`. */
export interface RecurringOp {
  readonly type: 'recurring';
  readonly event_id: string;
  readonly execute_at: number;
  readonly interval_ms: number;
}

/** L5: any other type. The manual still reads and locks its `event_id`, then answers `false`. */
export interface OtherSchedulerOp {
  readonly type: string;
  readonly event_id: string;
}

/** An op of `batchOperations`; every op answers a boolean. */
export type SchedulerOp = ScheduleOp | CancelOp | RecurringOp | OtherSchedulerOp;

/** An L5 op with the batch's timestamp, as the op definition receives it. */
export interface SchedulerBatchJob extends Timed<SchedulerOp> {
  /** Event ids this op's processing may find due beside its own, which it locks too. */
  readonly also?: readonly string[];
}

/** The caller's L6 external step: an async call for one event id; a throw becomes `"error:<id>:<message>"`. */
export type ExternalCall = (eventId: string) => Promise<unknown>;

/** One L6 item, as the op definition receives it. */
export interface DispatchJob {
  readonly event_id: string;
  readonly external_call: ExternalCall;
  /** The id already appeared earlier in the same call. */
  readonly repeat: boolean;
}

/** The result of one L6 dispatch. */
export type DispatchResult = `dispatched:${string}` | `skipped:${string}` | `error:${string}:${string}`;
