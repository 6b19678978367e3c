import { describe, expect, it } from 'vitest';
import { PermissionACL } from '../../../src/domains/permission-acl/index.ts';
import { introTable } from './helpers.ts';

describe('Permission L1: grant, check, revoke', () => {
  it('checks alice doc/1 read in the intro table as true', () => {
    expect(introTable().check(100, 'alice', 'doc/1', 'read')).toBe(true);
  });

  it('checks a permission alice lacks (doc/1 delete) as false', () => {
    expect(introTable().check(100, 'alice', 'doc/1', 'delete')).toBe(false);
  });

  it('checks a resource bob lacks (doc/2 read) as false', () => {
    expect(introTable().check(100, 'bob', 'doc/2', 'read')).toBe(false);
  });

  it('checks a missing user as false', () => {
    expect(introTable().check(100, 'nobody', 'doc/1', 'read')).toBe(false);
  });

  it('grants return true and a re-grant overwrites, moving granted_at from 10 to 20', () => {
    const acl = new PermissionACL();
    expect(acl.grant(10, 'alice', 'doc/1', 'read')).toBe(true);
    expect(acl.grant(20, 'alice', 'doc/1', 'read')).toBe(true);
    expect(acl.permissions).toEqual({ alice: { 'doc/1': { read: { granted_at: 20, expires_at: null } } } });
  });

  it('a plain re-grant clears an earlier TTL', () => {
    const acl = new PermissionACL();
    acl.grantWithTtl(10, 'alice', 'doc/1', 'read', 5);
    acl.grant(12, 'alice', 'doc/1', 'read');
    expect(acl.check(1000, 'alice', 'doc/1', 'read')).toBe(true);
  });

  it('revokes a permission, keeping the resource while other permissions remain', () => {
    const acl = introTable();
    expect(acl.revoke(100, 'alice', 'doc/1', 'write')).toBe(true);
    expect(Object.keys(acl.permissions['alice']!['doc/1']!)).toEqual(['read']);
  });

  it('revoking the last permission deletes the resource, then the user: no empty dict remains', () => {
    const acl = introTable();
    expect(acl.revoke(100, 'bob', 'doc/1', 'read')).toBe(true);
    expect(Object.keys(acl.permissions)).toEqual(['alice']);
    acl.revoke(100, 'alice', 'doc/2', 'read');
    expect(Object.keys(acl.permissions['alice']!)).toEqual(['doc/1']);
  });

  it('revokes a missing user, resource or permission as false', () => {
    const acl = introTable();
    expect(acl.revoke(100, 'nobody', 'doc/1', 'read')).toBe(false);
    expect(acl.revoke(100, 'bob', 'doc/2', 'read')).toBe(false);
    expect(acl.revoke(100, 'bob', 'doc/1', 'write')).toBe(false);
  });

  it('treats "constructor", "__proto__" and "" as plain names', () => {
    const acl = new PermissionACL();
    expect(acl.check(0, 'constructor', 'toString', 'valueOf')).toBe(false);
    acl.grant(0, '__proto__', '', 'constructor');
    expect(acl.check(0, '__proto__', '', 'constructor')).toBe(true);
    expect(acl.listPermissions(0, '__proto__')).toBe(':constructor');
  });
});
