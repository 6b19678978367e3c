import { describe, expect, it } from 'vitest';
import { WaitAbortedError } from '../../src/core/errors.ts';
import { createRealClock, PRECISE_WINDOW_MS } from '../../src/core/real-clock.ts';

// How long these sleeps take is a benchmark's business; here only what must hold on any machine.
describe('real clock', () => {
  it.each([0, 0.3, PRECISE_WINDOW_MS, 3, 12])('never ends a sleep of %s ms before its deadline', async (ms) => {
    const clock = createRealClock();
    for (let run = 0; run < 5; run++) {
      const start = clock.now();
      await clock.sleep(ms);
      expect(clock.now() - start).toBeGreaterThanOrEqual(ms);
    }
  });

  it('ends sleeps in deadline order, equal deadlines in the order they were set', async () => {
    const clock = createRealClock();
    const ended: string[] = [];
    const sleeps: [string, number][] = [['a', 6], ['b', 2], ['c', 6], ['d', 0], ['e', 4], ['f', 1], ['g', 2]];
    await Promise.all(sleeps.map(([name, ms]) => clock.sleep(ms).then(() => ended.push(name))));
    expect(ended).toEqual(['d', 'f', 'b', 'g', 'e', 'a', 'c']);
  });

  it('keeps deadline order even when the event loop stalls past several deadlines', async () => {
    const clock = createRealClock();
    const ended: number[] = [];
    const sleeps = [3, 1, 2, 0.5, 2.5].map((ms, i) => clock.sleep(ms).then(() => ended.push(i)));
    const stallUntil = performance.now() + 5; // past every deadline: all come due at once
    while (performance.now() < stallUntil);
    await Promise.all(sleeps);
    expect(ended).toEqual([3, 1, 2, 4, 0]);
  });

  it('ends a later sleep set before an earlier one in the right order, and drops aborted ones', async () => {
    const clock = createRealClock();
    const ended: string[] = [];
    const controller = new AbortController();
    const far = clock.sleep(8).then(() => ended.push('far'));
    const gone = clock.sleep(1, { signal: controller.signal }).catch(() => ended.push('aborted'));
    controller.abort();
    const near = clock.sleep(3).then(() => ended.push('near'));
    await Promise.all([far, gone, near]);
    expect(ended).toEqual(['aborted', 'near', 'far']);
  });

  it('yields a macrotask turn even for a sleep of 0, as a timer would', async () => {
    const clock = createRealClock();
    const seen: string[] = [];
    setImmediate(() => seen.push('immediate queued first'));
    await clock.sleep(0);
    seen.push('sleep(0) ended');
    expect(seen).toEqual(['immediate queued first', 'sleep(0) ended']);
  });

  it.each([0.5, 20])('rejects with WaitAbortedError when aborted mid-sleep (%s ms), in either phase', async (ms) => {
    const clock = createRealClock();
    const controller = new AbortController();
    const sleeping = clock.sleep(ms, { signal: controller.signal });
    setImmediate(() => controller.abort('stop'));
    const error = await sleeping.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitAbortedError);
    expect((error as WaitAbortedError).cause).toBe('stop');
  });

  it('rejects at once when the signal is already aborted', async () => {
    const clock = createRealClock();
    await expect(clock.sleep(10_000, { signal: AbortSignal.abort('early') })).rejects.toBeInstanceOf(WaitAbortedError);
  });
});
