import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { PermissionACL } from '../../../src/domains/permission-acl/index.ts';
import type { AclOp } from '../../../src/domains/permission-acl/index.ts';
import { applySequentially, boundAcl, randomBatch, seedGrants } from './helpers.ts';
import { lockedKeys } from '../harness.ts';

const manualOps: AclOp[] = [
  { type: 'grant', user_id: 'alice', resource: 'doc/1', permission: 'read' },
  { type: 'check', user_id: 'bob', resource: 'doc/1', permission: 'read' },
  { type: 'revoke', user_id: 'alice', resource: 'doc/1', permission: 'write' },
];

describe('Permission L5: batchOperations', () => {
  it('runs the manual example as [true, false, true] when alice already holds doc/1 write', async () => {
    const { acl } = boundAcl();
    acl.grant(0, 'alice', 'doc/1', 'write');
    expect(await acl.batchOperations(5, manualOps)).toEqual([true, false, true]);
    expect(acl.permissions).toEqual({ alice: { 'doc/1': { read: { granted_at: 5, expires_at: null } } } });
  });

  it('runs the manual example as [true, false, false] from an empty store', async () => {
    const { acl } = boundAcl();
    expect(await acl.batchOperations(5, manualOps)).toEqual([true, false, false]);
  });

  it('runs the cross-domain batch_check: grant then check alice repo1 read, revoke bob repo2 write → [true, true, false]', async () => {
    const { acl } = boundAcl();
    const ops: AclOp[] = [
      { type: 'grant', user_id: 'alice', resource: 'repo1', permission: 'read' },
      { type: 'check', user_id: 'alice', resource: 'repo1', permission: 'read' },
      { type: 'revoke', user_id: 'bob', resource: 'repo2', permission: 'write' },
    ];
    expect(await acl.batchOperations(0, ops)).toEqual([true, true, false]);
  });

  it('locks per user: alice\'s two ops share alice\'s lock, bob\'s takes bob\'s', async () => {
    const { acl, tracer } = boundAcl();
    await acl.batchOperations(0, manualOps);
    expect(lockedKeys(tracer)).toEqual([['alice'], ['bob'], ['alice']]);
  });

  it('gives null for an unknown type, still locking its user, and changes nothing', async () => {
    const { acl, tracer } = boundAcl();
    expect(await acl.batchOperations(0, [{ type: 'audit', user_id: 'carol' }])).toEqual([null]);
    expect(lockedKeys(tracer)).toEqual([['carol']]);
    expect(acl.permissions).toEqual({});
  });

  it('purges through each op: an expired grant checks false in the batch', async () => {
    const { acl } = boundAcl();
    acl.grantWithTtl(0, 'alice', 'doc/1', 'temp', 10);
    const ops: AclOp[] = [{ type: 'check', user_id: 'alice', resource: 'doc/1', permission: 'temp' }];
    expect(await acl.batchOperations(10, ops)).toEqual([false]);
    expect(acl.permissions).toEqual({});
  });

  it('runs ops on one user in input order', async () => {
    const { acl } = boundAcl();
    const op = { user_id: 'u', resource: 'r', permission: 'p' };
    const ops: AclOp[] = [
      { type: 'check', ...op },
      { type: 'grant', ...op },
      { type: 'check', ...op },
      { type: 'revoke', ...op },
      { type: 'revoke', ...op },
    ];
    expect(await acl.batchOperations(0, ops)).toEqual([false, true, true, true, false]);
  });

  it('returns an empty list for an empty batch', async () => {
    expect(await boundAcl().acl.batchOperations(0, [])).toEqual([]);
  });

  it('equals the ops run one by one through L1 in input order, for 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const { acl } = boundAcl();
      seedGrants(acl, random);
      const reference = new PermissionACL();
      reference.permissions = deepCopy(acl.permissions);
      const ops = randomBatch(random, random.int(1, 40));
      const results = await acl.batchOperations(50, ops);
      expect(results, `seed ${seed}`).toEqual(applySequentially(reference, 50, ops));
      expect(acl.permissions, `seed ${seed}`).toEqual(reference.permissions);
    }
  });
});
