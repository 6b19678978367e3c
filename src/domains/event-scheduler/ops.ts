import type { BatchDefinition } from '../../core/batch.ts';
import { errorMessage } from '../../core/op-error.ts';
import type { ExternalItemDefinition, Verdict } from '../../core/rate-limited.ts';
import type { EventScheduler } from './event-scheduler.ts';
import type { DispatchJob, DispatchResult, RecurringOp, ScheduleOp, SchedulerBatchJob, SchedulerEvent, SchedulerOp } from './types.ts';

export { eventSchedulerState } from './state-access.ts';

/** The op types whose method processes pending events first (an unknown type calls no method). */
const PROCESSING = new Set(['schedule', 'cancel', 'recurring']);

/**
 * How many processings at `timestamp` fire an event first due at `executeAt`: a one-shot fires once;
 * a recurring event moves one interval each time until it is past `timestamp`.
 */
function firings(executeAt: number, interval: number | null, timestamp: number): number {
  if (timestamp < executeAt) return 0;
  return interval === null ? 1 : Math.floor((timestamp - executeAt) / interval) + 1;
}

/**
 * The jobs of a batch at `timestamp` on `events`. Every processing op processes every due event, so
 * it also locks (`also`) each event it may find due: an event due at the batch's start owes as many
 * processings as `firings` counts, and a schedule (or a valid recurring) op at or before the timestamp
 * may add an event that owes as many, from the next processing op on; each processing op takes the
 * events still owed one and pays it. A superset is harmless (an event ended or never added is simply
 * absent), and an event nobody owes anything is not due: only ops on its own id change it.
 * Only locking is added: the results are those of the ops one by one.
 */
export function schedulerBatchJobs(events: Readonly<Record<string, SchedulerEvent>>, timestamp: number, ops: readonly SchedulerOp[]): SchedulerBatchJob[] {
  const owed = new Map<string, number>();
  const owe = (id: string, count: number): void => {
    if (count > (owed.get(id) ?? 0)) owed.set(id, count);
  };
  for (const [id, event] of Object.entries(events)) if (event.status === 'SCHEDULED') owe(id, firings(event.execute_at, event.interval, timestamp));
  return ops.map((op): SchedulerBatchJob => {
    if (!PROCESSING.has(op.type)) return { timestamp, op };
    const also = [...owed.keys()];
    for (const [id, count] of owed) {
      if (count === 1) owed.delete(id);
      else owed.set(id, count - 1);
    }
    // What this op may add fires from the next processing on: its own processing ran before it.
    if (op.type === 'schedule') owe(op.event_id, firings((op as ScheduleOp).execute_at, null, timestamp));
    if (op.type === 'recurring') {
      const { execute_at, interval_ms } = op as RecurringOp;
      if (interval_ms >= 1) owe(op.event_id, firings(execute_at, interval_ms, timestamp));
    }
    return also.length === 0 ? { timestamp, op } : { timestamp, op, also };
  });
}

/**
 * L5 `batch_operations`: every op locks its `event_id` (one key, no pair), an unknown type included,
 * and calls the matching L1/L4 method, which processes pending events first; unknown types are `false`.
 * A processing op also locks every event its processing may find due (see `schedulerBatchJobs`).
 */
export const schedulerBatch: BatchDefinition<EventScheduler, SchedulerBatchJob, boolean> = {
  portable: { module: import.meta.url, name: 'schedulerBatch', state: 'eventSchedulerState' },
  keys: ({ op, also }) => (also === undefined ? [op.event_id] : [op.event_id, ...also]),
  run(system, { timestamp, op }) {
    if (op.type === 'schedule') return system.scheduleEvent(timestamp, op.event_id, (op as ScheduleOp).execute_at);
    if (op.type === 'cancel') return system.cancelEvent(timestamp, op.event_id);
    if (op.type === 'recurring') {
      const { execute_at, interval_ms } = op as RecurringOp;
      return system.scheduleRecurring(timestamp, op.event_id, execute_at, interval_ms);
    }
    return false;
  },
};

const PROCEED: Verdict<DispatchResult> = { proceed: true };

/**
 * L6 `dispatch_events`, fail-fast: a missing event or one not EXECUTED is `"skipped:<id>"` at once and
 * never takes a permit. The rest call the caller's `external_call` under a permit, outside every lock;
 * on success the event becomes DISPATCHED, and a throw becomes `"error:<id>:<message>"`, leaving it
 * EXECUTED. The call's duration is the callback's: there is no sleep of its own.
 */
export const dispatchItem: ExternalItemDefinition<EventScheduler, DispatchJob, DispatchResult> = {
  portable: { module: import.meta.url, name: 'dispatchItem', state: 'eventSchedulerState' },
  keys: ({ event_id }) => [event_id],
  before(system, { event_id, repeat }) {
    // Decision: the manual leaves a repeated id in one call to timing (a callback that suspends
    // dispatches it twice). conclab dispatches an event at most once per call: later copies are skipped
    // without a permit, as DISPATCHED is final.
    if (repeat || system.events[event_id]?.status !== 'EXECUTED') return { proceed: false, result: `skipped:${event_id}` };
    return PROCEED;
  },
  external: (_system, { event_id, external_call }) => external_call(event_id),
  after(system, { event_id }) {
    const event = system.events[event_id];
    // Decision: an event cancelled while its callback ran cannot be marked; the manual's code raises a
    // KeyError there and reports it as an error, so conclab reports it as an error too, with a clear message.
    if (event === undefined) return `error:${event_id}:cancelled during dispatch`;
    event.status = 'DISPATCHED';
    return `dispatched:${event_id}`;
  },
  // Python's str(e): the message alone, without the "Error: " prefix String(e) would add.
  onError: ({ event_id }, error) => `error:${event_id}:${errorMessage(error)}`,
};
