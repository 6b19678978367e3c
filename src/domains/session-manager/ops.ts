import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { SessionManager } from './session-manager.ts';
import type { CreateSessionOp, SessionBatchJob, SessionOp, SessionResult, SyncJob } from './types.ts';

/** The manual's `asyncio.sleep(0.01)`: one external sync. */
export const SYNC_MS = 10;

const KNOWN = new Set(['create', 'get', 'end']);

function sessionIdOf(op: SessionOp): string {
  return (op as { session_id: string }).session_id;
}

/**
 * L5 `batch_operations`: a known op locks its `session_id` and calls the L1/L4 method (each purges
 * first); an unknown type takes no lock and answers `false`.
 */
export const sessionBatch: BatchDefinition<SessionManager, SessionBatchJob, SessionResult> = {
  keys: ({ op }) => (KNOWN.has(op.type) ? [sessionIdOf(op)] : []),
  run(system, { timestamp, op }) {
    if (op.type === 'create') return system.createSession(timestamp, sessionIdOf(op), (op as CreateSessionOp).user_id);
    if (op.type === 'get') return system.getSession(timestamp, sessionIdOf(op));
    if (op.type === 'end') return system.endSession(timestamp, sessionIdOf(op));
    return false;
  },
};

/**
 * L6 `sync_sessions`, fail-fast: a session that does not exist (expired ones were purged by the call)
 * is `false` at once and never takes a permit; the others take a permit, sleep 10 ms and are `true`.
 * Nothing is mutated.
 */
export const syncItem: ExternalItemDefinition<SessionManager, SyncJob, boolean> = {
  // Decision: the manual checks without a lock; conclab checks under the session's lock, so the check
  // never interleaves with an L5 op on that session on an engine whose threads share state.
  keys: ({ session_id }) => [session_id],
  before: (system, { session_id }) => (has(system.sessions, session_id) ? { proceed: true } : { proceed: false, result: false }),
  external: (_system, _job, { clock }) => clock.sleep(SYNC_MS),
  after: () => true,
};
