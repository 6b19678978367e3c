import type { BatchDefinition } from '../../core/batch.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { BankSystem } from './bank-system.ts';
import { withdrawForExternal } from './ledger.ts';
import { PAYMENTS_KEY } from './state-access.ts';

export { bankState } from './state-access.ts';
import type { BankBatchJob, BankOp, BankOpResult, ExternalTransferJob, TransferOp } from './types.ts';

function isTransfer(op: BankOp): op is TransferOp {
  return op.type === 'transfer';
}

/** The amount of a deposit or pay op (validation guarantees it is there). */
function amountOf(op: BankOp): number {
  return (op as { amount: number }).amount;
}

/**
 * L5 `process_batch`: a transfer locks its source and target (the core sorts them, so opposite
 * transfers cannot wait on each other, and takes a same-account pair once, where `transfer` returns
 * `null`); every other op locks its `account_id`, an unknown type included, and returns `null`.
 */
export const bankBatch: BatchDefinition<BankSystem, BankBatchJob, BankOpResult> = {
  portable: { module: import.meta.url, name: 'bankBatch', state: 'bankState' },
  // A pay also takes the payment ledger's key: it hands out the next payment id.
  keys: ({ op }) => (isTransfer(op) ? [op.source_id, op.target_id] : op.type === 'pay' ? [op.account_id, PAYMENTS_KEY] : [op.account_id]),
  run(system, { timestamp, op }) {
    if (isTransfer(op)) return system.transfer(timestamp, op.source_id, op.target_id, op.amount);
    if (op.type === 'deposit') return system.deposit(timestamp, op.account_id, amountOf(op));
    if (op.type === 'pay') return system.pay(timestamp, op.account_id, amountOf(op));
    return null;
  },
};

/**
 * L6 `process_external_transfers`, fail-fast: the check and the debit run under the account's lock
 * before the semaphore, so a missing account or short balance returns `false` without a permit; the
 * 10 ms external call runs under a permit only, never under the lock.
 */
export const externalTransfer: ExternalItemDefinition<BankSystem, ExternalTransferJob, boolean> = {
  portable: { module: import.meta.url, name: 'externalTransfer', state: 'bankState' },
  keys: ({ transfer }) => [transfer.account_id],
  before(system, { timestamp, transfer }) {
    const sent = withdrawForExternal(system.accounts, timestamp, transfer.account_id, transfer.amount);
    return sent ? { proceed: true } : { proceed: false, result: false };
  },
  external: (_system, _job, context) => context.clock.sleep(10),
  after: () => true,
};
