import { has, type Dict } from '../../core/dict.ts';
import type { Account } from './types.ts';

/** Add `amount` to an account and record the new balance; returns it. */
export function credit(account: Account, timestamp: number, amount: number): number {
  account.balance += amount;
  account.history.push([timestamp, account.balance]);
  return account.balance;
}

/** Take `amount` out of an account as spending (it counts toward `outgoing`); returns the new balance. */
export function debit(account: Account, timestamp: number, amount: number): number {
  account.balance -= amount;
  account.outgoing += amount;
  account.history.push([timestamp, account.balance]);
  return account.balance;
}

/**
 * The local half of an L6 external transfer: debit the account if it exists and holds `amount`
 * (an equal balance is enough). No payment or cashback is recorded.
 * @returns whether the money left the account.
 */
export function withdrawForExternal(accounts: Dict<Account>, timestamp: number, accountId: string, amount: number): boolean {
  if (!has(accounts, accountId)) return false;
  const account = accounts[accountId]!;
  if (account.balance < amount) return false;
  debit(account, timestamp, amount);
  return true;
}
