import { describe, expect, it } from 'vitest';
import { deepCopy, type Dict } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { EventScheduler } from '../../../src/domains/event-scheduler/index.ts';
import { schedulerBatch, schedulerBatchJobs } from '../../../src/domains/event-scheduler/ops.ts';
import { boundScheduler, randomBatch, seedEvents } from './helpers.ts';
import { lockedKeys } from '../harness.ts';

/** The ids whose record differs between `before` and `after` (added, removed or changed). */
function changedIds(before: Dict<unknown>, after: Dict<unknown>): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id]));
}

// On worker threads a section holds only the events its keys guard: what it changes must be among them.
describe('EventScheduler L5: every section stays inside its keys', () => {
  it('each op, run one by one, changes only events it locks, for 300 seeds', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = new Random(seed);
      const scheduler = new EventScheduler();
      seedEvents(scheduler, random);
      const timestamp = random.int(0, 120);
      const jobs = schedulerBatchJobs(scheduler.events, timestamp, randomBatch(random, random.int(0, 30)));
      jobs.forEach((job, index) => {
        const before = deepCopy(scheduler.events);
        schedulerBatch.run(scheduler, job);
        const keys = new Set(schedulerBatch.keys(job));
        expect(changedIds(before, scheduler.events).filter((id) => !keys.has(id)), `seed ${seed}, op ${index}`).toEqual([]);
      });
    }
  });

  it('a processing op locks every event still due: a recurring one until it is past the timestamp', async () => {
    const { scheduler, tracer } = boundScheduler();
    scheduler.scheduleRecurring(0, 'r', 98, 1);
    scheduler.scheduleEvent(0, 'o', 50);
    await scheduler.batchOperations(100, [
      { type: 'cancel', event_id: 'x' },
      { type: 'unknown', event_id: 'y' },
      { type: 'schedule', event_id: 'p', execute_at: 100 },
      { type: 'cancel', event_id: 'z' },
      { type: 'cancel', event_id: 'w' },
    ]);
    const locked = lockedKeys(tracer).map((keys) => keys.sort());
    expect(locked).toEqual([['o', 'r', 'x'], ['y'], ['p', 'r'], ['p', 'r', 'z'], ['w']]);
    expect(scheduler.events).toEqual({
      r: { execute_at: 101, status: 'SCHEDULED', interval: 1 },
      o: { execute_at: 50, status: 'EXECUTED', interval: null },
      p: { execute_at: 100, status: 'EXECUTED', interval: null },
    });
  });
});
