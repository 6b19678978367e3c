import type { BatchSchema } from '../../core/validate.ts';

/**
 * The ops of `batchOperations`. An unknown type still needs a string `alert_id`: the manual reads it
 * and takes its lock before matching the type (and returns `null`).
 */
export const nfBatchSchema: BatchSchema = {
  types: {
    create: { alert_id: 'string', message: 'string', severity: 'integer' },
    acknowledge: { alert_id: 'string' },
    get: { alert_id: 'string' },
  },
  unknownType: { alert_id: 'string' },
};
