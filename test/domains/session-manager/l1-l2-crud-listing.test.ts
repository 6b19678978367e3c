import { describe, expect, it } from 'vitest';
import { SessionManager } from '../../../src/domains/session-manager/index.ts';
import { introStore } from './helpers.ts';

describe('SessionManager L1: CRUD', () => {
  it('creates the manual intro sessions', () => {
    const store = new SessionManager();
    expect(store.createSession(100, 's1', 'alice')).toBe(true);
    expect(store.createSession(200, 's2', 'bob')).toBe(true);
    expect(store.createSessionWithTtl(300, 's3', 'alice', 5000)).toBe(true);
    expect(store.sessions['s3']).toEqual({ user_id: 'alice', created_at: 300, expires_at: 5300 });
    expect(store.sessions['s1']).toEqual({ user_id: 'alice', created_at: 100, expires_at: null });
  });

  it('gets the user of a session, "" for a missing one', () => {
    const store = introStore();
    expect(store.getSession(400, 's1')).toBe('alice');
    expect(store.getSession(400, 's99')).toBe('');
  });

  it('rejects a second create of a live id without overwriting it', () => {
    const store = introStore();
    expect(store.createSession(301, 's1', 'x')).toBe(false);
    expect(store.getSession(302, 's1')).toBe('alice');
  });

  it('ends a session once', () => {
    const store = introStore();
    expect(store.endSession(400, 's2')).toBe(true);
    expect(store.endSession(401, 's2')).toBe(false);
    expect(store.getSession(402, 's2')).toBe('');
  });

  it('treats ids such as "__proto__" and "constructor" as plain keys', () => {
    const store = new SessionManager();
    expect(store.getSession(0, 'constructor')).toBe('');
    expect(store.createSession(0, '__proto__', 'mallory')).toBe(true);
    expect(store.getSession(0, '__proto__')).toBe('mallory');
    expect(store.countActive(0)).toBe(1);
  });
});

describe('SessionManager L2: listing and counting', () => {
  it('lists by id for "id"', () => {
    expect(introStore().listSessions(400, 'id')).toBe('s1(alice), s2(bob), s3(alice)');
  });

  it('lists newest first for "created"', () => {
    expect(introStore().listSessions(400, 'created')).toBe('s3(alice), s2(bob), s1(alice)');
  });

  it('lists by id for any other sort key', () => {
    expect(introStore().listSessions(400, 'user')).toBe('s1(alice), s2(bob), s3(alice)');
  });

  it('breaks equal creation times by id ascending under "created"', () => {
    const store = new SessionManager();
    store.createSession(5, 'b', 'u');
    store.createSession(5, 'a', 'u');
    store.createSession(9, 'c', 'u');
    expect(store.listSessions(10, 'created')).toBe('c(u), a(u), b(u)');
  });

  it('returns "" for an empty store', () => {
    expect(new SessionManager().listSessions(0, 'created')).toBe('');
  });

  it('counts live sessions', () => {
    expect(introStore().countActive(5299)).toBe(3);
  });
});
