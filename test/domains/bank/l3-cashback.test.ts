import { describe, expect, it } from 'vitest';
import { BankSystem } from '../../../src/domains/bank/index.ts';
import { boundBank, withBalances } from './helpers.ts';

/** The manual's L3 example: alice holds 1000 and pays 500 at 1000. */
function paidBank(): BankSystem {
  const bank = withBalances(new BankSystem(), { alice: 1000 });
  bank.pay(1000, 'alice', 500);
  return bank;
}

describe('Bank L3: payments and lazy cashback', () => {
  it('pays, debits the account, counts outgoing and records history', () => {
    const bank = withBalances(new BankSystem(), { alice: 1000 });
    expect(bank.pay(1000, 'alice', 500)).toBe('payment1');
    expect(bank.accounts['alice']).toEqual({ balance: 500, outgoing: 500, history: [[1, 0], [2, 1000], [1000, 500]] });
  });

  it('schedules a 2 % cashback 24 h later, not yet received', () => {
    expect(paidBank().payment['payment1']).toEqual({ account_id: 'alice', cashback_amount: 10, cashback_time: 86401000, received: false });
  });

  it('reports IN_PROGRESS long before the cashback is due', () => {
    expect(paidBank().getPaymentStatus(500, 'alice', 'payment1')).toBe('IN_PROGRESS');
  });

  it('reports IN_PROGRESS one millisecond before the cashback is due', () => {
    const bank = paidBank();
    expect(bank.getPaymentStatus(86400999, 'alice', 'payment1')).toBe('IN_PROGRESS');
    expect(bank.accounts['alice']!.balance).toBe(500);
  });

  it('credits the cashback at exactly its due time (inclusive)', () => {
    const bank = paidBank();
    expect(bank.getPaymentStatus(86401000, 'alice', 'payment1')).toBe('CASHBACK_RECEIVED');
    expect(bank.accounts['alice']!.balance).toBe(510);
  });

  it('reports CASHBACK_RECEIVED after the due time', () => {
    expect(paidBank().getPaymentStatus(86402000, 'alice', 'payment1')).toBe('CASHBACK_RECEIVED');
  });

  it('keeps cashback credits out of history, so getBalance does not see them', () => {
    const bank = paidBank();
    expect(bank.getBalance(86401000, 'alice', 86401000)).toBe(500);
    expect(bank.accounts['alice']!.balance).toBe(510);
    expect(bank.accounts['alice']!.outgoing).toBe(500);
  });

  it('credits a cashback once only', () => {
    const bank = paidBank();
    bank.topSpenders(86401000, 1);
    bank.topSpenders(86402000, 1);
    expect(bank.accounts['alice']!.balance).toBe(510);
  });

  it('does not credit at cashback_time - 1 and credits at cashback_time + 1 (the manual lazy illustration)', () => {
    const bank = paidBank();
    bank.payment['payment1']!.cashback_time = 100;
    bank.topSpenders(99, 1);
    expect(bank.payment['payment1']!.received).toBe(false);
    bank.topSpenders(101, 1);
    expect(bank.payment['payment1']!.received).toBe(true);
    expect(bank.accounts['alice']!.balance).toBe(510);
  });

  it('floors the cashback: a payment of 49 earns 0', () => {
    const bank = withBalances(new BankSystem(), { alice: 100 });
    bank.pay(1, 'alice', 49);
    expect(bank.payment['payment1']!.cashback_amount).toBe(0);
  });

  it('numbers payments with one global counter', () => {
    const bank = withBalances(new BankSystem(), { alice: 100, bob: 100 });
    expect(bank.pay(3, 'alice', 10)).toBe('payment1');
    expect(bank.pay(3, 'bob', 10)).toBe('payment2');
    expect(bank.payment_counter).toBe(2);
  });

  it('returns null for a payment from a missing account', () => {
    expect(paidBank().pay(2000, 'zz', 1)).toBeNull();
  });

  it('returns null for a payment larger than the balance, without using a payment number', () => {
    const bank = withBalances(new BankSystem(), { empty: 0 });
    expect(bank.pay(2000, 'empty', 1)).toBeNull();
    expect(bank.payment_counter).toBe(0);
  });

  it('returns null for the status of a missing account', () => {
    expect(paidBank().getPaymentStatus(2000, 'zz', 'payment1')).toBeNull();
  });

  it('returns null for the status of a missing payment', () => {
    expect(paidBank().getPaymentStatus(2000, 'alice', 'payment9')).toBeNull();
  });

  it("returns null for another account's payment", () => {
    const bank = withBalances(new BankSystem(), { alice: 100, bob: 100 });
    bank.pay(3, 'bob', 50);
    expect(bank.getPaymentStatus(4, 'alice', 'payment1')).toBeNull();
  });

  describe('runs the lazy helper first in every public method', () => {
    const DUE = 86401000;
    const calls: [string, (bank: BankSystem) => unknown][] = [
      ['createAccount', (bank) => bank.createAccount(DUE, 'zed')],
      ['deposit', (bank) => bank.deposit(DUE, 'zz', 1)],
      ['transfer', (bank) => bank.transfer(DUE, 'alice', 'zz', 1)],
      ['topSpenders', (bank) => bank.topSpenders(DUE, 0)],
      ['pay', (bank) => bank.pay(DUE, 'zz', 1)],
      ['getPaymentStatus', (bank) => bank.getPaymentStatus(DUE, 'zz', 'payment1')],
      ['getBalance', (bank) => bank.getBalance(DUE, 'zz', 0)],
      ['mergeAccounts', (bank) => bank.mergeAccounts(DUE, 'alice', 'zz')],
      ['backup', (bank) => bank.backup(DUE)],
      ['processBatch', (bank) => bank.processBatch(DUE, [])],
      ['processExternalTransfers', (bank) => bank.processExternalTransfers(DUE, [], 1)],
    ];
    it.each(calls)('%s credits a due cashback even when it fails', async (_name, call) => {
      const { bank } = boundBank();
      withBalances(bank, { alice: 1000 }).pay(1000, 'alice', 500);
      await call(bank);
      expect(bank.accounts['alice']!.balance).toBe(510);
      expect(bank.payment['payment1']!.received).toBe(true);
    });
  });
});
