import { stamped } from '../../core/batch.ts';
import { compareStrings, deepCopy, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectPositiveInteger, validateItems, validateOps } from '../../core/validate.ts';
import { credit, debit } from './ledger.ts';
import { bankBatch, externalTransfer } from './ops.ts';
import { bankBatchSchema, externalTransferSchema } from './schemas.ts';
import type { Account, Backup, BankOp, BankOpResult, ExternalTransfer, Payment } from './types.ts';

/** 24 h in ms: a payment's cashback falls due this long after it. */
const CASHBACK_DELAY = 86_400_000;

/**
 * The manual's `BankSystem`: accounts with balance, outgoing total and balance history; payments with
 * a 2 % cashback credited lazily 24 h later; historical balances; merges; backups; an L5 batch under
 * per-account locks and an L6 fail-fast external transfer.
 * @example
 * const bank = new BankSystem();
 * bank.createAccount(1, 'alice');
 * bank.deposit(2, 'alice', 500); // 500
 */
export class BankSystem {
  /** account_id → account, in creation order. */
  accounts: Dict<Account> = dict();
  /** The last payment number handed out: ids are `payment1`, `payment2`, … and never reused. */
  payment_counter = 0;
  /** payment_id → payment, kept forever. */
  payment: Dict<Payment> = dict();
  /** absorbed account id → the account it was merged into. */
  merged_accounts: Dict<string> = dict();
  /** `[timestamp, accounts copy]` in the order `backup` was called. */
  backups: Backup[] = [];
  #runtime = new Runtime();
  /**
   * While a batch runs: its timestamp, by which every due cashback has been credited. Every op of the
   * batch calls the lazy helper again at that same timestamp, and every payment made in the batch falls
   * due 24 h later, so those calls can find nothing due; skipping their scan of the whole ledger keeps a
   * batch linear in its size instead of quadratic.
   */
  #settledAt: number | undefined;

  /** The manual's `account_locks` (`defaultdict(asyncio.Lock)`): one lock per account id, made on first use. */
  get account_locks(): LockTable {
    return this.#runtime.locks;
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /**
   * Open an account with balance 0.
   * @returns `false` when the id is taken (nothing is overwritten), else `true`.
   * @throws InvalidInputError on a non-integer timestamp or a non-string id.
   */
  createAccount(timestamp: number, accountId: string): boolean {
    expectArgs(timestamp, { accountId });
    this.#processCashbacks(timestamp);
    if (has(this.accounts, accountId)) return false;
    this.accounts[accountId] = { balance: 0, outgoing: 0, history: [[timestamp, 0]] };
    return true;
  }

  /**
   * Add `amount` (any integer, as the manual does not check it) to an account.
   * @returns the new balance, or `null` when the account does not exist.
   */
  deposit(timestamp: number, accountId: string, amount: number): number | null {
    expectArgs(timestamp, { accountId });
    expectInteger(amount, 'amount');
    this.#processCashbacks(timestamp);
    const account = this.accounts[accountId];
    return account === undefined ? null : credit(account, timestamp, amount);
  }

  /**
   * Move `amount` from source to target; only the source's `outgoing` grows.
   * @returns the SOURCE's new balance, or `null` when either is missing, they are the same account, or
   * the source holds less than `amount` (checked in that order).
   */
  transfer(timestamp: number, sourceId: string, targetId: string, amount: number): number | null {
    expectArgs(timestamp, { sourceId, targetId });
    expectInteger(amount, 'amount');
    this.#processCashbacks(timestamp);
    const source = this.accounts[sourceId];
    const target = this.accounts[targetId];
    if (source === undefined || target === undefined || sourceId === targetId) return null;
    if (source.balance < amount) return null;
    const balance = debit(source, timestamp, amount);
    credit(target, timestamp, amount);
    return balance;
  }

  /**
   * The first `n` accounts by outgoing, highest first, ties by id, as `"id(outgoing)"`. `n` slices as
   * Python's `result[:n]` does.
   */
  topSpenders(timestamp: number, n: number): string[] {
    expectInteger(timestamp, 'timestamp');
    expectInteger(n, 'n');
    this.#processCashbacks(timestamp);
    const ranked = Object.entries(this.accounts).sort(
      ([idA, a], [idB, b]) => b.outgoing - a.outgoing || compareStrings(idA, idB),
    );
    // Decision: a negative `n` drops |n| accounts from the end, as Python's `result[:n]` (and JS slice) do.
    return ranked.map(([id, account]) => `${id}(${account.outgoing})`).slice(0, n);
  }

  /**
   * Pay `amount` from an account and schedule a cashback of `amount * 2 // 100` due 24 h later.
   * @returns the new payment id (`"payment1"`, …), or `null` when the account is missing or short.
   */
  pay(timestamp: number, accountId: string, amount: number): string | null {
    expectArgs(timestamp, { accountId });
    expectInteger(amount, 'amount');
    this.#processCashbacks(timestamp);
    const account = this.accounts[accountId];
    if (account === undefined || account.balance < amount) return null;
    debit(account, timestamp, amount);
    this.payment_counter += 1;
    const paymentId = `payment${this.payment_counter}`;
    const cashback = Math.floor((amount * 2) / 100);
    this.payment[paymentId] = { account_id: accountId, cashback_amount: cashback, cashback_time: timestamp + CASHBACK_DELAY, received: false };
    return paymentId;
  }

  /**
   * Whether a payment's cashback has been credited, after crediting every cashback due by `timestamp`.
   * @returns `null` when the account or payment is missing or the payment is another account's.
   */
  getPaymentStatus(timestamp: number, accountId: string, paymentId: string): 'IN_PROGRESS' | 'CASHBACK_RECEIVED' | null {
    expectArgs(timestamp, { accountId, paymentId });
    this.#processCashbacks(timestamp);
    const payment = this.payment[paymentId];
    if (!has(this.accounts, accountId) || payment === undefined) return null;
    if (payment.account_id !== accountId) return null;
    return payment.received ? 'CASHBACK_RECEIVED' : 'IN_PROGRESS';
  }

  /**
   * The balance recorded last at or before `timeAt`, scanning history from the end. Cashback credits
   * are not in history, so they do not show here.
   * @returns `null` when the account is missing or nothing was recorded by `timeAt`.
   */
  getBalance(timestamp: number, accountId: string, timeAt: number): number | null {
    expectArgs(timestamp, { accountId });
    expectInteger(timeAt, 'timeAt');
    this.#processCashbacks(timestamp);
    const account = this.accounts[accountId];
    if (account === undefined) return null;
    const entry = account.history.findLast(([ts]) => ts <= timeAt);
    return entry === undefined ? null : entry[1];
  }

  /**
   * Fold account 2 into account 1 (balance and outgoing add up; account 2's history is dropped) and
   * delete account 2, remembering where it went in `merged_accounts`.
   * @returns `false` when either is missing or they are the same account.
   */
  mergeAccounts(timestamp: number, accountId1: string, accountId2: string): boolean {
    expectArgs(timestamp, { accountId1, accountId2 });
    this.#processCashbacks(timestamp);
    const kept = this.accounts[accountId1];
    const absorbed = this.accounts[accountId2];
    if (kept === undefined || absorbed === undefined || accountId1 === accountId2) return false;
    kept.outgoing += absorbed.outgoing;
    credit(kept, timestamp, absorbed.balance);
    this.merged_accounts[accountId2] = accountId1;
    delete this.accounts[accountId2];
    return true;
  }

  /** Keep a deep copy of every account, stamped `timestamp`. Payments and merges are not part of it. */
  backup(timestamp: number): null {
    expectInteger(timestamp, 'timestamp');
    // Decision: unlike the cross-domain listing, backup credits due cashbacks first, so the copy is the
    // state as of `timestamp` and a later restore cannot lose a cashback already marked received.
    this.#processCashbacks(timestamp);
    this.backups.push([timestamp, deepCopy(this.accounts)]);
    return null;
  }

  /**
   * Replace the accounts with a copy of the last backup taken at or before `targetTs`.
   * @returns `false` when there is none.
   */
  restore(timestamp: number, targetTs: number): boolean {
    expectInteger(timestamp, 'timestamp');
    expectInteger(targetTs, 'targetTs');
    // Decision: restore does not run the lazy helper (as in the manual's listing): cashbacks due now
    // stay pending and are credited to the restored accounts by the next call, instead of being
    // credited to accounts that are about to be thrown away.
    const best = this.backups.findLast(([backupTs]) => backupTs <= targetTs);
    if (best === undefined) return false;
    this.accounts = deepCopy(best[1]);
    return true;
  }

  /**
   * L5: run every op under its account locks, all at once; the results, in input order, equal running
   * the ops one by one. Cashbacks due by `timestamp` are credited first.
   * @throws InvalidInputError (as a rejection, before any change) on a malformed op, naming its index.
   * @example
   * await bank.processBatch(3, [{ type: 'deposit', account_id: 'alice', amount: 100 }]); // [600]
   */
  async processBatch(timestamp: number, operations: readonly BankOp[]): Promise<(BankOpResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(operations, bankBatchSchema);
    this.#processCashbacks(timestamp);
    this.#settledAt = timestamp;
    try {
      return await this.#runtime.batch(this, bankBatch, stamped(timestamp, operations));
    } finally {
      this.#settledAt = undefined;
    }
  }

  /**
   * L6, fail-fast: debit each transfer under its account's lock, then send it through at most
   * `maxConcurrent` 10 ms external calls at once. A missing account or short balance is `false` at
   * once and never takes a permit.
   * @returns one boolean per transfer, in input order.
   */
  async processExternalTransfers(timestamp: number, transfers: readonly ExternalTransfer[], maxConcurrent: number): Promise<boolean[]> {
    expectInteger(timestamp, 'timestamp');
    validateItems(transfers, externalTransferSchema, 'transfers');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    this.#processCashbacks(timestamp);
    const jobs = transfers.map((transfer) => ({ timestamp, transfer }));
    return this.#runtime.rateLimited(this, externalTransfer, 'fail-fast', jobs, maxConcurrent);
  }

  /** The manual's `_process_cashbacks`: credit every unreceived cashback due by `timestamp` (no history entry). */
  #processCashbacks(timestamp: number): void {
    if (timestamp === this.#settledAt) return;
    for (const payment of Object.values(this.payment)) {
      if (payment.received || timestamp < payment.cashback_time) continue;
      const owner = this.#survivorOf(payment.account_id);
      if (owner !== undefined) this.accounts[owner]!.balance += payment.cashback_amount;
      payment.received = true;
    }
  }

  /**
   * Decision: the manual raises KeyError when a due payment's account was merged away. conclab follows
   * `merged_accounts` (through chained merges) to the account that absorbed it and credits that one;
   * when no account survives (a restore dropped it), the cashback is marked received without a credit.
   */
  #survivorOf(accountId: string): string | undefined {
    const seen = new Set<string>();
    let current = accountId;
    while (!has(this.accounts, current)) {
      const next = this.merged_accounts[current];
      if (next === undefined || seen.has(current)) return undefined;
      seen.add(current);
      current = next;
    }
    return current;
  }
}
