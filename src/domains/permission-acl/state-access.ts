import type { StateAccess } from '../../core/state-access.ts';
import { PermissionACL } from './permission-acl.ts';
import type { UserGrants } from './types.ts';

/**
 * PermissionACL's state by lock key: a user id guards that user's grants (resource → permission →
 * grant). Every critical section locks the user it checks, grants or revokes (a revoke that empties
 * the user removes it: the partition goes).
 *
 * The lazy purge that `grant`/`check`/`revoke` run first walks every user, without their locks. It does
 * nothing inside an L5 or L6 call: both calls purge once at their timestamp before any section runs
 * (`batchOperations` when the batch holds a known op, which would have purged first on one thread
 * anyway; `syncPermissions` always), every section of the call purges at that same timestamp, and the
 * only grants a section adds are permanent (`grant`, no TTL), so nothing in the table can have expired
 * by then. On a worker thread it therefore sees only the locked users and changes none of them.
 */
export const permissionAclState: StateAccess<PermissionACL> = {
  create: () => new PermissionACL(),
  read: (acl, userId) => acl.permissions[userId],
  write(acl, userId, partition) {
    if (partition === undefined) delete acl.permissions[userId];
    else acl.permissions[userId] = partition as UserGrants;
  },
};
