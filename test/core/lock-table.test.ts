import { describe, expect, it } from 'vitest';
import { WaitAbortedError, WaitTimeoutError } from '../../src/core/errors.ts';
import { Random } from '../../src/core/random.ts';
import { engineFactories } from './engine-factory.ts';

describe.each(engineFactories)('lock table on %s', (_name, make) => {
  it('hands a released key to its waiters in the order they asked', async () => {
    const { engine, clock } = make();
    const locks = engine.createLockTable();
    const entered: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        locks.withLocks(['k'], async () => {
          entered.push(i);
          await clock.sleep(5 - i); // later arrivals finish sooner: order must still be FIFO
        }),
      ),
    );
    expect(entered).toEqual([0, 1, 2, 3, 4]);
  });

  it('takes a free lock without yielding, so sync sections run in call order', async () => {
    const { engine } = make();
    const locks = engine.createLockTable();
    const order: string[] = [];
    const first = locks.withLocks(['a', 'b'], () => order.push('pair'));
    order.push('after call');
    await first;
    expect(order).toEqual(['pair', 'after call']);
  });

  it('acquires the keys of a pair in sorted order', async () => {
    const { engine, tracer } = make();
    const locks = engine.createLockTable();
    await locks.withLocks(['zed', 'alpha'], () => null, { owner: 'op 0' });
    const acquired = tracer.events.find((e) => e.kind === 'lock-acquired');
    expect(acquired).toMatchObject({ owner: 'op 0', keys: ['alpha', 'zed'] });
  });

  it('takes the lock of a key named twice once, and does not hang', async () => {
    const { engine, tracer } = make();
    const locks = engine.createLockTable();
    const result = await locks.withLocks(['a', 'a'], () => 'done', { timeoutMs: 1000 });
    expect(result).toBe('done');
    expect(tracer.events.filter((e) => e.kind === 'lock-acquired')).toMatchObject([{ keys: ['a'] }]);
  });

  it('never deadlocks opposite transfers across many seeded runs', async () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { engine, clock } = make();
      const locks = engine.createLockTable();
      const random = new Random(seed);
      const accounts = ['a', 'b', 'c', 'd'];
      const inFlight = new Set<string>();
      const runs = Array.from({ length: 40 }, () => {
        const pair = [random.pick(accounts), random.pick(accounts)];
        return locks.withLocks(pair, async () => {
          for (const key of new Set(pair)) {
            expect(inFlight.has(key)).toBe(false); // mutual exclusion per key
            inFlight.add(key);
          }
          await clock.sleep(random.int(0, 3));
          for (const key of pair) inFlight.delete(key);
        }, { timeoutMs: 10_000 });
      });
      await expect(Promise.all(runs)).resolves.toHaveLength(40);
    }
  });

  it('releases every key when the critical section throws', async () => {
    const { engine } = make();
    const locks = engine.createLockTable();
    await expect(locks.withLocks(['a', 'b'], () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(locks.snapshot()).toEqual([]);
    await expect(locks.withLocks(['a', 'b'], () => 'again')).resolves.toBe('again');
  });

  it('bounds a wait with a timeout that names the holder, and leaves no trace of the waiter', async () => {
    const { engine, clock } = make();
    const locks = engine.createLockTable();
    const holding = locks.withLocks(['k'], () => clock.sleep(100), { owner: 'op 7' });
    const waiting = locks.withLocks(['k'], () => 'never', { owner: 'op 8', timeoutMs: 10 });
    await expect(waiting).rejects.toBeInstanceOf(WaitTimeoutError);
    await expect(waiting).rejects.toMatchObject({ holder: 'op 7', timeoutMs: 10 });
    await holding;
    expect(locks.snapshot()).toEqual([]);
    await expect(locks.withLocks(['k'], () => 'free')).resolves.toBe('free');
  });

  it('bounds a wait with an AbortSignal, keeping the reason as cause', async () => {
    const { engine, clock } = make();
    const locks = engine.createLockTable();
    const holding = locks.withLocks(['k'], () => clock.sleep(50));
    const controller = new AbortController();
    const waiting = locks.withLocks(['k'], () => 'never', { signal: controller.signal });
    controller.abort('stop');
    await expect(waiting).rejects.toBeInstanceOf(WaitAbortedError);
    await expect(waiting).rejects.toMatchObject({ cause: 'stop' });
    await holding;
  });

  it('shows holders and waiters in its snapshot while they wait', async () => {
    const { engine, clock } = make();
    const locks = engine.createLockTable();
    const holding = locks.withLocks(['k'], () => clock.sleep(10), { owner: 'op 0' });
    const waiting = locks.withLocks(['k'], () => null, { owner: 'op 1' });
    expect(locks.snapshot()).toEqual([{ key: 'k', holder: 'op 0', waiting: ['op 1'] }]);
    expect(locks.holderOf('k')).toBe('op 0');
    await Promise.all([holding, waiting]);
    expect(locks.holderOf('k')).toBeUndefined();
  });

  it('deadlocks in as-given order when asked to, and the bounded wait ends it', async () => {
    const { engine, clock } = make();
    const locks = engine.createLockTable();
    const ab = locks.withLocks(['a', 'b'], () => clock.sleep(1), { order: 'as-given', owner: 'A→B', timeoutMs: 100 });
    const ba = locks.withLocks(['b', 'a'], () => clock.sleep(1), { order: 'as-given', owner: 'B→A', timeoutMs: 200 });
    const outcomes = await Promise.allSettled([ab, ba]);
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { holder: 'B→A' } });
    expect(outcomes[1]).toMatchObject({ status: 'fulfilled' });
  });
});
