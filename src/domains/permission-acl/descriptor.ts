import type { DomainDescriptor, ScenarioRun } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { PermissionACL } from './permission-acl.ts';
import type { AclOp, SyncTransfer } from './types.ts';

const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil'];
const RESOURCES = ['doc/1', 'doc/2', 'doc/3', 'repo/1'] as const;
const PERMISSIONS = ['read', 'write', 'admin'] as const;
/** Late enough that about half of the seed TTL grants (1–200 ms from ts 0) are purged by the batch. */
const SCENARIO_TIMESTAMP = 100;
/** The first few users get half of all ops, so their locks are contended. */
const HOT = 3;

/** Seed 8–16 users with 1–4 grants each, some permanent, some with a TTL that may be over by the batch. */
function seed(acl: PermissionACL, random: Random): string[] {
  const users = USERS.slice(0, random.int(8, USERS.length));
  for (const user of users) {
    const count = random.int(1, 4);
    for (let i = 0; i < count; i++) {
      const resource = random.pick(RESOURCES);
      const permission = random.pick(PERMISSIONS);
      if (random.chance(0.6)) acl.grant(0, user, resource, permission);
      else acl.grantWithTtl(0, user, resource, permission, random.int(1, 200));
    }
  }
  return users;
}

function pickUser(random: Random, users: readonly string[]): string {
  if (random.chance(0.08)) return 'nobody';
  return random.chance(0.5) ? random.pick(users.slice(0, HOT)) : random.pick(users);
}

/** One L6 transfer: a seeded or missing user, any resource, sometimes a permission nobody holds. */
function randomTransfer(random: Random, users: readonly string[]): SyncTransfer {
  const permission = random.chance(0.1) ? 'delete' : random.pick(PERMISSIONS);
  return { user_id: pickUser(random, users), resource: random.pick(RESOURCES), permission };
}

/** One random op of every kind, including missing users and permissions, and an unknown type. */
function randomOp(random: Random, users: readonly string[]): AclOp {
  const user_id = pickUser(random, users);
  const resource = random.pick(RESOURCES);
  const permission = random.chance(0.1) ? 'delete' : random.pick(PERMISSIONS);
  const roll = random.next();
  if (roll < 0.3) return { type: 'grant', user_id, resource, permission };
  if (roll < 0.6) return { type: 'check', user_id, resource, permission };
  if (roll < 0.93) return { type: 'revoke', user_id, resource, permission };
  return { type: 'audit', user_id };
}

/** The manual's L6 example, timed on the wall clock beside its theory (`ceil(valid / 2)` × 10 ms). */
async function timedSync(acl: PermissionACL): Promise<string[]> {
  const transfers: SyncTransfer[] = [
    { user_id: 'alice', resource: 'doc/1', permission: 'read' },
    { user_id: 'nobody', resource: 'doc/1', permission: 'read' },
    { user_id: 'bob', resource: 'doc/1', permission: 'read' },
    { user_id: 'alice', resource: 'doc/1', permission: 'delete' },
  ];
  const started = performance.now();
  const result = await acl.syncPermissions(10, transfers, 2);
  const elapsed = (performance.now() - started).toFixed(1);
  const valid = result.filter(Boolean).length;
  return [
    `L6 syncPermissions (fail-fast) [alice read, nobody read, bob read, alice delete]: ${JSON.stringify(result)}`,
    `  ${transfers.length} items, ${valid} valid, 2 permits: ${elapsed} ms (theory ${Math.ceil(valid / 2) * 10} ms; all-sleep would take ${Math.ceil(transfers.length / 2) * 10} ms)`,
  ];
}

/** Run the manual's L5 batch and L6 sync on `acl`, as lines for a person. */
async function tour(acl: PermissionACL): Promise<string[]> {
  acl.grant(0, 'alice', 'doc/1', 'write');
  acl.grant(0, 'bob', 'doc/2', 'read');
  const ops: AclOp[] = [
    { type: 'grant', user_id: 'alice', resource: 'doc/1', permission: 'read' },
    { type: 'check', user_id: 'bob', resource: 'doc/1', permission: 'read' },
    { type: 'revoke', user_id: 'alice', resource: 'doc/1', permission: 'write' },
  ];
  const batch = await acl.batchOperations(5, ops);
  acl.grant(6, 'bob', 'doc/1', 'read');
  return [
    `L5 batchOperations (one lock per user) [grant alice read, check bob read, revoke alice write]: ${JSON.stringify(batch)}`,
    "  (alice's two ops queue on alice's lock; bob's runs beside them)",
    ...(await timedSync(acl)),
  ];
}

/** The permission ACL for the CLI, the tour and the benchmarks. */
export const permissionAclDescriptor: DomainDescriptor<PermissionACL> = {
  name: 'permission-acl',
  title: 'Permission ACL',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new PermissionACL(),

  async runScenario(acl: PermissionACL, random: Random, size: number): Promise<ScenarioRun> {
    const users = seed(acl, random);
    const input = Array.from({ length: size }, () => randomOp(random, users));
    const results = await acl.batchOperations(SCENARIO_TIMESTAMP, input);
    return { input, results };
  },

  /** One sync of held, expired and missing grants (the call purges at its timestamp first). */
  async runExternalScenario(acl: PermissionACL, random: Random, size: number): Promise<ScenarioRun> {
    const users = seed(acl, random);
    const transfers = Array.from({ length: size }, () => randomTransfer(random, users));
    const maxConcurrent = random.int(1, 8);
    const results = await acl.syncPermissions(SCENARIO_TIMESTAMP, transfers, maxConcurrent);
    return { input: { transfers, maxConcurrent }, results };
  },

  tour,

  state: (acl: PermissionACL) => JSON.parse(JSON.stringify({ permissions: acl.permissions, backups: acl.backups })) as unknown,
};
