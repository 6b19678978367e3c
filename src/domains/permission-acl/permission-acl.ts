import { stamped } from '../../core/batch.ts';
import { compareStrings, deepCopy, dict, has } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectPositiveInteger, validateItems, validateOps } from '../../core/validate.ts';
import { aclBatch, isKnown, syncPermission } from './ops.ts';
import { purgeExpired } from './purge.ts';
import { aclBatchSchema, syncTransferSchema } from './schemas.ts';
import { rebuild } from './snapshot.ts';
import type { AclBackup, AclOp, AclResult, Grant, PermissionTable, SyncTransfer } from './types.ts';

/**
 * The manual's `PermissionACL`: user → resource → permission → grant (grants overwrite), TTL purged
 * lazily at the start of every call with empty dicts cleaned level by level, deep-copy backups restored
 * by index with TTL recomputed, an L5 batch under one lock per user and a fail-fast L6 sync.
 * @example
 * const acl = new PermissionACL();
 * acl.grantWithTtl(100, 'alice', 'doc/1', 'temp', 50);
 * acl.check(149, 'alice', 'doc/1', 'temp'); // true
 * acl.check(150, 'alice', 'doc/1', 'temp'); // false (purged at its expiry)
 */
export class PermissionACL {
  /** user_id → resource → permission → grant; never holds an empty dict. */
  permissions: PermissionTable = dict();
  /** `[backup timestamp, deep copy of permissions]`, addressed by index. */
  backups: AclBackup[] = [];
  readonly #runtime = new Runtime();

  /** The manual's `locks` (`defaultdict(asyncio.Lock)`): one lock per user id, made on first use. */
  get locks(): LockTable {
    return this.#runtime.locks;
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /** L1: grant a permanent permission, overwriting any grant of it (new `granted_at`, no TTL). @returns `true`. */
  grant(timestamp: number, userId: string, resource: string, permission: string): boolean {
    expectArgs(timestamp, { userId, resource, permission });
    purgeExpired(this.permissions, timestamp);
    return this.#write(userId, resource, permission, { granted_at: timestamp, expires_at: null });
  }

  /** L1: whether the user holds the permission on the resource (after purging what expired). */
  check(timestamp: number, userId: string, resource: string, permission: string): boolean {
    expectArgs(timestamp, { userId, resource, permission });
    purgeExpired(this.permissions, timestamp);
    return this.#grantOf(userId, resource, permission) !== undefined;
  }

  /**
   * L1: take a permission away, then the resource if left empty, then the user if left empty.
   * @returns `false` when any level is missing.
   */
  revoke(timestamp: number, userId: string, resource: string, permission: string): boolean {
    expectArgs(timestamp, { userId, resource, permission });
    purgeExpired(this.permissions, timestamp);
    if (this.#grantOf(userId, resource, permission) === undefined) return false;
    const resources = this.permissions[userId]!;
    delete resources[resource]![permission];
    if (Object.keys(resources[resource]!).length === 0) delete resources[resource];
    if (Object.keys(resources).length === 0) delete this.permissions[userId];
    return true;
  }

  /** L2: a user's grants as `"resource:permission"`, resources then permissions sorted, joined by `", "`; `""` for none. */
  listPermissions(timestamp: number, userId: string): string {
    expectArgs(timestamp, { userId });
    purgeExpired(this.permissions, timestamp);
    if (!has(this.permissions, userId)) return '';
    const resources = this.permissions[userId]!;
    return Object.keys(resources)
      .sort(compareStrings)
      .flatMap((resource) => Object.keys(resources[resource]!).sort(compareStrings).map((permission) => `${resource}:${permission}`))
      .join(', ');
  }

  /** L2: the users holding `permission` on `resource`, sorted (a list). */
  listUsersWithPermission(timestamp: number, resource: string, permission: string): string[] {
    expectArgs(timestamp, { resource, permission });
    purgeExpired(this.permissions, timestamp);
    return Object.keys(this.permissions)
      .filter((userId) => this.#grantOf(userId, resource, permission) !== undefined)
      .sort(compareStrings);
  }

  /** L3: grant a permission that is purged at `timestamp + ttlMs`, overwriting any grant of it. @returns `true`. */
  grantWithTtl(timestamp: number, userId: string, resource: string, permission: string, ttlMs: number): boolean {
    expectArgs(timestamp, { userId, resource, permission });
    expectInteger(ttlMs, 'ttlMs');
    purgeExpired(this.permissions, timestamp);
    // Decision: the manual does not bound `ttl_ms`; zero or negative stores a grant that the next call's
    // purge removes (it is already expired at `timestamp`).
    return this.#write(userId, resource, permission, { granted_at: timestamp, expires_at: timestamp + ttlMs });
  }

  /** L4: purge, then append a deep copy of `permissions` (absolute `expires_at` kept). @returns `true`. */
  backup(timestamp: number): boolean {
    expectInteger(timestamp, 'timestamp');
    // Decision: the manual calls this backup "the same as InMemDB/DNS", but its code keeps absolute
    // `expires_at` and recomputes on restore, and restores by index; the code wins. The purge first means
    // expired grants are never captured, so a restored TTL is always positive.
    purgeExpired(this.permissions, timestamp);
    this.backups.push([timestamp, deepCopy(this.permissions)]);
    return true;
  }

  /**
   * L4: replace `permissions` with a copy of `backups[backupId]` (a 0-based INDEX), each TTL running
   * again from `timestamp` with the time it had left at the backup. Does not purge first.
   * @returns `false` when `backupId` is out of range.
   */
  restore(timestamp: number, backupId: number): boolean {
    expectInteger(timestamp, 'timestamp');
    expectInteger(backupId, 'backupId');
    // Decision: the manual only range-checks the index; a negative index is `false` (never Python's
    // from-the-end indexing), and any backup in range may be restored, in any order and as often as wanted.
    if (backupId < 0 || backupId >= this.backups.length) return false;
    const [backupTs, snapshot] = this.backups[backupId]!;
    this.permissions = rebuild(snapshot, backupTs, timestamp);
    return true;
  }

  /**
   * L5: run `ops` concurrently, each under its user's lock, through `grant`/`check`/`revoke` (each purging
   * at `timestamp`). @returns results in input order, `null` for an unknown type.
   * @throws InvalidInputError (as a rejection) for a malformed batch, before any op runs.
   * @example
   * await acl.batchOperations(0, [{ type: 'grant', user_id: 'alice', resource: 'doc/1', permission: 'read' }]); // [true]
   */
  async batchOperations(timestamp: number, ops: readonly AclOp[]): Promise<(AclResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(ops, aclBatchSchema, 'ops');
    // The first known op would purge at `timestamp` before anything changed (unknown ones change nothing),
    // and every later purge of the batch would find nothing: purging here once is the same, and lets each
    // op's own purge stay within its user's partition on threads that share the state (see state-access.ts).
    if (ops.some(isKnown)) purgeExpired(this.permissions, timestamp);
    return this.#runtime.batch(this, aclBatch, stamped(timestamp, ops));
  }

  /**
   * L6, fail-fast: purge once, then a transfer whose user, resource or permission is missing is `false`
   * at once and never takes a permit; the others take one of `maxConcurrent` permits for a 10 ms sync.
   * @returns one boolean per transfer, in input order.
   */
  async syncPermissions(timestamp: number, transfers: readonly SyncTransfer[], maxConcurrent: number): Promise<boolean[]> {
    expectInteger(timestamp, 'timestamp');
    validateItems(transfers, syncTransferSchema, 'transfers');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    purgeExpired(this.permissions, timestamp);
    const items = transfers.map((transfer) => ({ timestamp, transfer }));
    return this.#runtime.rateLimited(this, syncPermission, 'fail-fast', items, maxConcurrent);
  }

  #grantOf(userId: string, resource: string, permission: string): Grant | undefined {
    if (!has(this.permissions, userId)) return undefined;
    const resources = this.permissions[userId]!;
    if (!has(resources, resource)) return undefined;
    const perms = resources[resource]!;
    return has(perms, permission) ? perms[permission] : undefined;
  }

  #write(userId: string, resource: string, permission: string, grant: Grant): true {
    // Decision: the manual leaves empty-string ids unspecified; `""` is an ordinary user, resource or
    // permission name here, as it is a plain key of a Python dict.
    if (!has(this.permissions, userId)) this.permissions[userId] = dict();
    const resources = this.permissions[userId]!;
    if (!has(resources, resource)) resources[resource] = dict();
    resources[resource]![permission] = grant;
    return true;
  }
}
