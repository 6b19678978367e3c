import type { BatchSchema } from '../../core/validate.ts';

/**
 * The fields each known L5 op type requires. An unknown type needs none: the manual reads its domain
 * with `op.get("domain", "")` and returns `None` without touching anything else.
 */
export const dnsBatchSchema: BatchSchema = {
  types: {
    add: { domain: 'string', record_type: 'string', ip: 'string' },
    resolve: { domain: 'string', record_type: 'string' },
    delete: { domain: 'string', record_type: 'string' },
  },
  unknownType: {},
};
