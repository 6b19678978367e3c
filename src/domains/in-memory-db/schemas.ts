import type { BatchSchema } from '../../core/validate.ts';

/** The fields each known L5 op type requires; an unknown type needs none, as its result is `null`. */
export const batchSchema: BatchSchema = {
  types: {
    set: { key: 'string', field: 'string', value: 'string' },
    get: { key: 'string', field: 'string' },
    delete: { key: 'string', field: 'string' },
    scan: { key: 'string' },
  },
  unknownType: {},
};

