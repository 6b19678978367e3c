import { describe, expect, it } from 'vitest';
import { DeadlockError, WaitAbortedError } from '../../../src/core/errors.ts';
import { Random } from '../../../src/core/random.ts';
import { createKeyedLockTable } from '../../../src/engines/event-loop/keyed-lock-table.ts';
import { createVirtualClock } from '../../../src/engines/event-loop/virtual-clock.ts';
import { createDeadlockDetector } from '../../../src/lab/deadlock/event-loop-detector.ts';
import { takeAsGiven } from '../../../src/lab/deadlock/take-as-given.ts';

/** A lock table watched by a detector, on a virtual clock (a missed deadlock ends at its timeout, instantly). */
function watchedTable() {
  const clock = createVirtualClock();
  const detector = createDeadlockDetector();
  const locks = createKeyedLockTable(clock, detector);
  detector.watch(locks);
  return { clock, detector, locks };
}

describe('the event-loop deadlock detector', () => {
  it('catches a cycle the moment its last waiter queues, aborts that waiter and frees its keys', async () => {
    const { clock, detector, locks } = watchedTable();
    // Op 1 asks for its second key a moment after op 0: its wait is the one that closes the cycle.
    const options = (owner: string, thinkMs: number) => ({
      owner, timeoutMs: 60_000, signalFor: (o: string) => detector.signalFor(o), afterFirst: () => clock.sleep(thinkMs),
    });
    const results = await Promise.allSettled([
      takeAsGiven(locks, ['a', 'b'], () => 'ab', options('op 0', 1)),
      takeAsGiven(locks, ['b', 'a'], () => 'ba', options('op 1', 2)),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 'ab' });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { name: 'DeadlockError', victim: 'op 1' } });
    const error = (results[1] as PromiseRejectedResult).reason as DeadlockError;
    expect(error).toBeInstanceOf(DeadlockError);
    expect(error.cycle).toEqual([
      { owner: 'op 0', holds: ['a'], waitsFor: 'b' },
      { owner: 'op 1', holds: ['b'], waitsFor: 'a' },
    ]);
    expect(error.message).toBe('deadlock: op 0 holds "a", waits for "b"; op 1 holds "b", waits for "a"; op 1 gives up');
    expect(clock.now()).toBe(2); // caught when op 1 queued: no timeout ran
    expect(locks.snapshot()).toEqual([]);
    expect(detector.detections).toHaveLength(1);
  });

  it('catches an op that asks for a key it holds (the same key twice)', async () => {
    const { detector, locks } = watchedTable();
    const signalFor = (owner: string) => detector.signalFor(owner);
    const outcome = takeAsGiven(locks, ['x', 'x'], () => 'never', { owner: 'op 0', timeoutMs: 60_000, signalFor });
    await expect(outcome).rejects.toMatchObject({ name: 'DeadlockError', victim: 'op 0', cycle: [{ owner: 'op 0', holds: ['x'], waitsFor: 'x' }] });
    expect(locks.holderOf('x')).toBeUndefined();
  });

  it("catches a cycle the lock table's own as-given order closes on a later key", async () => {
    const { clock, detector, locks } = watchedTable();
    const ab = locks.withLocks(['a', 'b'], () => clock.sleep(1), { order: 'as-given', owner: 'A→B', timeoutMs: 60_000, signal: detector.signalFor('A→B') });
    const ba = locks.withLocks(['b', 'a'], () => clock.sleep(1), { order: 'as-given', owner: 'B→A', timeoutMs: 60_000, signal: detector.signalFor('B→A') });
    const [first, second] = await Promise.allSettled([ab, ba]);
    const rejected = [first, second].filter((result) => result!.status === 'rejected') as PromiseRejectedResult[];
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(WaitAbortedError);
    expect((rejected[0]!.reason as WaitAbortedError).cause).toBeInstanceOf(DeadlockError);
    expect(clock.now()).toBeLessThan(60_000);
  });

  it('ends every cycle itself, none by a timeout, when many as-given transfers keep forming new ones after hand-offs', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { clock, detector, locks } = watchedTable();
      const random = new Random(seed);
      const keys = ['a', 'b', 'c'].slice(0, random.int(2, 3));
      // Distinct pairs only: a key asked for twice is a self-deadlock, tested above.
      const pairs = Array.from({ length: 60 }, () => {
        const from = random.pick(keys);
        return [from, random.pick(keys.filter((key) => key !== from))];
      });
      const outcomes = await Promise.allSettled(
        pairs.map((pair, i) =>
          locks.withLocks(pair, () => clock.sleep(random.int(0, 2)), { order: 'as-given', owner: `op ${i}`, timeoutMs: 60_000, signal: detector.signalFor(`op ${i}`) }),
        ),
      );
      const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      // Two directions over one pair at once: at least one cycle in every run.
      expect(rejected.length).toBeGreaterThan(0);
      for (const { reason } of rejected) expect((reason as WaitAbortedError).cause).toBeInstanceOf(DeadlockError);
      expect(detector.detections).toHaveLength(rejected.length);
      expect(clock.now()).toBeLessThan(60_000); // no wait ran out
      // Victims still queued get their grants and hand them straight back, microtasks after the last op settled.
      await new Promise((resolve) => setImmediate(resolve));
      expect(locks.snapshot()).toEqual([]);
    }
  });

  it('raises no false alarm on many seeded batches of transfers taken sorted', async () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { clock, detector, locks } = watchedTable();
      const random = new Random(seed);
      const keys = ['a', 'b', 'c', 'd'];
      const ops = Array.from({ length: 40 }, (_, i) =>
        locks.withLocks([random.pick(keys), random.pick(keys)], () => clock.sleep(random.int(0, 3)), { owner: `op ${i}`, signal: detector.signalFor(`op ${i}`) }),
      );
      await Promise.all(ops);
      expect(detector.detections).toEqual([]);
    }
  });
});
