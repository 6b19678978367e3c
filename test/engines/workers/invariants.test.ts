import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { BankSystem, type TransferOp } from '../../../src/domains/bank/index.ts';
import { TaskQueue } from '../../../src/domains/task-queue/index.ts';
import { workerEngineForFile } from './worker-engine-fixture.ts';

const ACCOUNTS = Array.from({ length: 16 }, (_, i) => `acct${i}`);
const TRANSFERS = 100_000;

/** 100,000 random transfers among 16 accounts, a third of them on two hot accounts, some too large. */
function randomTransfers(seed: number): TransferOp[] {
  const random = new Random(seed);
  const pick = (): string => (random.chance(0.33) ? random.pick(ACCOUNTS.slice(0, 2)) : random.pick(ACCOUNTS));
  return Array.from({ length: TRANSFERS }, () => ({ type: 'transfer', source_id: pick(), target_id: pick(), amount: random.int(1, 150) }));
}

// Real threads over 100,000 ops: seconds, not the default 5 s per test.
describe.each(['fifo', 'plain'] as const)('worker engine invariants (%s locks, 2 threads)', { timeout: 60_000 }, (lockMode) => {
  const engine = workerEngineForFile({ lockMode });

  it('conserves the total balance and loses no update over 100,000 concurrent transfers', async () => {
    const bank = new BankSystem().useEngine(engine);
    for (const id of ACCOUNTS) {
      bank.createAccount(1, id);
      bank.deposit(2, id, 1_000);
    }
    const ops = randomTransfers(lockMode === 'fifo' ? 1 : 2);
    const results = await bank.processBatch(3, ops);
    // Conservation: money only moves.
    const total = ACCOUNTS.reduce((sum, id) => sum + bank.accounts[id]!.balance, 0);
    expect(total).toBe(ACCOUNTS.length * 1_000);
    // No lost update: each account's balance is exactly what the transfers that went through make it,
    // and each of them left one history entry on each side.
    const expected = new Map(ACCOUNTS.map((id) => [id, 1_000]));
    const entries = new Map(ACCOUNTS.map((id) => [id, 2]));
    ops.forEach((op, index) => {
      if (results[index] === null) return;
      expect(typeof results[index]).toBe('number');
      expected.set(op.source_id, expected.get(op.source_id)! - op.amount);
      expected.set(op.target_id, expected.get(op.target_id)! + op.amount);
      entries.set(op.source_id, entries.get(op.source_id)! + 1);
      entries.set(op.target_id, entries.get(op.target_id)! + 1);
    });
    for (const id of ACCOUNTS) {
      expect(bank.accounts[id]!.balance).toBe(expected.get(id));
      expect(bank.accounts[id]!.history).toHaveLength(entries.get(id)!);
      expect(bank.accounts[id]!.balance).toBeGreaterThanOrEqual(0);
    }
  });

  it('runs every pool task exactly once across real threads', async () => {
    const queue = new TaskQueue().useEngine(engine);
    const random = new Random(7);
    for (let i = 0; i < 40; i++) queue.addTaskWithDeps(0, `t${i}`, random.int(0, 5), i > 0 && random.chance(0.3) ? [`t${random.int(0, i - 1)}`] : []);
    const order = await queue.runWorkers(0, 4);
    expect([...order].sort()).toEqual(Object.keys(queue.tasks).sort());
    expect(new Set(order).size).toBe(order.length);
    expect(Object.values(queue.tasks).every((task) => task.status === 'COMPLETED')).toBe(true);
    // Completion order respects dependencies: a task completes after every task it depends on.
    const at = new Map(order.map((id, index) => [id, index]));
    for (const [id, task] of Object.entries(queue.tasks)) for (const dep of task.dependencies) expect(at.get(dep)!).toBeLessThan(at.get(id)!);
  });
});
