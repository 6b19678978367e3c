import { describe, expect, it } from 'vitest';
import { PermissionACL } from '../../../src/domains/permission-acl/index.ts';

/** The manual's L4 state: alice doc/1 read (granted 10, forever) and write (granted 50, until 200). */
function l4State(): PermissionACL {
  const acl = new PermissionACL();
  acl.grant(10, 'alice', 'doc/1', 'read');
  acl.grantWithTtl(50, 'alice', 'doc/1', 'write', 150);
  return acl;
}

describe('Permission L4: backup and restore by index', () => {
  it('backs up at 100, returning true and keeping a deep copy with absolute expires_at', () => {
    const acl = l4State();
    expect(acl.backup(100)).toBe(true);
    expect(acl.backups).toEqual([
      [100, { alice: { 'doc/1': { read: { granted_at: 10, expires_at: null }, write: { granted_at: 50, expires_at: 200 } } } }],
    ]);
  });

  it('restores index 0 at 500: write now expires at 600, granted_at unchanged', () => {
    const acl = l4State();
    acl.backup(100);
    expect(acl.restore(500, 0)).toBe(true);
    expect(acl.permissions).toEqual({
      alice: { 'doc/1': { read: { granted_at: 10, expires_at: null }, write: { granted_at: 50, expires_at: 600 } } },
    });
  });

  it('leaves the stored snapshot untouched by a restore, so it restores again the same way', () => {
    const acl = l4State();
    acl.backup(100);
    acl.restore(500, 0);
    acl.revoke(501, 'alice', 'doc/1', 'read');
    expect(acl.backups[0]![1]['alice']!['doc/1']!['write']).toEqual({ granted_at: 50, expires_at: 200 });
    expect(acl.restore(1000, 0)).toBe(true);
    expect(acl.permissions['alice']!['doc/1']!['write']!.expires_at).toBe(1100);
    expect(acl.check(1000, 'alice', 'doc/1', 'read')).toBe(true);
  });

  it('keeps the snapshot independent of later changes to permissions', () => {
    const acl = l4State();
    acl.backup(100);
    acl.grant(101, 'bob', 'doc/1', 'read');
    acl.permissions['alice']!['doc/1']!['read']!.granted_at = 999;
    expect(Object.keys(acl.backups[0]![1])).toEqual(['alice']);
    expect(acl.backups[0]![1]['alice']!['doc/1']!['read']!.granted_at).toBe(10);
  });

  it('purges before backing up, so expired grants are not captured', () => {
    const acl = l4State();
    acl.backup(200);
    expect(acl.backups[0]![1]).toEqual({ alice: { 'doc/1': { read: { granted_at: 10, expires_at: null } } } });
  });

  it('addresses backups by index, not by timestamp', () => {
    const acl = l4State();
    acl.backup(100);
    acl.grant(110, 'bob', 'x', 'y');
    acl.backup(120);
    expect(acl.restore(130, 1)).toBe(true);
    expect(Object.keys(acl.permissions)).toEqual(['alice', 'bob']);
    expect(acl.restore(130, 0)).toBe(true);
    expect(Object.keys(acl.permissions)).toEqual(['alice']);
  });

  it('returns false for an index past the end or negative, leaving permissions alone', () => {
    const acl = l4State();
    acl.backup(100);
    acl.grant(110, 'bob', 'x', 'y');
    const before = JSON.stringify(acl.permissions);
    expect(acl.restore(500, 1)).toBe(false);
    expect(acl.restore(500, -1)).toBe(false);
    expect(JSON.stringify(acl.permissions)).toBe(before);
  });

  it('returns false when there are no backups at all', () => {
    expect(new PermissionACL().restore(0, 0)).toBe(false);
  });

  it('does not purge before restoring: the restored grants are kept as recomputed', () => {
    const acl = new PermissionACL();
    acl.grantWithTtl(0, 'a', 'r', 'p', 10);
    acl.backup(5);
    acl.grantWithTtl(6, 'b', 'r', 'p', 1);
    expect(acl.restore(1000, 0)).toBe(true);
    expect(acl.permissions).toEqual({ a: { r: { p: { granted_at: 0, expires_at: 1005 } } } });
  });

  it('restores an empty backup as an empty table', () => {
    const acl = new PermissionACL();
    acl.backup(0);
    acl.grant(1, 'a', 'r', 'p');
    expect(acl.restore(2, 0)).toBe(true);
    expect(acl.permissions).toEqual({});
  });
});
