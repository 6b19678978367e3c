/** State records and op shapes of the Bank system, with the manual's snake_case keys. */
import type { Timed } from '../../core/batch.ts';

/** One balance change: `[timestamp, balance after the change]` (the manual's Python tuple). */
export type HistoryEntry = [number, number];

/** An account as the manual stores it. */
export interface Account {
  balance: number;
  /** Money sent by transfer, paid, merged in or sent externally: the ranking metric of L2. */
  outgoing: number;
  /** Every balance change but cashback credits, starting with `[createTs, 0]`. */
  history: HistoryEntry[];
}

/** A payment and its scheduled 2 % cashback. Payments are never deleted. */
export interface Payment {
  account_id: string;
  cashback_amount: number;
  cashback_time: number;
  received: boolean;
}

/** One backup: `[backup timestamp, deep copy of accounts]`. */
export type Backup = [number, Record<string, Account>];

/** L5: move money between two accounts; locks both, in sorted order. */
export interface TransferOp {
  readonly type: 'transfer';
  readonly source_id: string;
  readonly target_id: string;
  readonly amount: number;
}

/** L5: add money to one account. */
export interface DepositOp {
  readonly type: 'deposit';
  readonly account_id: string;
  readonly amount: number;
}

/** L5: pay from one account, scheduling a cashback. */
export interface PayOp {
  readonly type: 'pay';
  readonly account_id: string;
  readonly amount: number;
}

/** L5: any other type. The manual still reads and locks its `account_id`, then returns `null`. */
export interface OtherOp {
  readonly type: string;
  readonly account_id: string;
}

/** An op of `processBatch`. */
export type BankOp = TransferOp | DepositOp | PayOp | OtherOp;

/** What one L5 op returns: a balance, a payment id, or `null` on failure. */
export type BankOpResult = number | string | null;

/** L6: one transfer to an external bank. */
export interface ExternalTransfer {
  readonly account_id: string;
  readonly amount: number;
}

/** An L5 op with the batch's timestamp, as the op definitions receive it. */
export type BankBatchJob = Timed<BankOp>;

/** An L6 item with the call's timestamp, as the op definitions receive it. */
export interface ExternalTransferJob {
  readonly timestamp: number;
  readonly transfer: ExternalTransfer;
}
