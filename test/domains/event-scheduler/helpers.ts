import type { Random } from '../../../src/core/random.ts';
import type { RecordingTracer } from '../../../src/core/tracer.ts';
import { EventScheduler, eventSchedulerDescriptor, type SchedulerOp } from '../../../src/domains/event-scheduler/index.ts';
import type { VirtualClock } from '../../../src/engines/event-loop/index.ts';
import { bound } from '../harness.ts';

export { permitOwners } from '../harness.ts';

/** A fresh scheduler bound to an event-loop engine on a virtual clock, with a recording tracer. */
export function boundScheduler(): { scheduler: EventScheduler; clock: VirtualClock; tracer: RecordingTracer } {
  const { system: scheduler, clock, tracer } = bound(new EventScheduler());
  return { scheduler, clock, tracer };
}

/** The scheduler's public state as plain data. */
export function stateOf(scheduler: EventScheduler): unknown {
  return eventSchedulerDescriptor.state(scheduler);
}

/** The manual's intro board, built at ts 0: evt_1@1000, evt_2@2000, evt_3@500, rec_1@3000 every 1000. */
export function introBoard(scheduler = new EventScheduler()): EventScheduler {
  scheduler.scheduleEvent(0, 'evt_1', 1000);
  scheduler.scheduleEvent(0, 'evt_2', 2000);
  scheduler.scheduleEvent(0, 'evt_3', 500);
  scheduler.scheduleRecurring(0, 'rec_1', 3000, 1000);
  return scheduler;
}

const IDS = ['h0', 'h1', 'k2', 'k3', 'k4', 'zz'];

/** Seed one-shot and recurring events at ts 0, due around the batch's timestamp. */
export function seedEvents(scheduler: EventScheduler, random: Random): void {
  for (const id of IDS.slice(0, 5)) {
    if (random.chance(0.2)) continue;
    if (random.chance(0.35)) scheduler.scheduleRecurring(0, id, random.int(0, 100), random.int(5, 40));
    else scheduler.scheduleEvent(0, id, random.int(0, 100));
  }
}

/** A random batch over hot and missing ids, past and future times, refused intervals and unknown types. */
export function randomBatch(random: Random, size: number): SchedulerOp[] {
  return Array.from({ length: size }, (): SchedulerOp => {
    const event_id = random.chance(0.5) ? random.pick(['h0', 'h1']) : random.pick(IDS);
    const execute_at = random.int(0, 100);
    const roll = random.next();
    if (roll < 0.35) return { type: 'schedule', event_id, execute_at };
    if (roll < 0.65) return { type: 'cancel', event_id };
    if (roll < 0.92) return { type: 'recurring', event_id, execute_at, interval_ms: random.int(-1, 30) };
    return { type: 'bogus', event_id };
  });
}

/** The sequential reference: each op through the L1/L4 methods, one after another in input order. */
export function applySequentially(scheduler: EventScheduler, timestamp: number, ops: readonly SchedulerOp[]): boolean[] {
  return ops.map((op) => {
    const o = op as { type: string; event_id: string; execute_at: number; interval_ms: number };
    if (o.type === 'schedule') return scheduler.scheduleEvent(timestamp, o.event_id, o.execute_at);
    if (o.type === 'cancel') return scheduler.cancelEvent(timestamp, o.event_id);
    if (o.type === 'recurring') return scheduler.scheduleRecurring(timestamp, o.event_id, o.execute_at, o.interval_ms);
    return false;
  });
}
