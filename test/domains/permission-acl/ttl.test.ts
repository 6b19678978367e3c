import { describe, expect, it } from 'vitest';
import { PermissionACL } from '../../../src/domains/permission-acl/index.ts';
import { introTable } from './helpers.ts';

function temp(): PermissionACL {
  const acl = new PermissionACL();
  expect(acl.grantWithTtl(100, 'alice', 'doc/1', 'temp', 50)).toBe(true);
  return acl;
}

describe('Permission L3: TTL with lazy purge', () => {
  it('stores expires_at = timestamp + ttl', () => {
    expect(temp().permissions).toEqual({ alice: { 'doc/1': { temp: { granted_at: 100, expires_at: 150 } } } });
  });

  it('checks the grant as true at 149', () => {
    expect(temp().check(149, 'alice', 'doc/1', 'temp')).toBe(true);
  });

  it('checks the grant as false at exactly 150, its expiry', () => {
    expect(temp().check(150, 'alice', 'doc/1', 'temp')).toBe(false);
  });

  it('purges at 100 alice\'s only grant (doc/2 read until 100), then doc/2, then alice', () => {
    const acl = new PermissionACL();
    acl.grantWithTtl(0, 'alice', 'doc/2', 'read', 100);
    acl.grant(0, 'bob', 'doc/1', 'read');
    expect(acl.check(100, 'bob', 'doc/1', 'read')).toBe(true);
    expect(acl.permissions).toEqual({ bob: { 'doc/1': { read: { granted_at: 0, expires_at: null } } } });
  });

  it('keeps alice\'s other resources when only one resource empties', () => {
    const acl = introTable();
    acl.listPermissions(5020, 'bob');
    expect(Object.keys(acl.permissions['alice']!)).toEqual(['doc/1']);
  });

  it('does not purge before the expiry', () => {
    const acl = temp();
    acl.listUsersWithPermission(149, 'x', 'y');
    expect(acl.permissions['alice']!['doc/1']!['temp']).toEqual({ granted_at: 100, expires_at: 150 });
  });

  it('purges on every public call, a grant of something else included', () => {
    const acl = temp();
    acl.grant(150, 'bob', 'doc/9', 'read');
    expect(Object.keys(acl.permissions)).toEqual(['bob']);
  });

  it('overwrites a TTL grant with a new TTL from the new timestamp', () => {
    const acl = temp();
    acl.grantWithTtl(140, 'alice', 'doc/1', 'temp', 50);
    expect(acl.check(189, 'alice', 'doc/1', 'temp')).toBe(true);
    expect(acl.check(190, 'alice', 'doc/1', 'temp')).toBe(false);
  });

  it('revokes an expired grant as false', () => {
    expect(temp().revoke(150, 'alice', 'doc/1', 'temp')).toBe(false);
  });

  it('accepts a zero ttl: the grant is gone at the next call', () => {
    const acl = new PermissionACL();
    expect(acl.grantWithTtl(10, 'a', 'r', 'p', 0)).toBe(true);
    expect(acl.check(10, 'a', 'r', 'p')).toBe(false);
    expect(acl.permissions).toEqual({});
  });
});
