import { describe, expect, it } from 'vitest';
import { PermissionACL } from '../../../src/domains/permission-acl/index.ts';
import { introTable } from './helpers.ts';

describe('Permission L2: listPermissions and listUsersWithPermission', () => {
  it('lists alice as "doc/1:read, doc/1:write, doc/2:read"', () => {
    expect(introTable().listPermissions(100, 'alice')).toBe('doc/1:read, doc/1:write, doc/2:read');
  });

  it('lists the users with doc/1 read as ["alice", "bob"]', () => {
    expect(introTable().listUsersWithPermission(100, 'doc/1', 'read')).toEqual(['alice', 'bob']);
  });

  it('lists "" for a missing user', () => {
    expect(introTable().listPermissions(100, 'nobody')).toBe('');
  });

  it('lists [] when nobody holds the permission', () => {
    expect(introTable().listUsersWithPermission(100, 'doc/2', 'write')).toEqual([]);
  });

  it('sorts resources, then permissions within each, in Python string order', () => {
    const acl = new PermissionACL();
    acl.grant(0, 'u', 'doc/b', 'write');
    acl.grant(0, 'u', 'doc/a', 'write');
    acl.grant(0, 'u', 'doc/b', 'Read');
    acl.grant(0, 'u', 'doc/a', 'admin');
    expect(acl.listPermissions(0, 'u')).toBe('doc/a:admin, doc/a:write, doc/b:Read, doc/b:write');
  });

  it('sorts users in Python string order regardless of insertion order', () => {
    const acl = new PermissionACL();
    for (const user of ['carol', 'Bob', 'alice']) acl.grant(0, user, 'r', 'p');
    expect(acl.listUsersWithPermission(0, 'r', 'p')).toEqual(['Bob', 'alice', 'carol']);
  });

  it('leaves out expired grants from both listings', () => {
    const acl = introTable();
    expect(acl.listPermissions(5020, 'alice')).toBe('doc/1:read, doc/1:write');
    expect(acl.listUsersWithPermission(5020, 'doc/2', 'read')).toEqual([]);
  });
});
