import { describe, expect, it } from 'vitest';
import { BankSystem } from '../../../src/domains/bank/index.ts';
import { withBalances } from './helpers.ts';

/** The manual's L1 state: alice history [[1000,0],[3000,500],[5000,300]], bob 400. */
function manualState(): BankSystem {
  const bank = new BankSystem();
  bank.createAccount(1000, 'alice');
  bank.deposit(3000, 'alice', 500);
  bank.createAccount(1500, 'bob');
  bank.deposit(2000, 'bob', 200);
  bank.transfer(5000, 'alice', 'bob', 200);
  return bank;
}

describe('Bank L4: historical balance', () => {
  it('returns the last balance recorded at or before the time asked', () => {
    expect(manualState().getBalance(10000, 'alice', 4000)).toBe(500);
  });

  it('matches an entry at exactly the time asked', () => {
    expect(manualState().getBalance(10000, 'alice', 5000)).toBe(300);
  });

  it('returns null before the account was created', () => {
    expect(manualState().getBalance(10000, 'alice', 999)).toBeNull();
  });

  it('returns null for a missing account', () => {
    expect(manualState().getBalance(10000, 'zz', 4000)).toBeNull();
  });
});

describe('Bank L4: merge', () => {
  it('folds bob into alice: balances and outgoing add, bob is deleted and remembered', () => {
    const bank = manualState();
    expect(bank.mergeAccounts(10, 'alice', 'bob')).toBe(true);
    expect(bank.accounts['alice']).toEqual({ balance: 700, outgoing: 200, history: [[1000, 0], [3000, 500], [5000, 300], [10, 700]] });
    expect(Object.keys(bank.accounts)).toEqual(['alice']);
    expect(bank.merged_accounts).toEqual({ bob: 'alice' });
  });

  it('adds the outgoing of the absorbed account (the cross-domain variant)', () => {
    const bank = withBalances(new BankSystem(), { alice: 500, bob: 250 });
    bank.transfer(3, 'alice', 'bob', 200);
    bank.pay(4, 'bob', 50);
    expect([bank.accounts['alice']!.balance, bank.accounts['alice']!.outgoing]).toEqual([300, 200]);
    expect([bank.accounts['bob']!.balance, bank.accounts['bob']!.outgoing]).toEqual([400, 50]);
    expect(bank.mergeAccounts(10, 'alice', 'bob')).toBe(true);
    expect([bank.accounts['alice']!.balance, bank.accounts['alice']!.outgoing]).toEqual([700, 250]);
    expect(bank.merged_accounts).toEqual({ bob: 'alice' });
  });

  it('scans history from the end, so an out-of-order merge entry wins (the manual pitfall)', () => {
    const bank = manualState();
    bank.mergeAccounts(10, 'alice', 'bob');
    expect(bank.getBalance(10000, 'alice', 999)).toBe(700);
  });

  it('refuses to merge with a missing account', () => {
    const bank = manualState();
    expect(bank.mergeAccounts(11, 'alice', 'zz')).toBe(false);
    expect(bank.mergeAccounts(11, 'zz', 'alice')).toBe(false);
  });

  it('refuses to merge an account into itself', () => {
    const bank = manualState();
    expect(bank.mergeAccounts(11, 'alice', 'alice')).toBe(false);
    expect(bank.accounts['alice']!.balance).toBe(300);
  });

  it('does not redirect later calls on a merged-away id', () => {
    const bank = manualState();
    bank.mergeAccounts(10, 'alice', 'bob');
    expect(bank.deposit(11, 'bob', 5)).toBeNull();
    expect(bank.createAccount(12, 'bob')).toBe(true);
  });
});

describe('Bank L4: cashback of a merged-away account (gap)', () => {
  const DUE = 86_400_003;

  it('credits the account that absorbed it', () => {
    const bank = withBalances(new BankSystem(), { alice: 0, bob: 100 });
    bank.pay(3, 'bob', 100);
    bank.mergeAccounts(10, 'alice', 'bob');
    expect(bank.topSpenders(DUE, 1)).toEqual(['alice(100)']);
    expect(bank.accounts['alice']!.balance).toBe(2);
    expect(bank.payment['payment1']!.received).toBe(true);
  });

  it('follows chained merges to the surviving account', () => {
    const bank = withBalances(new BankSystem(), { alice: 0, bob: 100, carol: 0 });
    bank.pay(3, 'bob', 100);
    bank.mergeAccounts(10, 'alice', 'bob');
    bank.mergeAccounts(11, 'carol', 'alice');
    bank.topSpenders(DUE, 1);
    expect(bank.accounts['carol']!.balance).toBe(2);
  });

  it('keeps the status query on the original owner id, which no longer exists', () => {
    const bank = withBalances(new BankSystem(), { alice: 0, bob: 100 });
    bank.pay(3, 'bob', 100);
    bank.mergeAccounts(10, 'alice', 'bob');
    expect(bank.getPaymentStatus(DUE, 'bob', 'payment1')).toBeNull();
    expect(bank.getPaymentStatus(DUE, 'alice', 'payment1')).toBeNull();
  });

  it('marks the cashback received without a credit when no account survives', () => {
    const bank = withBalances(new BankSystem(), { alice: 0 });
    bank.backup(2);
    withBalances(bank, { dave: 100 }).pay(3, 'dave', 100);
    bank.restore(4, 2);
    expect(() => bank.topSpenders(DUE, 1)).not.toThrow();
    expect(bank.payment['payment1']!.received).toBe(true);
    expect(bank.accounts['alice']!.balance).toBe(0);
  });
});

describe('Bank L4: backup and restore', () => {
  /** Backups at 3000 (alice 300, bob 200), 5000 (700, 50) and 8000 (100, 900). */
  function threeBackups(): BankSystem {
    const bank = withBalances(new BankSystem(), { alice: 300, bob: 200 });
    expect(bank.backup(3000)).toBeNull();
    bank.transfer(4000, 'bob', 'alice', 150);
    bank.deposit(4000, 'alice', 250);
    bank.backup(5000);
    bank.transfer(7000, 'alice', 'bob', 600);
    bank.deposit(7000, 'bob', 250);
    bank.backup(8000);
    return bank;
  }
  const balances = (bank: BankSystem) => Object.entries(bank.accounts).map(([id, a]) => [id, a.balance]);

  it('keeps each backup as a stamped deep copy of the accounts', () => {
    const bank = threeBackups();
    expect(bank.backups.map(([ts, accounts]) => [ts, accounts['alice']!.balance, accounts['bob']!.balance])).toEqual([
      [3000, 300, 200],
      [5000, 700, 50],
      [8000, 100, 900],
    ]);
  });

  it('restores the latest backup at or before the target time', () => {
    const bank = threeBackups();
    expect(bank.restore(9000, 6000)).toBe(true);
    expect(balances(bank)).toEqual([['alice', 700], ['bob', 50]]);
  });

  it('restores a backup taken at exactly the target time', () => {
    const bank = threeBackups();
    expect(bank.restore(9000, 3000)).toBe(true);
    expect(balances(bank)).toEqual([['alice', 300], ['bob', 200]]);
  });

  it('returns false when no backup is old enough', () => {
    const bank = threeBackups();
    expect(bank.restore(9000, 2999)).toBe(false);
    expect(balances(bank)).toEqual([['alice', 100], ['bob', 900]]);
  });

  it('restores a copy, so later changes leave the backup intact', () => {
    const bank = threeBackups();
    bank.restore(9000, 6000);
    bank.deposit(9001, 'alice', 1);
    expect(bank.restore(9002, 6000)).toBe(true);
    expect(bank.accounts['alice']!.balance).toBe(700);
  });

  it('credits due cashbacks before taking a backup', () => {
    const bank = withBalances(new BankSystem(), { alice: 1000 });
    bank.pay(3, 'alice', 500);
    bank.backup(86_400_003);
    expect(bank.backups[0]![1]['alice']!.balance).toBe(510);
  });

  it('leaves cashbacks due at restore time pending, to be credited to the restored accounts', () => {
    const bank = withBalances(new BankSystem(), { alice: 1000 });
    bank.backup(2);
    bank.pay(3, 'alice', 500);
    expect(bank.restore(86_400_003, 2)).toBe(true);
    expect(bank.payment['payment1']!.received).toBe(false);
    bank.topSpenders(86_400_003, 1);
    expect(bank.accounts['alice']!.balance).toBe(1010);
  });
});
