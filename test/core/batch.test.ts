import { describe, expect, it } from 'vitest';
import { runBatch, type BatchDefinition } from '../../src/core/batch.ts';
import { Random } from '../../src/core/random.ts';
import { engineFactories } from './engine-factory.ts';

/** A toy ledger: enough global state (a counter) to see any reordering of ops. */
class Ledger {
  readonly balances = new Map<string, number>();
  receipts = 0;

  add(key: string, amount: number): string {
    this.balances.set(key, (this.balances.get(key) ?? 0) + amount);
    return `r${++this.receipts}:${this.balances.get(key)}`;
  }

  move(from: string, to: string, amount: number): string | null {
    if (from === to || (this.balances.get(from) ?? 0) < amount) return null;
    this.add(from, -amount);
    return this.add(to, amount);
  }
}

type LedgerOp = { kind: 'add'; key: string; amount: number } | { kind: 'move'; from: string; to: string; amount: number };

const ledgerBatch: BatchDefinition<Ledger, LedgerOp, string | null> = {
  keys: (op) => (op.kind === 'add' ? [op.key] : [op.from, op.to]),
  run: (ledger, op) => (op.kind === 'add' ? ledger.add(op.key, op.amount) : ledger.move(op.from, op.to, op.amount)),
};

function randomOps(random: Random, count: number): LedgerOp[] {
  const keys = ['a', 'b', 'c', 'hot'];
  return Array.from({ length: count }, () =>
    random.chance(0.4)
      ? { kind: 'add', key: random.pick(keys), amount: random.int(0, 50) }
      : { kind: 'move', from: random.pick(keys), to: random.pick(keys), amount: random.int(0, 60) },
  );
}

describe.each(engineFactories)('batch runner on %s', (_name, make) => {
  it('returns results in input order, equal to running the ops one by one', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const ops = randomOps(new Random(seed), 60);
      const concurrent = new Ledger();
      const sequential = new Ledger();
      const results = await runBatch(make().engine.createLockTable(), concurrent, ledgerBatch, ops);
      expect(results).toEqual(ops.map((op) => ledgerBatch.run(sequential, op)));
      expect(concurrent).toEqual(sequential);
    }
  });

  it('turns an op that throws into its own error entry and runs the rest', async () => {
    const locks = make().engine.createLockTable();
    const exploding: BatchDefinition<null, number, number> = {
      keys: () => ['k'],
      run: (_system, n) => {
        if (n === 1) throw new Error('bad op');
        return n * 10;
      },
    };
    await expect(runBatch(locks, null, exploding, [0, 1, 2])).resolves.toEqual([0, { error: 'bad op' }, 20]);
    expect(locks.snapshot()).toEqual([]);
  });
});
