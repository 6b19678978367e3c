import type { BatchSchema, OpSchema } from '../../core/validate.ts';

const permissionFields: OpSchema = { user_id: 'string', resource: 'string', permission: 'string' };

/**
 * The ops of `batchOperations`. An unknown type still needs a string `user_id`: the manual reads it
 * with `op["user_id"]` and takes its lock before matching the type (and returns `None`).
 */
export const aclBatchSchema: BatchSchema = {
  types: { grant: permissionFields, check: permissionFields, revoke: permissionFields },
  unknownType: { user_id: 'string' },
};

/** One item of `syncPermissions`. */
export const syncTransferSchema: OpSchema = permissionFields;
