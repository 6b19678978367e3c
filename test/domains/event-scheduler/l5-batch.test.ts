import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { EventScheduler, type SchedulerOp } from '../../../src/domains/event-scheduler/index.ts';
import { applySequentially, boundScheduler, randomBatch, seedEvents } from './helpers.ts';
import { lockedKeys } from '../harness.ts';

describe('EventScheduler L5: batchOperations', () => {
  it('runs the derived vector: schedule, duplicate, cancel, recurring, unknown type', async () => {
    const { scheduler } = boundScheduler();
    const ops: SchedulerOp[] = [
      { type: 'schedule', event_id: 'a', execute_at: 5 },
      { type: 'schedule', event_id: 'a', execute_at: 6 },
      { type: 'cancel', event_id: 'a' },
      { type: 'recurring', event_id: 'r', execute_at: 5, interval_ms: 5 },
      { type: 'bad', event_id: 'x' },
    ];
    expect(await scheduler.batchOperations(0, ops)).toEqual([true, false, true, true, false]);
    expect(scheduler.events).toEqual({ r: { execute_at: 5, status: 'SCHEDULED', interval: 5 } });
  });

  it('locks each op on its event id, unknown types included', async () => {
    const { scheduler, tracer } = boundScheduler();
    await scheduler.batchOperations(0, [
      { type: 'schedule', event_id: 'a', execute_at: 1 },
      { type: 'nope', event_id: 'b' },
      { type: 'cancel', event_id: 'a' },
    ]);
    expect(lockedKeys(tracer)).toEqual([['a'], ['b'], ['a']]);
  });

  it('processes pending events in each op, not in the batch: a recurring event moves once per due op', async () => {
    const { scheduler } = boundScheduler();
    scheduler.scheduleRecurring(0, 'r', 10, 1);
    await scheduler.batchOperations(100, [{ type: 'unknown', event_id: 'x' }]);
    expect(scheduler.events['r']?.execute_at).toBe(10);
    await scheduler.batchOperations(100, [
      { type: 'cancel', event_id: 'x' },
      { type: 'cancel', event_id: 'y' },
    ]);
    expect(scheduler.events['r']?.execute_at).toBe(12);
  });

  it('returns an empty list for an empty batch', async () => {
    const { scheduler } = boundScheduler();
    expect(await scheduler.batchOperations(0, [])).toEqual([]);
  });

  it('equals the ops run one by one through L1/L4 in input order, for 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const { scheduler } = boundScheduler();
      seedEvents(scheduler, random);
      const reference = new EventScheduler();
      reference.events = deepCopy(scheduler.events);
      const timestamp = random.int(0, 120);
      const ops = randomBatch(random, random.int(0, 30));
      const results = await scheduler.batchOperations(timestamp, ops);
      expect(results, `seed ${seed}`).toEqual(applySequentially(reference, timestamp, ops));
      expect(scheduler.events, `seed ${seed}`).toEqual(reference.events);
    }
  });
});
