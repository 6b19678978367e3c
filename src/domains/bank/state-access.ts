import { dict, type Dict } from '../../core/dict.ts';
import type { StateAccess } from '../../core/state-access.ts';
import { BankSystem } from './bank-system.ts';
import type { Account, Payment } from './types.ts';

/**
 * The lock key of the payment ledger (`payment_counter` and `payment`), which `pay` changes whatever
 * account it is for. On one thread the manual needs no lock for it; on threads that share state it
 * must have one, or two pays could take the same payment id. (No account id can start with NUL in
 * practice, so it cannot clash with one.)
 */
export const PAYMENTS_KEY = '\u0000payments';

/** The ledger as one partition. */
interface Ledger {
  readonly payment_counter: number;
  readonly payment: Dict<Payment>;
}

/**
 * Bank's state by lock key: an account id guards that account (balance, outgoing, history); the
 * payments key guards the ledger. The lazy cashback pass that every method runs first reads the whole
 * ledger without its lock: a batch runs it once before any op, at the batch's timestamp, and every
 * payment made in the batch falls due 24 h later, so inside a batch that pass never finds anything due.
 * That is also why threads are handed the ledger's counter with an empty table (`view`): a pay only
 * adds its payment, and scanning a table that grows with every pay would make a batch quadratic.
 */
export const bankState: StateAccess<BankSystem> = {
  create: () => new BankSystem(),
  read(bank, key) {
    if (key === PAYMENTS_KEY) return { payment_counter: bank.payment_counter, payment: bank.payment } satisfies Ledger;
    return bank.accounts[key];
  },
  view(key, partition) {
    if (key !== PAYMENTS_KEY || partition === undefined) return partition;
    return { payment_counter: (partition as Ledger).payment_counter, payment: dict() } satisfies Ledger;
  },
  write(bank, key, partition) {
    if (key === PAYMENTS_KEY) {
      const ledger = partition as Ledger | undefined;
      bank.payment_counter = ledger?.payment_counter ?? 0;
      bank.payment = ledger?.payment ?? dict();
    } else if (partition === undefined) {
      delete bank.accounts[key];
    } else {
      bank.accounts[key] = partition as Account;
    }
  },
};
