import { cpuUsage } from 'node:process';
import { describe, expect, test } from 'vitest';
import { sleepSync } from '../../../src/engines/workers/sleep.ts';

describe('sleepSync', () => {
  test('blocks for at least the time asked', () => {
    const start = performance.now();
    sleepSync(20);
    expect(performance.now() - start).toBeGreaterThanOrEqual(20);
  });

  test('parks instead of spinning: the thread uses a small part of the time it sleeps', () => {
    const before = cpuUsage();
    sleepSync(200);
    const used = cpuUsage(before);
    // A spinning sleep would burn about 200 ms of CPU; a parked one almost none.
    expect((used.user + used.system) / 1_000).toBeLessThan(100);
  });

  test('refuses a negative or endless sleep', () => {
    expect(() => sleepSync(-1)).toThrow(RangeError);
    expect(() => sleepSync(Number.NaN)).toThrow(RangeError);
    expect(() => sleepSync(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
