import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { PermissionACL } from './permission-acl.ts';

export { permissionAclState } from './state-access.ts';
import type { AclOp, AclResult, KnownAclOp, SyncItem, TimedAclOp } from './types.ts';

/** The manual's if/elif chain: each known type calls the L1 method of the same name. */
const handlers = {
  grant: (acl: PermissionACL, timestamp: number, op: KnownAclOp): AclResult => acl.grant(timestamp, op.user_id, op.resource, op.permission),
  check: (acl: PermissionACL, timestamp: number, op: KnownAclOp): AclResult => acl.check(timestamp, op.user_id, op.resource, op.permission),
  revoke: (acl: PermissionACL, timestamp: number, op: KnownAclOp): AclResult => acl.revoke(timestamp, op.user_id, op.resource, op.permission),
};

/** Whether `op` is of a type that calls an L1 method (and so purges first); the others only give `null`. */
export function isKnown(op: AclOp): op is KnownAclOp {
  return has(handlers, op.type);
}

/** L5 `batch_operations`: one lock per `user_id` (unknown types included, which give `null`). */
export const aclBatch: BatchDefinition<PermissionACL, TimedAclOp, AclResult> = {
  portable: { module: import.meta.url, name: 'aclBatch', state: 'permissionAclState' },
  keys: ({ op }) => [op.user_id],
  run: (acl, { timestamp, op }) => (isKnown(op) ? handlers[op.type](acl, timestamp, op) : null),
};

/**
 * L6 `sync_permissions`, fail-fast: a transfer whose user, resource or permission is missing answers
 * `false` before the semaphore (no permit, no sleep); the rest take a permit, sleep 10 ms and are `true`.
 * No mutation beyond the call's one purge.
 */
export const syncPermission: ExternalItemDefinition<PermissionACL, SyncItem, boolean> = {
  portable: { module: import.meta.url, name: 'syncPermission', state: 'permissionAclState' },
  // Decision: the manual's check takes no lock; conclab checks under the user's lock anyway, so the
  // check never interleaves with an L5 op on that user on an engine where threads share the state.
  keys: ({ transfer }) => [transfer.user_id],
  // `check` purges again at the call's timestamp, which finds nothing left after the call's own purge:
  // this is the manual's plain three-level existence test.
  before: (acl, { timestamp, transfer: t }) =>
    acl.check(timestamp, t.user_id, t.resource, t.permission) ? { proceed: true } : { proceed: false, result: false },
  external: (_acl, _item, { clock }) => clock.sleep(10),
  after: () => true,
};
