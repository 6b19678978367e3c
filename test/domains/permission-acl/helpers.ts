import type { RecordingTracer } from '../../../src/core/tracer.ts';
import type { Random } from '../../../src/core/random.ts';
import type { VirtualClock } from '../../../src/engines/event-loop/index.ts';
import { bound } from '../harness.ts';
import { PermissionACL } from '../../../src/domains/permission-acl/index.ts';
import type { AclOp, AclResult } from '../../../src/domains/permission-acl/index.ts';

export { peakPermits, permitOwners } from '../harness.ts';

/** A fresh PermissionACL bound to an event-loop engine on a virtual clock, with a recording tracer. */
export function boundAcl(): { acl: PermissionACL; clock: VirtualClock; tracer: RecordingTracer } {
  const { system: acl, clock, tracer } = bound(new PermissionACL());
  return { acl, clock, tracer };
}

/** The manual's intro table: alice doc/1 read+write, alice doc/2 read (TTL 5000), bob doc/1 read. */
export function introTable(acl: PermissionACL = new PermissionACL()): PermissionACL {
  acl.grant(10, 'alice', 'doc/1', 'read');
  acl.grant(15, 'alice', 'doc/1', 'write');
  acl.grantWithTtl(20, 'alice', 'doc/2', 'read', 5000);
  acl.grant(30, 'bob', 'doc/1', 'read');
  return acl;
}

const USERS = ['alice', 'bob', 'carol', 'dave'];
const RESOURCES = ['doc/1', 'doc/2', 'repo'];
const PERMS = ['read', 'write', 'admin'];

/** Seed grants, some with TTLs that expire before or exactly at the batch's timestamp (50). */
export function seedGrants(acl: PermissionACL, random: Random): void {
  for (const user of USERS) {
    for (const resource of RESOURCES) {
      for (const permission of PERMS) {
        if (random.chance(0.3)) acl.grant(0, user, resource, permission);
        else if (random.chance(0.3)) acl.grantWithTtl(0, user, resource, permission, random.int(1, 100));
      }
    }
  }
}

/** A random batch over hot users, missing users and permissions, and unknown types. */
export function randomBatch(random: Random, size: number): AclOp[] {
  return Array.from({ length: size }, (): AclOp => {
    const user_id = random.chance(0.6) ? random.pick(USERS.slice(0, 2)) : random.pick([...USERS.slice(2), 'nobody']);
    const resource = random.pick(RESOURCES);
    const permission = random.pick([...PERMS, 'delete']);
    const roll = random.next();
    if (roll < 0.35) return { type: 'grant', user_id, resource, permission };
    if (roll < 0.65) return { type: 'check', user_id, resource, permission };
    if (roll < 0.93) return { type: 'revoke', user_id, resource, permission };
    return { type: 'audit', user_id };
  });
}

/** The sequential reference: each op through the sync L1 methods, one after another. */
export function applySequentially(acl: PermissionACL, timestamp: number, ops: readonly AclOp[]): AclResult[] {
  return ops.map((op) => {
    const o = op as { type: string; user_id: string; resource: string; permission: string };
    switch (o.type) {
      case 'grant':
        return acl.grant(timestamp, o.user_id, o.resource, o.permission);
      case 'check':
        return acl.check(timestamp, o.user_id, o.resource, o.permission);
      case 'revoke':
        return acl.revoke(timestamp, o.user_id, o.resource, o.permission);
      default:
        return null;
    }
  });
}
