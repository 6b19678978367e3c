import type { BatchSchema, OpSchema } from '../../core/validate.ts';

/**
 * The ops of `processBatch`. An unknown type still needs a string `account_id`: the manual reads it
 * and takes its lock before matching the type (and returns `null`).
 */
export const bankBatchSchema: BatchSchema = {
  types: {
    transfer: { source_id: 'string', target_id: 'string', amount: 'integer' },
    deposit: { account_id: 'string', amount: 'integer' },
    pay: { account_id: 'string', amount: 'integer' },
  },
  unknownType: { account_id: 'string' },
};

/** One item of `processExternalTransfers`. */
export const externalTransferSchema: OpSchema = { account_id: 'string', amount: 'integer' };
