import { bankDescriptor } from '../../../src/domains/bank/descriptor.ts';
import { BankSystem } from '../../../src/domains/bank/index.ts';
import { bound } from '../harness.ts';

export { permitOwners } from '../harness.ts';

/** A bank bound to an event-loop engine on a virtual clock, with a tracer that records everything. */
export function boundBank() {
  const { system: bank, ...rest } = bound(new BankSystem());
  return { bank, ...rest };
}

/** The bank's public state as plain data, for before/after comparisons. */
export function stateOf(bank: BankSystem): unknown {
  return bankDescriptor.state(bank);
}

/** Open accounts at timestamp 1 and give each its balance at timestamp 2. */
export function withBalances(bank: BankSystem, balances: Record<string, number>): BankSystem {
  for (const id of Object.keys(balances)) bank.createAccount(1, id);
  for (const [id, balance] of Object.entries(balances)) if (balance !== 0) bank.deposit(2, id, balance);
  return bank;
}
