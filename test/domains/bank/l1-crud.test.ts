import { describe, expect, it } from 'vitest';
import { BankSystem } from '../../../src/domains/bank/index.ts';

/** The manual's L1 walk-through: alice, then bob, then a transfer. */
function manualL1(): BankSystem {
  const bank = new BankSystem();
  bank.createAccount(1000, 'alice');
  bank.deposit(3000, 'alice', 500);
  bank.createAccount(1500, 'bob');
  bank.deposit(2000, 'bob', 200);
  return bank;
}

describe('Bank L1: accounts, deposits, transfers', () => {
  it('creates an account with balance 0, outgoing 0 and one history entry', () => {
    const bank = new BankSystem();
    expect(bank.createAccount(1000, 'alice')).toBe(true);
    expect(bank.accounts['alice']).toEqual({ balance: 0, outgoing: 0, history: [[1000, 0]] });
  });

  it('deposits into an account and returns the new balance', () => {
    const bank = new BankSystem();
    bank.createAccount(1000, 'alice');
    expect(bank.deposit(3000, 'alice', 500)).toBe(500);
    expect(bank.accounts['alice']).toEqual({ balance: 500, outgoing: 0, history: [[1000, 0], [3000, 500]] });
  });

  it('sets up bob with 200 and no outgoing', () => {
    const bank = manualL1();
    expect(bank.accounts['bob']).toEqual({ balance: 200, outgoing: 0, history: [[1500, 0], [2000, 200]] });
  });

  it('transfers and returns the source balance, growing only the source outgoing', () => {
    const bank = manualL1();
    expect(bank.transfer(5000, 'alice', 'bob', 200)).toBe(300);
    expect(bank.accounts['alice']).toEqual({ balance: 300, outgoing: 200, history: [[1000, 0], [3000, 500], [5000, 300]] });
    expect(bank.accounts['bob']).toEqual({ balance: 400, outgoing: 0, history: [[1500, 0], [2000, 200], [5000, 400]] });
  });

  it('rejects a duplicate account id without overwriting it', () => {
    const bank = manualL1();
    expect(bank.createAccount(6000, 'alice')).toBe(false);
    expect(bank.accounts['alice']!.balance).toBe(500);
  });

  it('returns null for a deposit into a missing account', () => {
    expect(manualL1().deposit(6000, 'zz', 5)).toBeNull();
  });

  it('returns null for a transfer to a missing target', () => {
    expect(manualL1().transfer(6000, 'alice', 'zz', 1)).toBeNull();
  });

  it('returns null for a transfer from a missing source', () => {
    expect(manualL1().transfer(6000, 'zz', 'alice', 1)).toBeNull();
  });

  it('returns null for a transfer to the same account', () => {
    const bank = manualL1();
    expect(bank.transfer(6000, 'alice', 'alice', 1)).toBeNull();
    expect(bank.accounts['alice']!.history).toHaveLength(2);
  });

  it('returns null for a transfer larger than the source balance and changes nothing', () => {
    const bank = manualL1();
    bank.transfer(5000, 'alice', 'bob', 200);
    const before = structuredClone(bank.accounts['alice']);
    expect(bank.transfer(6000, 'alice', 'bob', 301)).toBeNull();
    expect(bank.accounts['alice']).toEqual(before);
  });

  it('allows a transfer of exactly the whole balance, returning 0', () => {
    const bank = manualL1();
    expect(bank.transfer(6000, 'alice', 'bob', 500)).toBe(0);
  });

  it('accepts zero and negative deposits as the manual does', () => {
    const bank = manualL1();
    expect(bank.deposit(6000, 'alice', 0)).toBe(500);
    expect(bank.deposit(6001, 'alice', -100)).toBe(400);
  });

  it('treats ids such as "constructor" and "__proto__" as plain account ids', () => {
    const bank = new BankSystem();
    expect(bank.deposit(1, 'constructor', 5)).toBeNull();
    expect(bank.createAccount(1, '__proto__')).toBe(true);
    expect(bank.deposit(2, '__proto__', 7)).toBe(7);
    expect(Object.keys(bank.accounts)).toEqual(['__proto__']);
  });
});
