import { stamped, type BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { SessionManager } from './session-manager.ts';
import { CAP_KEY } from './state-access.ts';
import type { CreateSessionOp, Session, SessionBatchJob, SessionOp, SessionResult, SyncJob } from './types.ts';

export { sessionManagerState } from './state-access.ts';

/** The manual's `asyncio.sleep(0.01)`: one external sync. */
export const SYNC_MS = 10;

const KNOWN = new Set(['create', 'get', 'end']);

/** Whether `op` calls a method (and so purges first): an unknown type calls none. */
export function callsMethod(op: SessionOp): boolean {
  return KNOWN.has(op.type);
}

function sessionIdOf(op: SessionOp): string {
  return (op as { session_id: string }).session_id;
}

function isCreate(op: SessionOp): op is CreateSessionOp {
  return op.type === 'create';
}

/**
 * The jobs of a batch at `timestamp` on `sessions` (already purged) under the cap `maxPerUser`. Under
 * a cap, a create counts its user's sessions and may evict the oldest of them, so it also locks
 * (`also`) every id its user can hold during the batch: the user's sessions now, and the id of every
 * create for that user in the batch (a session changes hands only by being ended and created again).
 * Only locking is added: the results are those of the ops one by one.
 */
export function sessionBatchJobs(sessions: Readonly<Record<string, Session>>, maxPerUser: number | null, timestamp: number, ops: readonly SessionOp[]): SessionBatchJob[] {
  if (maxPerUser === null) return stamped(timestamp, ops);
  const held = new Map<string, Set<string>>();
  const hold = (user: string, id: string): void => {
    const ids = held.get(user) ?? new Set<string>();
    held.set(user, ids.add(id));
  };
  for (const [id, session] of Object.entries(sessions)) hold(session.user_id, id);
  for (const op of ops) if (isCreate(op)) hold(op.user_id, op.session_id);
  return ops.map((op) => (isCreate(op) ? { timestamp, op, also: [...held.get(op.user_id)!] } : { timestamp, op }));
}

/**
 * L5 `batch_operations`: a known op locks its `session_id` and calls the L1/L4 method (each purges
 * first); an unknown type takes no lock and answers `false`. A create also locks the cap key, and under
 * a cap every id its user can hold (see `sessionBatchJobs`).
 */
export const sessionBatch: BatchDefinition<SessionManager, SessionBatchJob, SessionResult> = {
  portable: { module: import.meta.url, name: 'sessionBatch', state: 'sessionManagerState' },
  keys: ({ op, also = [] }) => (isCreate(op) ? [op.session_id, CAP_KEY, ...also] : callsMethod(op) ? [sessionIdOf(op)] : []),
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
  portable: { module: import.meta.url, name: 'syncItem', state: 'sessionManagerState' },
  // Decision: the manual checks without a lock; conclab checks under the session's lock, so the check
  // never interleaves with an L5 op on that session on an engine whose threads share state.
  keys: ({ session_id }) => [session_id],
  before: (system, { session_id }) => (has(system.sessions, session_id) ? { proceed: true } : { proceed: false, result: false }),
  external: (_system, _job, { clock }) => clock.sleep(SYNC_MS),
  after: () => true,
};
