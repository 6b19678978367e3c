import { describe, expect, test } from 'vitest';
import { assignTickets } from '../../../src/engines/workers/assign-tickets.ts';
import { openAtomicLockTable } from '../../../src/engines/workers/atomic-lock-table.ts';
import { createLockTableView, type LockMode } from '../../../src/engines/workers/layout.ts';
import { recoverOwner } from '../../../src/engines/workers/recover-owner.ts';
import { readWaitForGraph } from '../../../src/engines/workers/wait-for-graph.ts';
import { HOLDING_FLAG, newControl, RELEASE_FLAG, type ActorData, type ActorOutcome } from '../../fixtures/workers/lock-actor-protocol.ts';
import { exitCode, firstMessage, spawnFixture, until } from './spawn-worker.ts';

const ticketed = (tickets: readonly number[] | undefined): { tickets?: readonly number[] } => (tickets === undefined ? {} : { tickets });

describe('recoverOwner', () => {
  test.each(['plain', 'fifo'] as const)('%s: after a holder calls process.exit(), recovery lets its waiter proceed', async (mode: LockMode) => {
    const view = createLockTableView({ slots: 3, threads: 2, mode });
    const [dead, alive] = mode === 'fifo' ? assignTickets(view, [[0, 1], [1]]) : [];
    const control = newControl();
    const holder = spawnFixture('lock-actor', { view, control, thread: 0, take: { slots: [0, 1], timeoutMs: 5_000, ...ticketed(dead) }, whileHolding: 'exit' } satisfies ActorData);
    const recovered = exitCode(holder).then(() => recoverOwner(view, 0));
    await until(() => Atomics.load(control, HOLDING_FLAG) === 1, 'the doomed holder');
    const waiter = firstMessage<ActorOutcome>(
      spawnFixture('lock-actor', { view, control, thread: 1, take: { slots: [1], timeoutMs: 5_000, ...ticketed(alive) }, whileHolding: 'release' }),
    );
    expect(await waiter).toEqual({ ok: true });
    expect((await recovered).released).toEqual([0, 1]);
    expect(readWaitForGraph(view)).toEqual({ holders: [], waiters: [] });
  });

  test('fifo: a waiter that dies is skipped when its turn comes', async () => {
    const view = createLockTableView({ slots: 1, threads: 3, mode: 'fifo' });
    const [first, doomed, last] = assignTickets(view, [[0], [0], [0]]);
    const control = newControl();
    const start = (thread: number, tickets: readonly number[] | undefined, whileHolding: ActorData['whileHolding']): ReturnType<typeof spawnFixture> =>
      spawnFixture('lock-actor', { view, control, thread, take: { slots: [0], timeoutMs: 5_000, ...ticketed(tickets) }, whileHolding });
    const holder = firstMessage<ActorOutcome>(start(0, first, 'hold'));
    await until(() => Atomics.load(control, HOLDING_FLAG) === 1, 'the holder');
    const victim = start(1, doomed, 'release');
    const survivor = firstMessage<ActorOutcome>(start(2, last, 'release'));
    await until(() => readWaitForGraph(view).waiters.length === 2, 'both waiters to block');
    await victim.terminate();
    expect(recoverOwner(view, 1)).toEqual({ released: [], abandoned: [[0, 1]] });
    Atomics.store(control, RELEASE_FLAG, 1);
    expect(await Promise.all([holder, survivor])).toEqual([{ ok: true }, { ok: true }]);
  });

  test('recovering an idle thread, or twice, changes nothing', () => {
    const view = createLockTableView({ slots: 2, threads: 2, mode: 'fifo' });
    const [mine] = assignTickets(view, [[0, 1]]);
    const locks = openAtomicLockTable(view, 0);
    locks.withLocksSync([0, 1], () => {}, { timeoutMs: 100, tickets: mine! });
    const before = [...view];
    expect(recoverOwner(view, 0)).toEqual({ released: [], abandoned: [] });
    expect(recoverOwner(view, 1)).toEqual({ released: [], abandoned: [] });
    expect([...view]).toEqual(before);
  });
});
