import type { DomainDescriptor } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { EventScheduler } from './event-scheduler.ts';
import type { SchedulerOp } from './types.ts';

/** The first few events get half of all ops, so their locks are contended. */
const HOT = 3;
/** Some seeded events are due by now (one-shots fire, recurring ones move on), some are not. */
const BATCH_TS = 1_000;

/** Schedule 8–16 events at ts 0: one-shots around the batch time, a quarter recurring. */
function seedEvents(scheduler: EventScheduler, random: Random): string[] {
  const ids = Array.from({ length: random.int(8, 16) }, (_, i) => `evt_${i}`);
  for (const id of ids) {
    const at = random.int(0, 2 * BATCH_TS);
    if (random.chance(0.25)) scheduler.scheduleRecurring(0, id, at, random.int(100, 1000));
    else scheduler.scheduleEvent(0, id, at);
  }
  return ids;
}

function pickId(random: Random, ids: readonly string[]): string {
  if (random.chance(0.15)) return `new_${random.int(0, 5)}`;
  return random.chance(0.5) ? random.pick(ids.slice(0, HOT)) : random.pick(ids);
}

/** Schedules (new and taken ids, past and future), cancels (present and missing), recurring (some refused), unknown types. */
function randomOp(random: Random, ids: readonly string[]): SchedulerOp {
  const event_id = pickId(random, ids);
  const execute_at = random.int(0, 2 * BATCH_TS);
  const roll = random.next();
  if (roll < 0.35) return { type: 'schedule', event_id, execute_at };
  if (roll < 0.65) return { type: 'cancel', event_id };
  if (roll < 0.92) return { type: 'recurring', event_id, execute_at, interval_ms: random.chance(0.1) ? 0 : random.int(50, 500) };
  return { type: 'pause', event_id };
}

/** A 10 ms external call on real timers that fails for `evt_3`, as the manual's example callback does. */
async function exampleCallback(eventId: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  if (eventId === 'evt_3') throw new Error('timeout');
}

/**
 * The scenario's L6 callback: a 5 ms call on real timers that fails for every third event id (by its
 * number; `new_` ids included) and otherwise answers the id. It depends on the id alone, so any engine
 * gets the same answers.
 */
async function scenarioCallback(eventId: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  if (Number(eventId.replace(/^\D+/, '')) % 3 === 0) throw new Error(`refused ${eventId}`);
  return eventId;
}

/** Run a small L5 batch and a small L6 dispatch on `scheduler`, as lines for a person. */
async function tour(scheduler: EventScheduler): Promise<string[]> {
  const ops: SchedulerOp[] = [
    { type: 'schedule', event_id: 'a', execute_at: 5 },
    { type: 'schedule', event_id: 'a', execute_at: 6 },
    { type: 'cancel', event_id: 'a' },
    { type: 'recurring', event_id: 'r', execute_at: 5, interval_ms: 5 },
    { type: 'bad', event_id: 'x' },
  ];
  const batch = await scheduler.batchOperations(0, ops);
  scheduler.scheduleEvent(0, 'evt_1', 100);
  scheduler.scheduleEvent(0, 'evt_2', 5000);
  scheduler.scheduleEvent(0, 'evt_3', 100);
  const ids = ['evt_1', 'evt_2', 'evt_3', 'zz'];
  const start = performance.now();
  const dispatched = await scheduler.dispatchEvents(200, ids, exampleCallback, 2);
  const elapsed = performance.now() - start;
  return [
    `L5 batch [schedule a@5, schedule a@6, cancel a, recurring r@5/5, bad x]: ${JSON.stringify(batch)}`,
    '  (one lock per event id; same results as one by one in input order)',
    `L6 fail-fast dispatch at 200 ${JSON.stringify(ids)} (callback 10 ms, throws for evt_3): ${JSON.stringify(dispatched)}`,
    `  ${ids.length} items, 2 valid, 2 permits: ${elapsed.toFixed(1)} ms (theory ${Math.ceil(2 / 2) * 10} ms)`,
    `  afterwards: ${scheduler.listEvents(200, 'id')}`,
  ];
}

/** EventScheduler for the CLI, the tour and the benchmarks. */
export const eventSchedulerDescriptor: DomainDescriptor<EventScheduler> = {
  name: 'event-scheduler',
  title: 'Event Scheduler',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new EventScheduler(),
  async runScenario(scheduler, random, size) {
    const ids = seedEvents(scheduler, random);
    const input = Array.from({ length: size }, () => randomOp(random, ids));
    const results = await scheduler.batchOperations(BATCH_TS, input);
    return { input, results };
  },
  async runExternalScenario(scheduler, random, size) {
    const ids = seedEvents(scheduler, random);
    // EXECUTED one-shots (due by the call), SCHEDULED ones and recurring ones, unknown ids and repeats.
    const input = Array.from({ length: size }, () => pickId(random, ids));
    const maxConcurrent = random.int(1, 8);
    const results = await scheduler.dispatchEvents(BATCH_TS, input, scenarioCallback, maxConcurrent);
    return { input: { eventIds: input, maxConcurrent }, results };
  },
  tour,
  state: (scheduler) => JSON.parse(JSON.stringify({ events: scheduler.events })) as unknown,
};
