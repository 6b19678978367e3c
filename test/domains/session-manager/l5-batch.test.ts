import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { SessionManager, type SessionOp } from '../../../src/domains/session-manager/index.ts';
import { CAP_KEY } from '../../../src/domains/session-manager/state-access.ts';
import { applySequentially, boundStore, introStore, randomBatch, seedSessions } from './helpers.ts';
import { lockedKeys } from '../harness.ts';

describe('SessionManager L5: batchOperations', () => {
  it('runs create, get and end through the L1/L4 methods, unknown types false', async () => {
    const { store } = boundStore();
    introStore(store);
    const ops: SessionOp[] = [
      { type: 'get', session_id: 's3' },
      { type: 'create', session_id: 's4', user_id: 'carol' },
      { type: 'end', session_id: 's2' },
      { type: 'get', session_id: 's2' },
      { type: 'create', session_id: 's1', user_id: 'x' },
      { type: 'rename' },
    ];
    expect(await store.batchOperations(400, ops)).toEqual(['alice', true, true, '', false, false]);
  });

  it('runs ops on one session in input order', async () => {
    const { store } = boundStore();
    const ops: SessionOp[] = [
      { type: 'get', session_id: 'x' },
      { type: 'create', session_id: 'x', user_id: 'u' },
      { type: 'get', session_id: 'x' },
      { type: 'end', session_id: 'x' },
      { type: 'end', session_id: 'x' },
      { type: 'create', session_id: 'x', user_id: 'v' },
    ];
    expect(await store.batchOperations(0, ops)).toEqual(['', true, 'u', true, false, true]);
    expect(store.sessions['x']?.user_id).toBe('v');
  });

  it('applies the cap with eviction inside the batch', async () => {
    const { store } = boundStore();
    store.createSession(1, 'a', 'u');
    store.setMaxSessions(1, 1);
    expect(await store.batchOperations(2, [{ type: 'create', session_id: 'b', user_id: 'u' }, { type: 'get', session_id: 'a' }])).toEqual([true, '']);
  });

  it('purges through the ops: an expired session reads as ""', async () => {
    const { store } = boundStore();
    introStore(store);
    expect(await store.batchOperations(5300, [{ type: 'get', session_id: 's3' }, { type: 'create', session_id: 's3', user_id: 'z' }])).toEqual(['', true]);
  });

  it('locks each known op on its session id and takes no lock for an unknown type', async () => {
    const { store, tracer } = boundStore();
    await store.batchOperations(0, [{ type: 'get', session_id: 'a' }, { type: 'noop' }, { type: 'end', session_id: 'b' }]);
    expect(lockedKeys(tracer)).toEqual([['a'], [], ['b']]);
  });

  it('locks the cap key on a create, and under a cap every id its user can hold', async () => {
    const { store, tracer } = boundStore();
    store.createSession(1, 'a', 'u');
    store.createSession(1, 'b', 'v');
    await store.batchOperations(2, [{ type: 'create', session_id: 'c', user_id: 'u' }]);
    store.setMaxSessions(2, 1);
    const ops: SessionOp[] = [
      { type: 'create', session_id: 'd', user_id: 'u' },
      { type: 'get', session_id: 'b' },
      { type: 'create', session_id: 'e', user_id: 'v' },
    ];
    expect(await store.batchOperations(3, ops)).toEqual([true, 'v', true]);
    expect(lockedKeys(tracer).map((keys) => [...keys].sort())).toEqual([['c', CAP_KEY], [CAP_KEY, 'a', 'c', 'd'], ['b'], [CAP_KEY, 'b', 'e']].map((keys) => keys.sort()));
    expect(Object.keys(store.sessions)).toEqual(['c', 'd', 'e']);
  });

  it('purges before the first op only when some op calls a method', async () => {
    const { store } = boundStore();
    store.createSessionWithTtl(0, 'old', 'u', 10);
    await store.batchOperations(20, [{ type: 'noop' }]);
    expect(Object.keys(store.sessions)).toEqual(['old']);
    await store.batchOperations(20, [{ type: 'noop' }, { type: 'get', session_id: 'x' }]);
    expect(Object.keys(store.sessions)).toEqual([]);
  });

  it('returns an empty list for an empty batch', async () => {
    const { store } = boundStore();
    expect(await store.batchOperations(0, [])).toEqual([]);
  });

  it('equals the ops run one by one through L1/L4 in input order, for 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const { store } = boundStore();
      seedSessions(store, random);
      const reference = new SessionManager();
      reference.sessions = deepCopy(store.sessions);
      reference.max_per_user = store.max_per_user;
      const timestamp = random.int(10, 120);
      const ops = randomBatch(random, random.int(0, 30));
      const results = await store.batchOperations(timestamp, ops);
      expect(results, `seed ${seed}`).toEqual(applySequentially(reference, timestamp, ops));
      expect(store.sessions, `seed ${seed}`).toEqual(reference.sessions);
    }
  });
});
