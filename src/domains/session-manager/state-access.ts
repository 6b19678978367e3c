import type { StateAccess } from '../../core/state-access.ts';
import { SessionManager } from './session-manager.ts';
import type { Session } from './types.ts';

/**
 * The lock key of the L4 cap (`max_per_user`), which every create reads whatever session it is for.
 * On one thread the manual needs no lock for it; on threads that share state a section has only what
 * its keys guard, so a create takes this key too. (No session id can start with NUL in practice, so it
 * cannot clash with one.)
 */
export const CAP_KEY = '\u0000max_per_user';

/**
 * SessionManager's state by lock key: a session id guards that session (absent while there is none);
 * the cap key guards `max_per_user` (absent while there is no cap).
 *
 * The lazy purge that every method runs first scans every session without their locks. A batch purges
 * once before any op when some op will call a method (`batchOperations`), and an L6 call purges before
 * its items, at the call's timestamp; inside a batch no session can fall due at that same timestamp (a
 * batch create never expires), so each op's purge finds nothing: on a thread it runs over the loaded
 * sessions and changes nothing.
 *
 * Under a cap, a create counts its user's sessions and may evict the oldest, any session of that user:
 * `sessionBatchJobs` makes it lock every id its user can hold during the batch (see there).
 */
export const sessionManagerState: StateAccess<SessionManager> = {
  create: () => new SessionManager(),
  read: (store, key) => (key === CAP_KEY ? (store.max_per_user ?? undefined) : store.sessions[key]),
  write(store, key, partition) {
    if (key === CAP_KEY) store.max_per_user = (partition as number | undefined) ?? null;
    else if (partition === undefined) delete store.sessions[key];
    else store.sessions[key] = partition as Session;
  },
};
