import { describe, expect, it } from 'vitest';
import { InvalidInputError, WaitTimeoutError } from '../../src/core/errors.ts';
import { engineFactories } from './engine-factory.ts';

describe.each(engineFactories)('semaphore on %s', (_name, make) => {
  it('lets N in at once and queues the rest in arrival order (the manual trace)', async () => {
    const { engine, clock } = make();
    const semaphore = engine.createSemaphore(2);
    const trace: string[] = [];
    await Promise.all(
      [1, 2, 3].map((i) => {
        trace.push(`${i} start`);
        return semaphore.withPermit(async () => {
          trace.push(`${i} in`);
          await clock.sleep(10);
          trace.push(`${i} out`);
        });
      }),
    );
    expect(trace.join(', ')).toBe('1 start, 1 in, 2 start, 2 in, 3 start, 1 out, 2 out, 3 in, 3 out');
    expect([semaphore.granted, semaphore.peak, semaphore.available]).toEqual([3, 2, 2]);
  });

  it('never has more holders than permits', async () => {
    const { engine, clock } = make();
    for (const permits of [1, 2, 4, 8]) {
      const semaphore = engine.createSemaphore(permits);
      let holders = 0;
      let most = 0;
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          semaphore.withPermit(async () => {
            most = Math.max(most, ++holders);
            await clock.sleep(1 + (i % 3));
            holders--;
          }),
        ),
      );
      expect(most).toBe(permits);
      expect(semaphore.peak).toBe(permits);
    }
  });

  it('rejects permits that are not an integer ≥ 1', () => {
    const { engine } = make();
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => engine.createSemaphore(bad)).toThrow(InvalidInputError);
    }
  });

  it('bounds a wait for a permit and gives the permit back if it comes later', async () => {
    const { engine, clock } = make();
    const semaphore = engine.createSemaphore(1);
    const holding = semaphore.withPermit(() => clock.sleep(50));
    await expect(semaphore.withPermit(() => 'never', { timeoutMs: 5 })).rejects.toBeInstanceOf(WaitTimeoutError);
    await holding;
    expect(semaphore.available).toBe(1);
    await expect(semaphore.withPermit(() => 'next')).resolves.toBe('next');
  });

  it('releases its permit when the work throws', async () => {
    const { engine } = make();
    const semaphore = engine.createSemaphore(1);
    await expect(semaphore.withPermit(() => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(semaphore.available).toBe(1);
  });
});
