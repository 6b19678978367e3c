import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/core/errors.ts';
import type { BankOp, BankSystem, ExternalTransfer } from '../../../src/domains/bank/index.ts';
import { boundBank, stateOf, withBalances } from './helpers.ts';

/** A bank with a cashback due at the timestamp used below, so a lazy-helper run would change state. */
function dueBank(): BankSystem {
  const { bank } = boundBank();
  withBalances(bank, { alice: 1000, bob: 100 }).pay(3, 'alice', 500);
  return bank;
}
const T = 86_400_100;
const ops = (value: unknown) => value as BankOp[];
const items = (value: unknown) => value as ExternalTransfer[];

interface Case {
  readonly call: (bank: BankSystem) => unknown;
  readonly field: string;
  readonly index?: number;
}

const cases: Record<string, Case> = {
  'a batch that is not an array': { call: (b) => b.processBatch(T, ops({ type: 'deposit' })), field: 'operations' },
  'an op missing its amount': {
    call: (b) => b.processBatch(T, ops([{ type: 'deposit', account_id: 'alice', amount: 1 }, { type: 'deposit', account_id: 'alice' }])),
    field: 'amount',
    index: 1,
  },
  'an amount given as a string': { call: (b) => b.processBatch(T, ops([{ type: 'pay', account_id: 'alice', amount: '100' }])), field: 'amount', index: 0 },
  'a fractional amount': { call: (b) => b.processBatch(T, ops([{ type: 'deposit', account_id: 'alice', amount: 1.5 }])), field: 'amount', index: 0 },
  'a transfer with a numeric source id': {
    call: (b) => b.processBatch(T, ops([{ type: 'transfer', source_id: 7, target_id: 'bob', amount: 1 }])),
    field: 'source_id',
    index: 0,
  },
  'an op that is not an object': { call: (b) => b.processBatch(T, ops([{ type: 'deposit', account_id: 'alice', amount: 1 }, null])), field: 'op', index: 1 },
  'an op whose type is not a string': { call: (b) => b.processBatch(T, ops([{ type: 3, account_id: 'alice' }])), field: 'type', index: 0 },
  'an unknown op type without an account_id': { call: (b) => b.processBatch(T, ops([{ type: 'withdraw', amount: 5 }])), field: 'account_id', index: 0 },
  'a non-integer batch timestamp': { call: (b) => b.processBatch(1.5, []), field: 'timestamp' },
  'maxConcurrent 0': { call: (b) => b.processExternalTransfers(T, [{ account_id: 'alice', amount: 1 }], 0), field: 'maxConcurrent' },
  'maxConcurrent 1.5': { call: (b) => b.processExternalTransfers(T, [{ account_id: 'alice', amount: 1 }], 1.5), field: 'maxConcurrent' },
  'an external transfer missing its account id': { call: (b) => b.processExternalTransfers(T, items([{ amount: 1 }]), 2), field: 'account_id', index: 0 },
  'external transfers that are not an array': { call: (b) => b.processExternalTransfers(T, items('alice'), 2), field: 'transfers' },
  'a non-string account id': { call: (b) => b.createAccount(T, 42 as unknown as string), field: 'accountId' },
  'a fractional deposit': { call: (b) => b.deposit(T, 'alice', 0.5), field: 'amount' },
  'a string timestamp': { call: (b) => b.transfer('5' as unknown as number, 'alice', 'bob', 1), field: 'timestamp' },
  'a string n': { call: (b) => b.topSpenders(T, '2' as unknown as number), field: 'n' },
  'a NaN time_at': { call: (b) => b.getBalance(T, 'alice', Number.NaN), field: 'timeAt' },
  'a missing payment id': { call: (b) => b.getPaymentStatus(T, 'alice', undefined as unknown as string), field: 'paymentId' },
  'a numeric second merge id': { call: (b) => b.mergeAccounts(T, 'alice', 1 as unknown as string), field: 'accountId2' },
  'a fractional backup timestamp': { call: (b) => b.backup(0.1), field: 'timestamp' },
  'a null restore target': { call: (b) => b.restore(T, null as unknown as number), field: 'targetTs' },
};

describe('Bank: malformed input', () => {
  it.each(Object.entries(cases))('rejects %s with InvalidInputError and leaves the state untouched', async (_name, { call, field, index }) => {
    const bank = dueBank();
    const before = stateOf(bank);
    const error = await (async () => call(bank))().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ field, index });
    expect(stateOf(bank)).toEqual(before);
    expect(bank.payment['payment1']!.received).toBe(false);
  });

  it('throws synchronously from the L1–L4 methods', () => {
    expect(() => dueBank().deposit(T, 'alice', Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
  });

  it('accepts values the spec defines a result for: negative amounts and missing ids', async () => {
    const bank = dueBank();
    expect(bank.deposit(T, 'alice', -5)).toBe(505);
    expect(await bank.processBatch(T, [{ type: 'pay', account_id: 'ghost', amount: -1 }])).toEqual([null]);
  });
});
