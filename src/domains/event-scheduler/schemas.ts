import type { BatchSchema } from '../../core/validate.ts';

/**
 * The ops of `batchOperations`. Every op, an unknown type included, needs a string `event_id`: the
 * manual reads it and takes its lock before matching the type (and answers `false`).
 */
export const schedulerBatchSchema: BatchSchema = {
  types: {
    schedule: { event_id: 'string', execute_at: 'integer' },
    cancel: { event_id: 'string' },
    recurring: { event_id: 'string', execute_at: 'integer', interval_ms: 'integer' },
  },
  unknownType: { event_id: 'string' },
};
