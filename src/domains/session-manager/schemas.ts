import type { BatchSchema, OpSchema } from '../../core/validate.ts';

/**
 * The ops of `batchOperations`. An unknown type needs no field: the manual reads `session_id` only
 * inside the known branches, and answers `false` for any other type.
 */
export const sessionBatchSchema: BatchSchema = {
  types: {
    create: { session_id: 'string', user_id: 'string' },
    get: { session_id: 'string' },
    end: { session_id: 'string' },
  },
  unknownType: {},
};

/** One item of `syncSessions`. */
export const sessionTransferSchema: OpSchema = { session_id: 'string' };
