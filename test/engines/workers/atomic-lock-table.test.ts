import { describe, expect, test } from 'vitest';
import { WaitTimeoutError } from '../../../src/core/errors.ts';
import { assignTickets } from '../../../src/engines/workers/assign-tickets.ts';
import { openAtomicLockTable } from '../../../src/engines/workers/atomic-lock-table.ts';
import { createLockTableView, type LockMode } from '../../../src/engines/workers/layout.ts';
import { readWaitForGraph } from '../../../src/engines/workers/wait-for-graph.ts';
import { HOLDING_FLAG, newControl, RELEASE_FLAG, type ActorData, type ActorOutcome } from '../../fixtures/workers/lock-actor-protocol.ts';
import { opsByKey, randomOps, runShares, sharedCounters, splitOps, type IncrementOp } from './increment-batch.ts';
import { firstMessage, spawnFixture, until } from './spawn-worker.ts';

const KEYS = 16;
const OPS = 100_000;
const THREADS = 3;

/** Run `ops` on `threads` workers in `mode` and return the counters and each key's recorded order. */
async function runIncrements(mode: LockMode | 'none', ops: readonly IncrementOp[], threads: number) {
  const byKey = opsByKey(ops, KEYS);
  const view = createLockTableView({ slots: KEYS, threads, mode: mode === 'none' ? 'plain' : mode, maxKeys: 2 });
  const tickets = mode === 'fifo' ? assignTickets(view, ops) : undefined;
  const shared = sharedCounters(byKey);
  await runShares(splitOps(ops, threads, tickets), { mode, view, timeoutMs: 10_000, ...shared });
  const orderOf = (key: number): number[] => {
    const base = shared.orderBase[key]!;
    return [...shared.order.subarray(base, base + byKey[key]!.length)];
  };
  return { byKey, view, counters: [...shared.counters], orderOf };
}

/** A lock actor on its own thread, and the promise of its outcome. */
function startActor(data: ActorData): Promise<ActorOutcome> {
  return firstMessage<ActorOutcome>(spawnFixture('lock-actor', data));
}

/** What `fn` throws (undefined if it returns). */
function thrownBy(fn: () => void): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('atomic lock table', () => {
  test.each(['plain', 'fifo'] as const)('%s: threads doing 100,000 random increments under per-key locks lose no update', async (mode) => {
    const { byKey, counters } = await runIncrements(mode, randomOps(7, KEYS, OPS), THREADS);
    expect(counters).toEqual(byKey.map((ops) => ops.length));
  });

  test('fifo: each key runs its ops in ticket order, whatever thread runs them', async () => {
    const { byKey, orderOf } = await runIncrements('fifo', randomOps(11, KEYS, OPS / 2), THREADS);
    for (let key = 0; key < KEYS; key++) expect(orderOf(key)).toEqual(byKey[key]);
  });

  test('fifo: acquisitions that give up pass their turns on; the rest still run in ticket order', async () => {
    const ops = randomOps(13, KEYS, 30_000);
    const view = createLockTableView({ slots: KEYS, threads: THREADS, mode: 'fifo', maxKeys: 2, recordsPerThread: 64 });
    const failed = new Int32Array(new SharedArrayBuffer(ops.length * 4));
    const shared = sharedCounters(opsByKey(ops, KEYS));
    const shares = splitOps(ops, THREADS, assignTickets(view, ops));
    await runShares(shares, { mode: 'fifo', view, timeoutMs: 10_000, giveUpEvery: 7, failed, ...shared });
    const ran = opsByKey(ops, KEYS).map((list) => list.filter((op) => failed[op] === 0));
    expect([...shared.counters]).toEqual(ran.map((list) => list.length));
    ran.forEach((list, key) => expect([...shared.order.subarray(shared.orderBase[key]!, shared.orderBase[key]! + list.length)]).toEqual(list));
    expect(readWaitForGraph(view)).toEqual({ holders: [], waiters: [] });
  });

  test('control: the same batch without locks runs (its losses, if any, are not asserted)', async () => {
    const { byKey, counters } = await runIncrements('none', randomOps(7, KEYS, OPS), THREADS);
    counters.forEach((count, key) => expect(count).toBeLessThanOrEqual(byKey[key]!.length));
  });

  test('plain: pairs taken in opposite directions, sorted, never deadlock', async () => {
    const ops: IncrementOp[] = Array.from({ length: 40_000 }, (_, i) => (i % 2 === 0 ? [3, 9] : [9, 3]));
    // Round-robin over two threads: thread 0 always asks (3, 9), thread 1 always (9, 3).
    const { counters } = await runIncrements('plain', ops, 2);
    expect(counters[3]).toBe(40_000);
    expect(counters[9]).toBe(40_000);
  });

  test.each(['plain', 'fifo'] as const)('%s: a key named twice is taken once', (mode) => {
    const view = createLockTableView({ slots: 4, threads: 1, mode });
    const locks = openAtomicLockTable(view, 0);
    const tickets = mode === 'fifo' ? { tickets: assignTickets(view, [[2, 2]])[0]! } : {};
    const holders = locks.withLocksSync([2, 2], () => locks.holderOf(2), { timeoutMs: 1_000, ...tickets });
    expect(holders).toBe(0);
    expect(locks.holderOf(2)).toBeUndefined();
  });

  test('the locks are released when the critical section throws', () => {
    const view = createLockTableView({ slots: 4, threads: 1, mode: 'plain' });
    const locks = openAtomicLockTable(view, 0);
    expect(() => locks.withLocksSync([0, 1], () => { throw new Error('boom'); }, { timeoutMs: 100 })).toThrow('boom');
    expect([locks.holderOf(0), locks.holderOf(1)]).toEqual([undefined, undefined]);
    expect(locks.withLocksSync([1, 0], () => 'again', { timeoutMs: 0 })).toBe('again');
  });

  test('bad slots, tickets and timeouts are refused before anything is taken', () => {
    const fifo = openAtomicLockTable(createLockTableView({ slots: 4, threads: 1, mode: 'fifo', maxKeys: 2 }), 0);
    const plain = openAtomicLockTable(createLockTableView({ slots: 4, threads: 1, mode: 'plain' }), 0);
    const run = (): void => {};
    expect(() => plain.withLocksSync([4], run, { timeoutMs: 10 })).toThrow(RangeError);
    expect(() => plain.withLocksSync([0], run, { timeoutMs: 10, tickets: [0] })).toThrow(TypeError);
    expect(() => plain.withLocksSync([0], run, { timeoutMs: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => fifo.withLocksSync([0], run, { timeoutMs: 10 })).toThrow(TypeError);
    expect(() => fifo.withLocksSync([0, 0], run, { timeoutMs: 10, tickets: [0, 1] })).toThrow(RangeError);
    expect(() => fifo.withLocksSync([0, 1, 2], run, { timeoutMs: 10, tickets: [0, 0, 0] })).toThrow(RangeError);
    expect(() => openAtomicLockTable(createLockTableView({ slots: 1, threads: 2, mode: 'plain' }), 2)).toThrow(RangeError);
  });

  test.each(['plain', 'fifo'] as const)('%s: a bounded wait on a lock held forever throws WaitTimeoutError naming the holder', async (mode) => {
    const view = createLockTableView({ slots: 2, threads: 2, mode });
    const [holderTickets, mainTickets] = mode === 'fifo' ? assignTickets(view, [[1], [1]]) : [];
    const control = newControl();
    const held = startActor({
      view, control, thread: 1, keys: ['alice', 'bob'],
      take: { slots: [1], timeoutMs: 5_000, ...(holderTickets && { tickets: holderTickets }) },
      whileHolding: 'hold',
    });
    await until(() => Atomics.load(control, HOLDING_FLAG + 1) === 1, 'the holder');
    const locks = openAtomicLockTable(view, 0, { keys: ['alice', 'bob'] });
    const error = thrownBy(() => locks.withLocksSync([1], () => {}, { timeoutMs: 50, ...(mainTickets && { tickets: mainTickets }) }));
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ holder: 'thread 1', resource: 'lock "bob"', timeoutMs: 50 });
    Atomics.store(control, RELEASE_FLAG, 1);
    expect(await held).toEqual({ ok: true });
    // The timed-out acquisition gave up its place: the key is not stuck at its ticket.
    const next = mode === 'fifo' ? { tickets: assignTickets(view, [[1]])[0]! } : {};
    expect(locks.withLocksSync([1], () => 'next', { timeoutMs: 5_000, ...next })).toBe('next');
  });

  test('fifo: with every record still abandoned, a new acquisition waits for an old ticket to pass', async () => {
    const view = createLockTableView({ slots: 2, threads: 2, mode: 'fifo', recordsPerThread: 1 });
    const [first, second, other] = assignTickets(view, [[0], [0], [1]]);
    const control = newControl();
    const holder = startActor({ view, control, thread: 1, take: { slots: [0], tickets: first!, timeoutMs: 5_000 }, whileHolding: 'hold' });
    await until(() => Atomics.load(control, HOLDING_FLAG + 1) === 1, 'the holder');
    // Thread 0 gives up ticket 1 of slot 0 (its only record stays ABANDONED), then wants slot 1.
    const impatient = startActor({
      view, control, thread: 0,
      take: { slots: [0], tickets: second!, timeoutMs: 20 },
      whileHolding: 'release',
      after: { slots: [1], tickets: other!, timeoutMs: 5_000 },
    });
    await until(() => readWaitForGraph(view).waiters.some((w) => w.thread === 0 && w.slot === 0 && w.ticket === 1), 'thread 0 to wait for its old ticket');
    Atomics.store(control, RELEASE_FLAG, 1);
    expect(await holder).toEqual({ ok: true });
    expect(await impatient).toMatchObject({ ok: false, name: 'WaitTimeoutError', after: { ok: true } });
  });

  test('as-given takes one key at a time in the order given; sorted takes the lower slot first', async () => {
    for (const order of ['as-given', 'sorted'] as const) {
      const view = createLockTableView({ slots: 2, threads: 2, mode: 'plain' });
      const control = newControl();
      const holder = startActor({ view, control, thread: 0, take: { slots: [1], timeoutMs: 5_000 }, whileHolding: 'hold' });
      await until(() => Atomics.load(control, HOLDING_FLAG) === 1, 'the holder of slot 1');
      const asker = startActor({ view, control, thread: 1, take: { slots: [1, 0], order, timeoutMs: 5_000 }, whileHolding: 'release' });
      await until(() => readWaitForGraph(view).waiters.length === 1, 'the asker to block');
      const heldByAsker = readWaitForGraph(view).holders.filter((held) => held.thread === 1).map((held) => held.slot);
      expect(heldByAsker).toEqual(order === 'as-given' ? [] : [0]);
      Atomics.store(control, RELEASE_FLAG, 1);
      expect(await Promise.all([holder, asker])).toEqual([{ ok: true }, { ok: true }]);
    }
  });
});
