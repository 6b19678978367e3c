import type { BatchSchema, OpSchema } from '../../core/validate.ts';

/**
 * The ops of `batchRequests`. An unknown type still needs a string `request_id`: the manual reads it
 * and takes its lock before matching the type (and returns `null`).
 */
export const chatBatchSchema: BatchSchema = {
  types: {
    assign: { request_id: 'string', size_mb: 'integer' },
    route: { request_id: 'string' },
    remove: { request_id: 'string' },
  },
  unknownType: { request_id: 'string' },
};

/** One item of `replicateSessions`. */
export const sessionTransferSchema: OpSchema = { source: 'string', destination: 'string', bandwidth_mb: 'integer' };
