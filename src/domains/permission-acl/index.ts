/** Permission ACL: user → resource → permission grants with lazy TTL purge, index-addressed backups, an L5 batch and fail-fast L6 sync. */
export { PermissionACL } from './permission-acl.ts';
export { permissionAclDescriptor } from './descriptor.ts';
export { aclBatch, syncPermission } from './ops.ts';
export { aclBatchSchema, syncTransferSchema } from './schemas.ts';
export type {
  AclBackup,
  AclOp,
  AclOpType,
  AclResult,
  Grant,
  KnownAclOp,
  PermissionTable,
  SyncItem,
  SyncTransfer,
  TimedAclOp,
  UnknownAclOp,
  UserGrants,
} from './types.ts';
