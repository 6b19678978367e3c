import { describe, expect, test } from 'vitest';
import { WaitTimeoutError } from '../../../src/core/errors.ts';
import { openAtomicSemaphore, readSemaphoreCounters } from '../../../src/engines/workers/atomic-semaphore.ts';
import { createSemaphoreView } from '../../../src/engines/workers/layout.ts';
import type { SemaphoreData } from '../../fixtures/workers/semaphore-worker.ts';
import { firstMessage, spawnFixture } from './spawn-worker.ts';

describe('atomic semaphore', () => {
  test('a semaphore of N never has more than N holders, and grants every acquire', async () => {
    const permits = 2;
    const threads = 3;
    const rounds = 400;
    const view = createSemaphoreView(permits);
    const inUse = new Int32Array(new SharedArrayBuffer(8));
    const data: SemaphoreData = { view, inUse, rounds, timeoutMs: 10_000 };
    await Promise.all(Array.from({ length: threads }, () => firstMessage(spawnFixture('semaphore-worker', data))));
    const counters = readSemaphoreCounters(view);
    expect(counters).toMatchObject({ permits, held: 0, granted: threads * rounds });
    expect(counters.peak).toBeLessThanOrEqual(permits);
    expect(inUse[1]).toBeLessThanOrEqual(permits);
  });

  test('a bounded wait for a permit that never frees throws WaitTimeoutError, and gives nothing back twice', () => {
    const view = createSemaphoreView(1);
    const gate = openAtomicSemaphore(view, 'the gate');
    const nested = (): void => gate.withPermitSync(() => gate.withPermitSync(() => {}, { timeoutMs: 30 }), { timeoutMs: 30 });
    expect(nested).toThrow(WaitTimeoutError);
    expect(nested).toThrow('timed out after 30 ms waiting for a permit of the gate');
    expect(gate.counters).toEqual({ permits: 1, held: 0, granted: 2, peak: 1 });
  });

  test('the permit is released when fn throws', () => {
    const gate = openAtomicSemaphore(createSemaphoreView(1));
    expect(() => gate.withPermitSync(() => { throw new Error('boom'); }, { timeoutMs: 10 })).toThrow('boom');
    expect(gate.withPermitSync(() => gate.counters.held, { timeoutMs: 0 })).toBe(1);
    expect(gate.counters.held).toBe(0);
  });

  test('bad permits, views and timeouts are refused', () => {
    expect(() => createSemaphoreView(0)).toThrow('Expected `permits` to be an integer ≥ 1');
    expect(() => openAtomicSemaphore(new Int32Array(5))).toThrow(TypeError);
    const gate = openAtomicSemaphore(createSemaphoreView(1));
    expect(() => gate.withPermitSync(() => {}, { timeoutMs: -1 })).toThrow(RangeError);
  });
});
