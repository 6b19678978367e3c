import { describe, expect, it } from 'vitest';
import { SessionManager } from '../../../src/domains/session-manager/index.ts';
import { introStore } from './helpers.ts';

describe('SessionManager L3: TTL and refresh', () => {
  it('keeps a TTL session alive until just before its expiry', () => {
    expect(introStore().getSession(5299, 's3')).toBe('alice');
  });

  it('purges a TTL session at exactly its expiry', () => {
    const store = introStore();
    expect(store.getSession(5300, 's3')).toBe('');
    expect(store.countActive(5300)).toBe(2);
    expect(store.sessions['s3']).toBeUndefined();
  });

  it('leaves expired sessions out of listings', () => {
    expect(introStore().listSessions(6000, 'created')).toBe('s2(bob), s1(alice)');
  });

  it('rejects a TTL create on a live id', () => {
    expect(introStore().createSessionWithTtl(400, 's1', 'carol', 10)).toBe(false);
  });

  it('lets an expired id be created again', () => {
    const store = introStore();
    expect(store.createSession(5300, 's3', 'carol')).toBe(true);
    expect(store.getSession(5301, 's3')).toBe('carol');
  });

  it('refreshes from now and refuses a missing id', () => {
    const store = new SessionManager();
    store.createSession(100, 's1', 'alice');
    store.createSession(300, 's3', 'alice');
    store.createSession(200, 's2', 'bob');
    store.setMaxSessions(400, 2);
    store.createSession(500, 's4', 'alice');
    expect(store.refreshSession(600, 's4', 100)).toBe(true);
    expect(store.sessions['s4']?.expires_at).toBe(700);
    expect(store.refreshSession(600, 'zz', 5)).toBe(false);
  });

  it('gives a never-expiring session a TTL on refresh', () => {
    const store = introStore();
    expect(store.refreshSession(400, 's1', 50)).toBe(true);
    expect(store.getSession(449, 's1')).toBe('alice');
    expect(store.getSession(450, 's1')).toBe('');
  });

  it('refuses to refresh a session at exactly its expiry: it is purged first', () => {
    const store = introStore();
    expect(store.refreshSession(5300, 's3', 1000)).toBe(false);
    expect(store.getSession(5301, 's3')).toBe('');
  });

  it('extends a live TTL session', () => {
    const store = introStore();
    expect(store.refreshSession(5000, 's3', 1000)).toBe(true);
    expect(store.getSession(5999, 's3')).toBe('alice');
  });

  it('stores a zero TTL session that the next call purges', () => {
    const store = new SessionManager();
    expect(store.createSessionWithTtl(10, 'z', 'u', 0)).toBe(true);
    expect(store.countActive(10)).toBe(0);
  });
});
