/**
 * Bank's L5 batch under ONE global lock instead of a lock per account: the same critical section,
 * every op keyed to a single NUL-led key that guards every account. Portable, so the worker engine
 * runs it too; it is what "one global lock vs per-key locks" measures.
 */
import type { BatchDefinition } from '../../core/batch.ts';
import { dict, type Dict } from '../../core/dict.ts';
import type { StateAccess } from '../../core/state-access.ts';
import { BankSystem } from '../../domains/bank/bank-system.ts';
import { bankBatch } from '../../domains/bank/ops.ts';
import type { Account, BankBatchJob, BankOpResult, Payment } from '../../domains/bank/types.ts';

/** The one lock every op takes (NUL-led, so no account id can be the same string). */
const GLOBAL_KEY = '\u0000global';

/** Everything the global key guards: the whole bank. */
interface WholeBank {
  readonly accounts: Dict<Account>;
  readonly payment_counter: number;
  readonly payment: Dict<Payment>;
}

/** Bank's state with one partition: the global key guards all of it. */
export const globalBankState: StateAccess<BankSystem> = {
  create: () => new BankSystem(),
  read: (bank, key) => (key === GLOBAL_KEY ? ({ accounts: bank.accounts, payment_counter: bank.payment_counter, payment: bank.payment } satisfies WholeBank) : undefined),
  write(bank, key, partition) {
    if (key !== GLOBAL_KEY) return;
    const whole = partition as WholeBank | undefined;
    bank.accounts = whole?.accounts ?? dict();
    bank.payment_counter = whole?.payment_counter ?? 0;
    bank.payment = whole?.payment ?? dict();
  },
};

/** Bank's batch, every op under the global lock: at most one op runs at a time, on any thread. */
export const globalBankBatch: BatchDefinition<BankSystem, BankBatchJob, BankOpResult> = {
  portable: { module: import.meta.url, name: 'globalBankBatch', state: 'globalBankState' },
  keys: () => [GLOBAL_KEY],
  run: (system, job) => bankBatch.run(system, job),
};
