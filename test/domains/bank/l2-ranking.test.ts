import { describe, expect, it } from 'vitest';
import { BankSystem } from '../../../src/domains/bank/index.ts';

/** The manual's L2 state: outgoing alice 300, bob 100, charlie 300. */
function manualL2(): BankSystem {
  const bank = new BankSystem();
  for (const id of ['alice', 'bob', 'charlie']) bank.createAccount(1, id);
  bank.deposit(2, 'alice', 800);
  bank.deposit(2, 'bob', 300);
  bank.deposit(2, 'charlie', 1100);
  return bank;
}

describe('Bank L2: top spenders', () => {
  it('builds the manual state through transfers and a payment', () => {
    const bank = manualL2();
    expect(bank.transfer(3, 'alice', 'bob', 300)).toBe(500);
    expect(bank.transfer(4, 'bob', 'charlie', 100)).toBe(500);
    expect(bank.pay(5, 'charlie', 300)).toBe('payment1');
  });

  describe('on the manual state', () => {
    const bank = manualL2();
    bank.transfer(3, 'alice', 'bob', 300);
    bank.transfer(4, 'bob', 'charlie', 100);
    bank.pay(5, 'charlie', 300);

    it('ranks by outgoing descending with ties by id ascending', () => {
      expect(bank.topSpenders(6, 2)).toEqual(['alice(300)', 'charlie(300)']);
    });

    it('returns every account when n exceeds the count', () => {
      expect(bank.topSpenders(6, 10)).toEqual(['alice(300)', 'charlie(300)', 'bob(100)']);
    });

    it('returns nothing for n = 0', () => {
      expect(bank.topSpenders(6, 0)).toEqual([]);
    });

    it('drops |n| accounts from the end for a negative n, as Python slicing does', () => {
      expect(bank.topSpenders(6, -1)).toEqual(['alice(300)', 'charlie(300)']);
      expect(bank.topSpenders(6, -3)).toEqual([]);
      expect(bank.topSpenders(6, -10)).toEqual([]);
    });
  });

  it('includes accounts with outgoing 0', () => {
    const bank = manualL2();
    expect(bank.topSpenders(6, 5)).toEqual(['alice(0)', 'bob(0)', 'charlie(0)']);
  });

  it('returns an empty list when there are no accounts', () => {
    expect(new BankSystem().topSpenders(1, 3)).toEqual([]);
  });

  it('breaks ties by code-unit order, not locale order', () => {
    const bank = new BankSystem();
    for (const id of ['b', 'B', 'a']) bank.createAccount(1, id);
    expect(bank.topSpenders(2, 3)).toEqual(['B(0)', 'a(0)', 'b(0)']);
  });
});
