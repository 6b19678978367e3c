/** The Bank system: accounts, lazy cashbacks, merges, an L5 pair-lock batch and L6 fail-fast transfers. */
export { BankSystem } from './bank-system.ts';
export { bankDescriptor } from './descriptor.ts';
export { bankBatch, externalTransfer } from './ops.ts';
export { bankBatchSchema, externalTransferSchema } from './schemas.ts';
export type {
  Account,
  Backup,
  BankBatchJob,
  BankOp,
  BankOpResult,
  DepositOp,
  ExternalTransfer,
  ExternalTransferJob,
  HistoryEntry,
  OtherOp,
  PayOp,
  Payment,
  TransferOp,
} from './types.ts';
