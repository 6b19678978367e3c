import { describe, expect, test } from 'vitest';
import { assignTickets } from '../../../src/engines/workers/assign-tickets.ts';
import { createLockTableView, type LockMode } from '../../../src/engines/workers/layout.ts';
import { readWaitForGraph } from '../../../src/engines/workers/wait-for-graph.ts';
import { GO_FLAG, HOLDING_FLAG, newControl, RELEASE_FLAG, type ActorOutcome } from '../../fixtures/workers/lock-actor-protocol.ts';
import { firstMessage, spawnFixture, until } from './spawn-worker.ts';

describe('readWaitForGraph', () => {
  test('an idle table has no holders and no waiters', () => {
    const view = createLockTableView({ slots: 3, threads: 2, mode: 'plain' });
    expect(readWaitForGraph(view)).toEqual({ holders: [], waiters: [] });
  });

  test.each(['plain', 'fifo'] as const)('%s: sees a blocked thread, and its holder, without stopping anyone', async (mode: LockMode) => {
    const view = createLockTableView({ slots: 4, threads: 2, mode });
    const [first, second] = mode === 'fifo' ? assignTickets(view, [[2], [2]]) : [];
    const control = newControl();
    const holder = firstMessage<ActorOutcome>(
      spawnFixture('lock-actor', { view, control, thread: 0, take: { slots: [2], timeoutMs: 5_000, ...(first && { tickets: first }) }, whileHolding: 'hold' }),
    );
    await until(() => Atomics.load(control, HOLDING_FLAG) === 1, 'the holder');
    const waiter = firstMessage<ActorOutcome>(
      spawnFixture('lock-actor', { view, control, thread: 1, take: { slots: [2], timeoutMs: 5_000, ...(second && { tickets: second }) }, whileHolding: 'release' }),
    );
    await until(() => readWaitForGraph(view).waiters.length === 1, 'the waiter to show in the graph');
    expect(readWaitForGraph(view)).toEqual({
      holders: [{ slot: 2, thread: 0 }],
      waiters: [{ thread: 1, slot: 2, holder: 0, ticket: mode === 'fifo' ? 1 : undefined, serving: mode === 'fifo' ? 0 : undefined }],
    });
    Atomics.store(control, RELEASE_FLAG, 1);
    expect(await Promise.all([holder, waiter])).toEqual([{ ok: true }, { ok: true }]);
    expect(readWaitForGraph(view)).toEqual({ holders: [], waiters: [] });
  });

  test('shows a deadlock cycle (nested acquisitions, as in the as-given demo), which a bounded wait then breaks', async () => {
    const view = createLockTableView({ slots: 2, threads: 2, mode: 'plain' });
    const control = newControl();
    const actor = (thread: number, mine: number, theirs: number): Promise<ActorOutcome> =>
      firstMessage(spawnFixture('lock-actor', {
        view, control, thread, keys: ['a', 'b'],
        take: { slots: [mine], timeoutMs: 5_000 },
        whileHolding: { then: { slots: [theirs], timeoutMs: 1_000 } },
      }));
    const running = Promise.all([actor(0, 0, 1), actor(1, 1, 0)]);
    await until(() => Atomics.load(control, HOLDING_FLAG) + Atomics.load(control, HOLDING_FLAG + 1) === 2, 'both to hold one key');
    Atomics.store(control, GO_FLAG, 1);
    Atomics.notify(control, GO_FLAG);
    await until(() => readWaitForGraph(view).waiters.length === 2, 'both to wait for the other');
    const { waiters } = readWaitForGraph(view);
    expect(waiters.map(({ thread, holder }) => [thread, holder])).toEqual([[0, 1], [1, 0]]);
    // The first to time out releases its key, so the other may still get through before its own deadline.
    const outcomes = await running;
    expect(outcomes.some((outcome) => !outcome.ok)).toBe(true);
    outcomes.forEach((outcome, thread) => {
      if (!outcome.ok) expect(outcome).toMatchObject({ name: 'WaitTimeoutError', holder: `thread ${1 - thread}` });
    });
  });
});
