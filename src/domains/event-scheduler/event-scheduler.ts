import { compareStrings, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectFunction, expectInteger, expectPositiveInteger, expectStringArray, validateOps } from '../../core/validate.ts';
import { dispatchItem, schedulerBatch, schedulerBatchJobs } from './ops.ts';
import { processPending } from './pending.ts';
import { schedulerBatchSchema } from './schemas.ts';
import type { DispatchJob, DispatchResult, ExternalCall, SchedulerEvent, SchedulerOp } from './types.ts';

type Entry = [string, SchedulerEvent];
const byId = ([a]: Entry, [b]: Entry): number => compareStrings(a, b);
const byTime = (x: Entry, y: Entry): number => x[1].execute_at - y[1].execute_at || byId(x, y);
const format = ([id, event]: Entry): string => `${id}(${event.status})`;

/**
 * The manual's `EventScheduler`: events with an absolute trigger time, fired lazily (one-shot →
 * EXECUTED; recurring → pushed one interval forward), an L5 batch under per-event locks, and an L6
 * fail-fast dispatch of EXECUTED events through the caller's async callback.
 * @example
 * const scheduler = new EventScheduler();
 * scheduler.scheduleEvent(0, 'evt_1', 1000);
 * scheduler.getEvent(1000, 'evt_1'); // { execute_at: 1000, status: 'EXECUTED', interval: null }
 */
export class EventScheduler {
  /** event_id → event, in scheduling order. */
  events: Dict<SchedulerEvent> = dict();
  readonly #runtime = new Runtime();

  /** The manual's `locks` (`defaultdict(asyncio.Lock)`): one lock per event id, made on first use. */
  get locks(): LockTable {
    return this.#runtime.locks;
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /**
   * L1: schedule a one-shot event at the absolute `executeAt` (a past time is allowed: it fires at
   * the next call).
   * @returns `false` when the id exists, whatever its status.
   * @throws InvalidInputError on a non-integer timestamp or time, or a non-string id.
   */
  scheduleEvent(timestamp: number, eventId: string, executeAt: number): boolean {
    expectArgs(timestamp, { eventId });
    expectInteger(executeAt, 'executeAt');
    return this.#add(timestamp, eventId, { execute_at: executeAt, status: 'SCHEDULED', interval: null });
  }

  /** L1: delete an event, whatever its status. @returns `false` when it is missing. */
  cancelEvent(timestamp: number, eventId: string): boolean {
    expectArgs(timestamp, { eventId });
    processPending(this.events, timestamp);
    if (!has(this.events, eventId)) return false;
    delete this.events[eventId];
    return true;
  }

  /** L1: a copy of the event after due events fired, or `null` when it is missing. */
  getEvent(timestamp: number, eventId: string): SchedulerEvent | null {
    expectArgs(timestamp, { eventId });
    processPending(this.events, timestamp);
    const event = this.events[eventId];
    return event === undefined ? null : { execute_at: event.execute_at, status: event.status, interval: event.interval };
  }

  /**
   * L2: every event as `"id(STATUS), …"`: with `sortBy` `"time"` by `(execute_at, id)`, with any other
   * value by id. `""` when none.
   */
  listEvents(timestamp: number, sortBy: string): string {
    expectArgs(timestamp, { sortBy });
    processPending(this.events, timestamp);
    return Object.entries(this.events)
      .sort(sortBy === 'time' ? byTime : byId)
      .map(format)
      .join(', ');
  }

  /** L2: the SCHEDULED events by `(execute_at, id)`, formatted as `listEvents`; `""` when none. */
  listPending(timestamp: number): string {
    expectInteger(timestamp, 'timestamp');
    processPending(this.events, timestamp);
    return Object.entries(this.events)
      .filter(([, event]) => event.status === 'SCHEDULED')
      .sort(byTime)
      .map(format)
      .join(', ');
  }

  /**
   * L4: schedule an event first due at `executeAt` and then every `intervalMs`.
   * @returns `false` when the id exists, or when `intervalMs` is not positive.
   */
  scheduleRecurring(timestamp: number, eventId: string, executeAt: number, intervalMs: number): boolean {
    expectArgs(timestamp, { eventId });
    expectInteger(executeAt, 'executeAt');
    expectInteger(intervalMs, 'intervalMs');
    // Decision: the manual leaves zero and negative intervals open; such an event would never move
    // forward (or move back in time), so conclab refuses it like a taken id, after the lazy step.
    if (intervalMs < 1) {
      processPending(this.events, timestamp);
      return false;
    }
    return this.#add(timestamp, eventId, { execute_at: executeAt, status: 'SCHEDULED', interval: intervalMs });
  }

  /**
   * L4: the event's `execute_at` after due events fired: a recurring event's next trigger, or the time
   * a one-shot fired. `null` when the event is missing.
   */
  getNextExecution(timestamp: number, eventId: string): number | null {
    expectArgs(timestamp, { eventId });
    processPending(this.events, timestamp);
    return this.events[eventId]?.execute_at ?? null;
  }

  /**
   * L5: run every op under its event's lock, all at once; the results, in input order, equal running
   * the ops one by one. Unknown types are `false`.
   * @throws InvalidInputError (as a rejection, before any change) on a malformed op, naming its index.
   */
  async batchOperations(timestamp: number, ops: readonly SchedulerOp[]): Promise<(boolean | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(ops, schedulerBatchSchema, 'ops');
    // Decision: as in the manual's code, the batch itself does not process pending events; each op's
    // method does. It matters: every processing moves a due recurring event one interval forward.
    return this.#runtime.batch(this, schedulerBatch, schedulerBatchJobs(this.events, timestamp, ops));
  }

  /**
   * L6, fail-fast: after due events fire once, each id that is missing or not EXECUTED is
   * `"skipped:<id>"` at once, without a permit; the others call `externalCall(id)` under one of
   * `maxConcurrent` permits and become DISPATCHED (`"dispatched:<id>"`), or stay EXECUTED when it throws
   * (`"error:<id>:<message>"`). One error never aborts the others.
   * @returns one string per id, in input order.
   * @example
   * await scheduler.dispatchEvents(200, ['evt_1', 'evt_2'], async (id) => send(id), 2);
   * // ['dispatched:evt_1', 'skipped:evt_2']
   */
  async dispatchEvents(timestamp: number, eventIds: readonly string[], externalCall: ExternalCall, maxConcurrent: number): Promise<DispatchResult[]> {
    expectInteger(timestamp, 'timestamp');
    expectStringArray(eventIds, 'eventIds');
    expectFunction(externalCall, 'externalCall');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    processPending(this.events, timestamp);
    const seen = new Set<string>();
    const jobs = eventIds.map((event_id): DispatchJob => {
      const repeat = seen.has(event_id);
      seen.add(event_id);
      return { event_id, external_call: externalCall, repeat };
    });
    return this.#runtime.rateLimited(this, dispatchItem, 'fail-fast', jobs, maxConcurrent);
  }

  #add(timestamp: number, eventId: string, event: SchedulerEvent): boolean {
    processPending(this.events, timestamp);
    if (has(this.events, eventId)) return false;
    this.events[eventId] = event;
    return true;
  }
}
