import { describe, expect, test } from 'vitest';
import { createEngine } from '../../src/engines/index.ts';
import { listScheduleMakespan, listScheduleOrder } from '../../src/bench/schedule.ts';
import { caseGrid, invalidCount, isInvalid, makespanOf, theoryMs, validCount, type RateCase } from '../../bench/fail-fast-vs-all-sleep/cases.ts';
import { taskDurations } from '../../bench/worker-pool-order/durations.ts';
import { runPool } from '../../bench/worker-pool-order/orders.ts';

const virtualLoop = () => createEngine('event-loop', { clock: 'virtual' });
const label = (c: RateCase): string => `${c.policy} M=${c.items} p=${c.invalidShare} N=${c.permits}`;

describe('fail-fast vs all-sleep on the virtual clock', () => {
  test.each([16, 32, 7])('every case of the grid with M = %i takes exactly its theory', async (items) => {
    for (const c of caseGrid(items)) expect({ c: label(c), ms: await makespanOf(virtualLoop(), c) }).toEqual({ c: label(c), ms: theoryMs(c) });
  });

  test('theory is ceil(valid/N)·d for fail-fast and ceil(M/N)·d for all-sleep', () => {
    const base = { items: 16, invalidShare: 0.75, permits: 8 };
    expect(theoryMs({ ...base, policy: 'fail-fast' })).toBe(10);
    expect(theoryMs({ ...base, policy: 'all-sleep' })).toBe(20);
  });

  test('the invalid items are round(M·p) of them, spread over the input', () => {
    const c: RateCase = { policy: 'fail-fast', items: 16, invalidShare: 0.25, permits: 1 };
    const marked = Array.from({ length: 16 }, (_, i) => isInvalid(c, i));
    expect(marked.filter(Boolean)).toHaveLength(invalidCount(c));
    expect(validCount(c)).toBe(12);
    expect(marked.slice(0, 8).filter(Boolean)).toHaveLength(2);
  });
});

describe('the worker pool on the virtual clock', () => {
  test.each([1, 2, 4, 8])('with N = %i it finishes in the list schedule\'s makespan, in its completion order', async (workers) => {
    const durations = taskDurations(16);
    const engine = virtualLoop();
    const start = engine.clock.now();
    const { completed, returned } = await runPool(engine, durations, workers);
    expect(engine.clock.now() - start).toBe(listScheduleMakespan(durations, workers));
    expect(completed).toEqual(listScheduleOrder(durations, workers));
    expect(returned).toEqual(completed);
  });
});
