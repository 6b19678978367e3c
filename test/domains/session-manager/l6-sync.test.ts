import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { boundStore, introStore, permitOwners, stateOf } from './helpers.ts';

function bound(): ReturnType<typeof boundStore> {
  const b = boundStore();
  introStore(b.store);
  return b;
}

const ids = (...sessionIds: string[]) => sessionIds.map((session_id) => ({ session_id }));

describe('SessionManager L6: syncSessions (fail-fast)', () => {
  it('syncs live sessions and fails missing ones, in input order', async () => {
    const { store } = bound();
    expect(await store.syncSessions(400, ids('s1', 'zz', 's3', 's2'), 2)).toEqual([true, false, true, true]);
  });

  it('purges first: a session expired at the call timestamp fails', async () => {
    const { store } = bound();
    expect(await store.syncSessions(5300, ids('s3', 's1'), 2)).toEqual([false, true]);
    expect(store.sessions['s3']).toBeUndefined();
  });

  it('never gives a missing session a permit', async () => {
    const { store, tracer } = bound();
    await store.syncSessions(400, ids('zz', 's1', 'yy', 's2'), 1);
    expect(permitOwners(tracer)).toEqual(['item 1', 'item 3']);
  });

  it('takes ceil(valid / maxConcurrent) × 10 ms', async () => {
    const { store, clock } = bound();
    await store.syncSessions(400, ids('s1', 'x', 's2', 'y', 's3', 'z', 's1'), 2);
    expect(clock.now()).toBe(Math.ceil(4 / 2) * 10);
  });

  it('returns at once, without sleeping, when every session is missing', async () => {
    const { store, clock, tracer } = bound();
    const many = Array.from({ length: 20 }, (_, i) => ({ session_id: `ghost${i}` }));
    expect(await store.syncSessions(400, many, 2)).toEqual(Array(20).fill(false));
    expect(clock.now()).toBe(0);
    expect(permitOwners(tracer)).toEqual([]);
  });

  it('changes nothing but the purge', async () => {
    const { store } = bound();
    const before = deepCopy(stateOf(store));
    await store.syncSessions(400, ids('s1', 's2', 'zz'), 1);
    expect(stateOf(store)).toEqual(before);
  });

  it('returns an empty list for no transfers', async () => {
    const { store } = bound();
    expect(await store.syncSessions(400, [], 1)).toEqual([]);
  });
});
