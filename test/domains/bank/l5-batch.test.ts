import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import type { BankOp, BankSystem, DepositOp, PayOp, TransferOp } from '../../../src/domains/bank/index.ts';
import { boundBank, stateOf, withBalances } from './helpers.ts';

describe('Bank L5: processBatch', () => {
  it('deposits then transfers, returning the source balance [600, 550] (the manual prints [600, True])', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 500, bob: 0 });
    const results = await bank.processBatch(3, [
      { type: 'deposit', account_id: 'alice', amount: 100 },
      { type: 'transfer', source_id: 'alice', target_id: 'bob', amount: 50 },
    ]);
    expect(results).toEqual([600, 550]);
  });

  it('runs transfer, deposit and a failing pay in input order: [400, 350, null]', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 500, bob: 200 });
    const results = await bank.processBatch(3, [
      { type: 'transfer', source_id: 'alice', target_id: 'bob', amount: 100 },
      { type: 'deposit', account_id: 'bob', amount: 50 },
      { type: 'pay', account_id: 'alice', amount: 1000 },
    ]);
    expect(results).toEqual([400, 350, null]);
  });

  it('returns the payment id of a pay op', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 500 });
    expect(await bank.processBatch(3, [{ type: 'pay', account_id: 'alice', amount: 100 }])).toEqual(['payment1']);
  });

  it('returns null for an unknown op type, after locking its account_id', async () => {
    const { bank, tracer } = boundBank();
    withBalances(bank, { alice: 500 });
    expect(await bank.processBatch(3, [{ type: 'withdraw', account_id: 'alice' }])).toEqual([null]);
    expect(tracer.events.find((e) => e.kind === 'lock-acquired')).toMatchObject({ keys: ['alice'] });
    expect(bank.accounts['alice']!.balance).toBe(500);
  });

  it('takes a same-account transfer lock once and returns null instead of hanging', async () => {
    const { bank, tracer } = boundBank();
    withBalances(bank, { alice: 500 });
    expect(await bank.processBatch(3, [{ type: 'transfer', source_id: 'alice', target_id: 'alice', amount: 5 }])).toEqual([null]);
    expect(tracer.events.filter((e) => e.kind === 'lock-acquired')).toMatchObject([{ keys: ['alice'] }]);
  });

  it('locks the two accounts of a transfer in sorted order', async () => {
    const { bank, tracer } = boundBank();
    withBalances(bank, { alice: 500, bob: 500 });
    await bank.processBatch(3, [{ type: 'transfer', source_id: 'bob', target_id: 'alice', amount: 5 }]);
    expect(tracer.events.find((e) => e.kind === 'lock-acquired')).toMatchObject({ keys: ['alice', 'bob'] });
  });

  it('finishes opposite transfers on the same pair without deadlock', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 500, bob: 500 });
    const results = await bank.processBatch(3, [
      { type: 'transfer', source_id: 'alice', target_id: 'bob', amount: 100 },
      { type: 'transfer', source_id: 'bob', target_id: 'alice', amount: 300 },
      { type: 'transfer', source_id: 'alice', target_id: 'bob', amount: 700 },
    ]);
    expect(results).toEqual([400, 300, 0]);
  });

  it('credits due cashbacks once at the start, even for a batch of unknown ops', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 1000 }).pay(3, 'alice', 500);
    await bank.processBatch(86_400_003, [{ type: 'noop', account_id: 'zz' }]);
    expect(bank.accounts['alice']!.balance).toBe(510);
  });

  it('returns an empty list for an empty batch', async () => {
    const { bank } = boundBank();
    expect(await bank.processBatch(3, [])).toEqual([]);
  });
});

const NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'];

/** A random setup and batch for one seed: hot accounts, missing ids, same-account pairs, unknown types. */
function randomCase(seed: number) {
  const random = new Random(seed);
  const ids = NAMES.slice(0, random.int(2, NAMES.length));
  const balances = Object.fromEntries(ids.map((id) => [id, random.int(0, 800)]));
  const pays = ids.filter(() => random.chance(0.3)).map((id) => [id, random.int(1, 400)] as const);
  const pick = (): string => (random.chance(0.1) ? 'ghost' : random.chance(0.5) ? random.pick(ids.slice(0, 2)) : random.pick(ids));
  const ops: BankOp[] = Array.from({ length: random.int(0, 40) }, () => {
    const amount = random.chance(0.1) ? random.int(1000, 3000) : random.int(0, 300);
    const kind = random.pick(['transfer', 'transfer', 'deposit', 'pay', 'other'] as const);
    if (kind === 'transfer') {
      const source = pick();
      return { type: 'transfer', source_id: source, target_id: random.chance(0.15) ? source : pick(), amount };
    }
    if (kind === 'other') return { type: 'withdraw', account_id: pick() };
    return { type: kind, account_id: pick(), amount };
  });
  const timestamp = random.pick([50, 86_400_003, 86_400_100]);
  return { balances, pays, ops, timestamp };
}

function seeded(bank: BankSystem, { balances, pays }: ReturnType<typeof randomCase>): BankSystem {
  withBalances(bank, balances);
  for (const [id, amount] of pays) bank.pay(3, id, amount);
  return bank;
}

/** The sequential reference: the sync L1–L4 methods, one op after another in input order. */
function runSequentially(bank: BankSystem, timestamp: number, ops: readonly BankOp[]): unknown[] {
  bank.topSpenders(timestamp, 0); // the batch's own lazy-helper run; this read does nothing else
  return ops.map((op) => {
    if (op.type === 'transfer') {
      const t = op as TransferOp;
      return bank.transfer(timestamp, t.source_id, t.target_id, t.amount);
    }
    if (op.type === 'deposit') return bank.deposit(timestamp, op.account_id, (op as DepositOp).amount);
    if (op.type === 'pay') return bank.pay(timestamp, op.account_id, (op as PayOp).amount);
    return null;
  });
}

describe('Bank L5: a batch equals its ops run one by one', () => {
  it('gives the same results and final state as the sequential methods on 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const testCase = randomCase(seed);
      const { bank } = boundBank();
      const results = await seeded(bank, testCase).processBatch(testCase.timestamp, testCase.ops);
      const reference = seeded(boundBank().bank, testCase);
      expect(results, `seed ${seed}`).toEqual(runSequentially(reference, testCase.timestamp, testCase.ops));
      expect(stateOf(bank), `seed ${seed}`).toEqual(stateOf(reference));
    }
  });
});
