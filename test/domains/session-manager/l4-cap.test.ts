import { describe, expect, it } from 'vitest';
import { SessionManager } from '../../../src/domains/session-manager/index.ts';

function cappedStore(): SessionManager {
  const store = new SessionManager();
  store.createSession(100, 's1', 'alice');
  store.createSession(300, 's3', 'alice');
  store.createSession(200, 's2', 'bob');
  return store;
}

describe('SessionManager L4: per-user cap', () => {
  it('sets the cap and returns null', () => {
    const store = cappedStore();
    expect(store.setMaxSessions(400, 2)).toBeNull();
    expect(store.max_per_user).toBe(2);
  });

  it('evicts the user\'s oldest session to make room', () => {
    const store = cappedStore();
    store.setMaxSessions(400, 2);
    expect(store.createSession(500, 's4', 'alice')).toBe(true);
    expect(store.listSessions(500, 'id')).toBe('s2(bob), s3(alice), s4(alice)');
  });

  it('does not evict when the user is under the cap', () => {
    const store = cappedStore();
    store.setMaxSessions(400, 2);
    expect(store.createSession(500, 's5', 'bob')).toBe(true);
    expect(store.countActive(500)).toBe(4);
  });

  it('does not evict existing sessions when the cap is set', () => {
    const store = cappedStore();
    store.setMaxSessions(400, 1);
    expect(store.countActive(400)).toBe(3);
  });

  it('evicts only one session per create when the cap was lowered below the count', () => {
    const store = cappedStore();
    store.createSession(350, 's5', 'alice');
    store.setMaxSessions(400, 1);
    expect(store.createSession(500, 's6', 'alice')).toBe(true);
    expect(store.listSessions(500, 'id')).toBe('s2(bob), s3(alice), s5(alice), s6(alice)');
  });

  it('breaks equal creation times by id when choosing whom to evict', () => {
    const store = new SessionManager();
    store.createSession(10, 'b', 'u');
    store.createSession(10, 'a', 'u');
    store.setMaxSessions(20, 2);
    store.createSession(30, 'c', 'u');
    expect(store.listSessions(30, 'id')).toBe('b(u), c(u)');
  });

  it('does not apply the cap to TTL sessions', () => {
    const store = cappedStore();
    store.setMaxSessions(400, 2);
    expect(store.createSessionWithTtl(500, 's9', 'alice', 1000)).toBe(true);
    expect(store.countActive(500)).toBe(4);
  });

  it('does not reject or evict a re-used live id', () => {
    const store = cappedStore();
    store.setMaxSessions(400, 2);
    expect(store.createSession(500, 's1', 'alice')).toBe(false);
    expect(store.countActive(500)).toBe(3);
  });

  it('counts expired sessions out before applying the cap', () => {
    const store = new SessionManager();
    store.createSessionWithTtl(0, 'old', 'u', 10);
    store.createSession(1, 'keep', 'u');
    store.setMaxSessions(5, 2);
    expect(store.createSession(10, 'new', 'u')).toBe(true);
    expect(store.listSessions(10, 'id')).toBe('keep(u), new(u)');
  });

  it('refuses a session under a cap of 0 when the user has nothing to evict', () => {
    const store = cappedStore();
    store.setMaxSessions(400, 0);
    expect(store.createSession(500, 's7', 'carol')).toBe(false);
    expect(store.getSession(500, 's7')).toBe('');
  });
});
