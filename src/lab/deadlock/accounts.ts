/**
 * The accounts the lab's transfers move money between: one balance per account in an `Int32Array`
 * (on shared memory for worker threads), indexed like the lock slots. The lock is the lab's subject;
 * the balances only show that what the locks protect stays whole (money is conserved).
 */
import { OPENING_BALANCE, type Scenario } from './scenarios.ts';

/**
 * The opening balances of a scenario's accounts.
 * @param shared true for worker threads: the array lives on a `SharedArrayBuffer`.
 */
export function openAccounts(scenario: Scenario, shared: boolean): Int32Array {
  const bytes = scenario.accounts.length * Int32Array.BYTES_PER_ELEMENT;
  return new Int32Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)).fill(OPENING_BALANCE);
}

/**
 * Move `amount` from account `from` to account `to`, as the manual's `transfer` does: the caller holds
 * both accounts' locks.
 * @returns the source's new balance, or `null` (the spec's failure value) for the same account twice or
 *   a short balance.
 */
export function transfer(balances: Int32Array, from: number, to: number, amount: number): number | null {
  const source = balances[from];
  if (from === to || source === undefined || balances[to] === undefined || source < amount) return null;
  balances[from] = source - amount;
  balances[to] = (balances[to] ?? 0) + amount;
  return source - amount;
}

/** The balances by account name. */
export function balancesByName(scenario: Scenario, balances: Int32Array): Record<string, number> {
  return Object.fromEntries(scenario.accounts.map((account, slot) => [account, balances[slot] ?? 0]));
}
