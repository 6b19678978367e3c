import { describe, it } from 'vitest';
import type { PermissionACL } from '../../../src/domains/permission-acl/index.ts';
import { boundAcl } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/**
 * An ACL with a backup and a grant that expires at 20: any call reaching the purge at ts ≥ 20 would
 * remove it, so the checks below also prove validation runs before the lazy purge.
 */
function seeded(): PermissionACL {
  const { acl } = boundAcl();
  acl.grant(0, 'alice', 'doc/1', 'read');
  acl.grantWithTtl(0, 'alice', 'doc/2', 'temp', 20);
  acl.backup(10);
  return acl;
}

/** Call `run` on a seeded ACL and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, (acl) => ({ permissions: acl.permissions, backups: acl.backups }));

const read = { user_id: 'alice', resource: 'doc/1', permission: 'read' };

describe('Permission bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((acl) => call(acl, 'batchOperations', 30, null), { field: 'ops' });
  });

  it('rejects an op that is not an object, naming its index', async () => {
    await rejects((acl) => call(acl, 'batchOperations', 30, [{ type: 'check', ...read }, 42]), { field: 'op', index: 1 });
  });

  it('rejects a grant op missing its permission, before the valid revoke ahead of it runs', async () => {
    const ops = [
      { type: 'revoke', ...read },
      { type: 'grant', user_id: 'bob', resource: 'doc/1' },
    ];
    await rejects((acl) => call(acl, 'batchOperations', 30, ops), { field: 'permission', index: 1 });
  });

  it('rejects an unknown-type op without a user_id (the manual reads it before the type)', async () => {
    await rejects((acl) => call(acl, 'batchOperations', 30, [{ type: 'audit' }]), { field: 'user_id', index: 0 });
  });

  it('rejects a check op whose user_id is a number', async () => {
    await rejects((acl) => call(acl, 'batchOperations', 30, [{ ...read, type: 'check', user_id: 1 }]), { field: 'user_id', index: 0 });
  });

  it('rejects an op without a type', async () => {
    await rejects((acl) => call(acl, 'batchOperations', 30, [read]), { field: 'type', index: 0 });
  });

  it('rejects a batch with a string timestamp', async () => {
    await rejects((acl) => call(acl, 'batchOperations', '30', [{ type: 'check', ...read }]), { field: 'timestamp' });
  });

  it('rejects syncPermissions with maxConcurrent 0', async () => {
    await rejects((acl) => acl.syncPermissions(30, [read], 0), { field: 'maxConcurrent' });
  });

  it('rejects syncPermissions with maxConcurrent 1.5', async () => {
    await rejects((acl) => acl.syncPermissions(30, [read], 1.5), { field: 'maxConcurrent' });
  });

  it('rejects a sync transfer missing its resource, naming its index', async () => {
    await rejects((acl) => call(acl, 'syncPermissions', 30, [read, { user_id: 'alice', permission: 'read' }], 1), { field: 'resource', index: 1 });
  });

  it('rejects sync transfers that are not an array', async () => {
    await rejects((acl) => call(acl, 'syncPermissions', 30, read, 1), { field: 'transfers' });
  });

  it('rejects syncPermissions with a fractional timestamp', async () => {
    await rejects((acl) => acl.syncPermissions(30.5, [read], 1), { field: 'timestamp' });
  });

  it('rejects grant with a non-string resource', async () => {
    await rejects((acl) => call(acl, 'grant', 30, 'bob', ['doc/1'], 'read'), { field: 'resource' });
  });

  it('rejects grantWithTtl with a fractional ttl', async () => {
    await rejects((acl) => acl.grantWithTtl(30, 'bob', 'doc/1', 'read', 0.5), { field: 'ttlMs' });
  });

  it('rejects check with a missing permission argument', async () => {
    await rejects((acl) => call(acl, 'check', 30, 'alice', 'doc/1'), { field: 'permission' });
  });

  it('rejects listUsersWithPermission with a bigint timestamp', async () => {
    await rejects((acl) => call(acl, 'listUsersWithPermission', 30n, 'doc/1', 'read'), { field: 'timestamp' });
  });

  it('rejects backup with a NaN timestamp', async () => {
    await rejects((acl) => acl.backup(Number.NaN), { field: 'timestamp' });
  });

  it('rejects restore with a fractional backup id', async () => {
    await rejects((acl) => acl.restore(100, 0.5), { field: 'backupId' });
  });
});
