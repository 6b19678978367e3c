import { describe, expect, test } from 'vitest';
import { assignTickets } from '../../../src/engines/workers/assign-tickets.ts';
import { abortWait } from '../../../src/engines/workers/atomic-lock-table.ts';
import { createLockTableView, type LockMode } from '../../../src/engines/workers/layout.ts';
import { readWaitForGraph } from '../../../src/engines/workers/wait-for-graph.ts';
import { GO_FLAG, HOLDING_FLAG, newControl, RELEASE_FLAG, type ActorData, type ActorOutcome } from '../../fixtures/workers/lock-actor-protocol.ts';
import { firstMessage, spawnFixture, until } from '../../engines/workers/spawn-worker.ts';

const startActor = (data: ActorData): Promise<ActorOutcome> => firstMessage<ActorOutcome>(spawnFixture('lock-actor', data));
const raise = (control: Int32Array, flag: number): void => {
  Atomics.store(control, flag, 1);
  Atomics.notify(control, flag);
};

describe('abortWait: the watchdog ends a blocked thread’s wait', () => {
  test.each(['plain', 'fifo'] as const)('%s: a thread waiting on a key it holds ends with DeadlockError, and the key is freed', async (mode: LockMode) => {
    const view = createLockTableView({ slots: 2, threads: 1, mode });
    const [outer, inner] = mode === 'fifo' ? assignTickets(view, [[1], [1]]) : [];
    const control = newControl();
    const actor = startActor({
      view, control, thread: 0, keys: ['a', 'b'],
      take: { slots: [1], timeoutMs: 20_000, ...(outer && { tickets: outer }) },
      whileHolding: { then: { slots: [1], timeoutMs: 20_000, ...(inner && { tickets: inner }) } },
    });
    await until(() => Atomics.load(control, HOLDING_FLAG) === 1, 'the actor to hold "b"');
    raise(control, GO_FLAG);
    await until(() => readWaitForGraph(view).waiters.some((w) => w.thread === 0 && w.slot === 1), 'the actor to wait on its own key');
    abortWait(view, 0, 1);
    expect(await actor).toMatchObject({ ok: false, name: 'DeadlockError', code: 'ERR_CONCLAB_DEADLOCK' });
    expect(readWaitForGraph(view)).toEqual({ holders: [], waiters: [] });
  });

  test('the victim’s error names the cycle as it reads it, ending with itself', async () => {
    const view = createLockTableView({ slots: 2, threads: 1, mode: 'plain' });
    const control = newControl();
    const actor = startActor({ view, control, thread: 0, keys: ['a', 'b'], take: { slots: [0], timeoutMs: 20_000 }, whileHolding: { then: { slots: [0], timeoutMs: 20_000 } } });
    await until(() => Atomics.load(control, HOLDING_FLAG) === 1, 'the actor to hold "a"');
    raise(control, GO_FLAG);
    await until(() => readWaitForGraph(view).waiters.length === 1, 'the actor to wait');
    abortWait(view, 0, 0);
    expect(await actor).toMatchObject({ message: 'deadlock: thread 0 holds "a", waits for "a"; thread 0 gives up' });
  });

  test('a request for a thread that is not waiting is dropped when it next acquires', async () => {
    const view = createLockTableView({ slots: 1, threads: 2, mode: 'plain' });
    const control = newControl();
    const holder = startActor({ view, control, thread: 0, take: { slots: [0], timeoutMs: 20_000 }, whileHolding: 'hold' });
    await until(() => Atomics.load(control, HOLDING_FLAG) === 1, 'the holder');
    abortWait(view, 1, 0); // thread 1 is not running yet: nothing to end
    const waiter = startActor({ view, control, thread: 1, take: { slots: [0], timeoutMs: 20_000 }, whileHolding: 'release' });
    await until(() => readWaitForGraph(view).waiters.length === 1, 'thread 1 to wait');
    raise(control, RELEASE_FLAG);
    expect(await Promise.all([holder, waiter])).toEqual([{ ok: true }, { ok: true }]);
  });

  test('refuses a thread or slot out of range', () => {
    const view = createLockTableView({ slots: 2, threads: 1, mode: 'plain' });
    expect(() => abortWait(view, 1, 0)).toThrow(RangeError);
    expect(() => abortWait(view, 0, 2)).toThrow(RangeError);
  });
});
