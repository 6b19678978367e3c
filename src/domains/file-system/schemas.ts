import type { BatchSchema, OpSchema } from '../../core/validate.ts';

/**
 * The ops of `batchOperations`. An unknown type needs no other field: the manual matches the type
 * before reading anything else, and answers `false`.
 */
export const fsBatchSchema: BatchSchema = {
  types: {
    add: { path: 'string', size_kb: 'integer' },
    delete: { path: 'string' },
    copy: { source: 'string', dest: 'string' },
  },
  unknownType: {},
};

/** One item of `syncFiles`. */
export const syncTransferSchema: OpSchema = { source: 'string', size_kb: 'integer' };
