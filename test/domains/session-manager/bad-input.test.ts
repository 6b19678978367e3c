import { describe, it } from 'vitest';
import type { SessionManager } from '../../../src/domains/session-manager/index.ts';
import { boundStore, stateOf } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** A store with a session expiring at 50, so a purge run before validation would show (calls use ts 60). */
function seeded(): SessionManager {
  const { store } = boundStore();
  store.createSession(0, 's1', 'alice');
  store.createSessionWithTtl(0, 's2', 'bob', 50);
  return store;
}

/** Call `run` on a seeded system and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, stateOf);

describe('SessionManager bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((s) => call(s, 'batchOperations', 60, 'create'), { field: 'ops' });
  });

  it('rejects an op that is null, naming its index', async () => {
    await rejects((s) => call(s, 'batchOperations', 60, [{ type: 'end', session_id: 's1' }, null]), { field: 'op', index: 1 });
  });

  it('rejects a create op missing its user id, before the valid end ahead of it runs', async () => {
    const ops = [
      { type: 'end', session_id: 's1' },
      { type: 'create', session_id: 's9' },
    ];
    await rejects((s) => call(s, 'batchOperations', 60, ops), { field: 'user_id', index: 1 });
  });

  it('rejects a get op whose session id is a number', async () => {
    await rejects((s) => call(s, 'batchOperations', 60, [{ type: 'get', session_id: 1 }]), { field: 'session_id', index: 0 });
  });

  it('rejects an op without a type', async () => {
    await rejects((s) => call(s, 'batchOperations', 60, [{ session_id: 's1' }]), { field: 'type', index: 0 });
  });

  it('rejects a batch with a non-integer timestamp', async () => {
    await rejects((s) => call(s, 'batchOperations', '60', []), { field: 'timestamp' });
  });

  it('rejects syncSessions with maxConcurrent 0', async () => {
    await rejects((s) => s.syncSessions(60, [{ session_id: 's1' }], 0), { field: 'maxConcurrent' });
  });

  it('rejects syncSessions with maxConcurrent 1.5', async () => {
    await rejects((s) => s.syncSessions(60, [{ session_id: 's1' }], 1.5), { field: 'maxConcurrent' });
  });

  it('rejects a sync transfer that is a bare string', async () => {
    await rejects((s) => call(s, 'syncSessions', 60, [{ session_id: 's1' }, 's2'], 1), { field: 'item', index: 1 });
  });

  it('rejects a sync transfer list that is not an array', async () => {
    await rejects((s) => call(s, 'syncSessions', 60, { session_id: 's1' }, 1), { field: 'transfers' });
  });

  it('rejects createSessionWithTtl with a fractional ttl', async () => {
    await rejects((s) => s.createSessionWithTtl(60, 's3', 'carol', 0.5), { field: 'ttlMs' });
  });

  it('rejects setMaxSessions with null', async () => {
    await rejects((s) => call(s, 'setMaxSessions', 60, null), { field: 'maxPerUser' });
  });

  it('rejects listSessions with a non-string sort key', async () => {
    await rejects((s) => call(s, 'listSessions', 60, 1), { field: 'sortBy' });
  });

  it('rejects getSession with a fractional timestamp even for a purge-only effect', async () => {
    await rejects((s) => s.getSession(60.5, 's1'), { field: 'timestamp' });
  });
});
