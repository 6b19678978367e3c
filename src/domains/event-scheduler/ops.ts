import type { BatchDefinition } from '../../core/batch.ts';
import { errorMessage } from '../../core/op-error.ts';
import type { ExternalItemDefinition, Verdict } from '../../core/rate-limited.ts';
import type { EventScheduler } from './event-scheduler.ts';
import type { DispatchJob, DispatchResult, RecurringOp, ScheduleOp, SchedulerBatchJob } from './types.ts';

/**
 * L5 `batch_operations`: every op locks its `event_id` (one key, no pair), an unknown type included,
 * and calls the matching L1/L4 method, which processes pending events first; unknown types are `false`.
 */
export const schedulerBatch: BatchDefinition<EventScheduler, SchedulerBatchJob, boolean> = {
  keys: ({ op }) => [op.event_id],
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
