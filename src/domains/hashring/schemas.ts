import type { BatchSchema, OpSchema } from '../../core/validate.ts';

/**
 * The ops of `batchOperations`. An unknown type still needs a string `key`: the manual reads it and
 * takes its lock before matching the type (and returns `null`).
 */
export const hashRingBatchSchema: BatchSchema = {
  types: {
    store: { key: 'string' },
    route: { key: 'string' },
    remove_key: { key: 'string' },
  },
  unknownType: { key: 'string' },
};

/** One item of `syncReplicas`. */
export const replicaSyncSchema: OpSchema = { source_node: 'string', dest_node: 'string' };
