import { compareStrings, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectPositiveInteger, validateItems, validateOps } from '../../core/validate.ts';
import { callsMethod, sessionBatch, sessionBatchJobs, syncItem } from './ops.ts';
import { countSessionsOf, oldestSessionOf, purgeExpired } from './purge.ts';
import { sessionBatchSchema, sessionTransferSchema } from './schemas.ts';
import type { Session, SessionOp, SessionResult, SessionTransfer } from './types.ts';

/**
 * The manual's `SessionManager`: sessions owned by users, with an optional absolute expiry purged
 * lazily, refresh, a per-user cap that evicts the oldest session, an L5 batch under per-session locks
 * and a fail-fast L6 sync.
 * @example
 * const store = new SessionManager();
 * store.createSessionWithTtl(300, 's3', 'alice', 5000);
 * store.getSession(5299, 's3'); // "alice"
 * store.getSession(5300, 's3'); // "" (dead at its expiry)
 */
export class SessionManager {
  /** session_id → session, in creation order. */
  sessions: Dict<Session> = dict();
  /** The L4 per-user cap; `null`: no cap. */
  max_per_user: number | null = null;
  readonly #runtime = new Runtime();

  /** The manual's `locks` (`defaultdict(asyncio.Lock)`): one lock per session id, made on first use. */
  get locks(): LockTable {
    return this.#runtime.locks;
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /**
   * L1/L4: open a session that never expires. Under a cap, a user already holding `max_per_user`
   * sessions (or more) first loses exactly one: the oldest by `(created_at, session_id)`.
   * @returns `false` when the id is taken by a live session, else `true`.
   * @throws InvalidInputError on a non-integer timestamp or a non-string id.
   */
  createSession(timestamp: number, sessionId: string, userId: string): boolean {
    expectArgs(timestamp, { sessionId, userId });
    purgeExpired(this.sessions, timestamp);
    if (has(this.sessions, sessionId)) return false;
    if (!this.#makeRoomFor(userId)) return false;
    this.sessions[sessionId] = { user_id: userId, created_at: timestamp, expires_at: null };
    return true;
  }

  /** L1: the session's user id, or `""` when it is missing or expired. */
  getSession(timestamp: number, sessionId: string): string {
    expectArgs(timestamp, { sessionId });
    purgeExpired(this.sessions, timestamp);
    return this.sessions[sessionId]?.user_id ?? '';
  }

  /** L1: delete a live session. @returns `false` when it is missing or expired. */
  endSession(timestamp: number, sessionId: string): boolean {
    expectArgs(timestamp, { sessionId });
    purgeExpired(this.sessions, timestamp);
    if (!has(this.sessions, sessionId)) return false;
    delete this.sessions[sessionId];
    return true;
  }

  /**
   * L2: live sessions as `"id(user), id(user)"`: with `sortBy` `"created"` newest first (ties by id),
   * with any other value by id. `""` when none.
   */
  listSessions(timestamp: number, sortBy: string): string {
    expectArgs(timestamp, { sortBy });
    purgeExpired(this.sessions, timestamp);
    const entries = Object.entries(this.sessions);
    const byId = ([a]: [string, Session], [b]: [string, Session]): number => compareStrings(a, b);
    const newest = (x: [string, Session], y: [string, Session]): number => y[1].created_at - x[1].created_at || byId(x, y);
    return entries
      .sort(sortBy === 'created' ? newest : byId)
      .map(([id, session]) => `${id}(${session.user_id})`)
      .join(', ');
  }

  /** L2: how many sessions are alive at `timestamp`. */
  countActive(timestamp: number): number {
    expectInteger(timestamp, 'timestamp');
    purgeExpired(this.sessions, timestamp);
    return Object.keys(this.sessions).length;
  }

  /**
   * L3: open a session that dies at `timestamp + ttlMs`. The L4 cap does not apply here.
   * @returns `false` when the id is taken by a live session.
   */
  createSessionWithTtl(timestamp: number, sessionId: string, userId: string, ttlMs: number): boolean {
    expectArgs(timestamp, { sessionId, userId });
    expectInteger(ttlMs, 'ttlMs');
    purgeExpired(this.sessions, timestamp);
    if (has(this.sessions, sessionId)) return false;
    // Decision: the L4 cap is not applied here, as in the manual's code: only `createSession` evicts.
    // Decision: the manual does not bound `ttlMs`; zero or negative gives a session already dead at
    // `timestamp`, which the next call purges.
    this.sessions[sessionId] = { user_id: userId, created_at: timestamp, expires_at: timestamp + ttlMs };
    return true;
  }

  /**
   * L3: make a live session die at `timestamp + ttlMs` (a never-expiring one gains a TTL). A session
   * refreshed at exactly its expiry is already gone.
   * @returns `false` when the session is missing or expired.
   */
  refreshSession(timestamp: number, sessionId: string, ttlMs: number): boolean {
    expectArgs(timestamp, { sessionId });
    expectInteger(ttlMs, 'ttlMs');
    purgeExpired(this.sessions, timestamp);
    const session = this.sessions[sessionId];
    if (session === undefined) return false;
    session.expires_at = timestamp + ttlMs;
    return true;
  }

  /** L4: cap the sessions `createSession` lets one user hold. Existing sessions are not evicted. @returns `null`. */
  setMaxSessions(timestamp: number, maxPerUser: number): null {
    expectInteger(timestamp, 'timestamp');
    expectInteger(maxPerUser, 'maxPerUser');
    purgeExpired(this.sessions, timestamp);
    this.max_per_user = maxPerUser;
    return null;
  }

  /**
   * L5: run every op under its session's lock, all at once; the results, in input order, equal running
   * the ops one by one.
   * @returns `create`/`end` → boolean, `get` → user id or `""`, other types → `false`.
   * @throws InvalidInputError (as a rejection, before any change) on a malformed op, naming its index.
   */
  async batchOperations(timestamp: number, ops: readonly SessionOp[]): Promise<(SessionResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(ops, sessionBatchSchema, 'ops');
    // Decision: the manual's batch loops over the ops one at a time; conclab starts them all at once, as
    // the Bank pattern its comment names does. Its critical sections never await, so results are the
    // same. Like the manual's code, a batch whose ops call no method does not purge. Otherwise the first
    // op's purge is done here, before any op (nothing has run before it, so it is the same purge), and
    // every op's own purge then finds nothing: no section needs a session it does not lock.
    if (ops.some(callsMethod)) purgeExpired(this.sessions, timestamp);
    return this.#runtime.batch(this, sessionBatch, sessionBatchJobs(this.sessions, this.max_per_user, timestamp, ops));
  }

  /**
   * L6, fail-fast: expired sessions are purged once; then a missing session is `false` at once and
   * takes no permit, and every other one takes one of `maxConcurrent` permits for a 10 ms sync.
   * Makespan `ceil(live / maxConcurrent) × 10 ms`. Changes nothing else.
   * @returns one boolean per transfer, in input order.
   */
  async syncSessions(timestamp: number, transfers: readonly SessionTransfer[], maxConcurrent: number): Promise<boolean[]> {
    expectInteger(timestamp, 'timestamp');
    validateItems(transfers, sessionTransferSchema, 'transfers');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    purgeExpired(this.sessions, timestamp);
    const jobs = transfers.map(({ session_id }) => ({ timestamp, session_id }));
    return this.#runtime.rateLimited(this, syncItem, 'fail-fast', jobs, maxConcurrent);
  }

  /**
   * Apply the L4 cap before `userId` gains a session: at or over it, evict that user's oldest session.
   * @returns `false` when the cap leaves no room and there is nothing to evict.
   */
  #makeRoomFor(userId: string): boolean {
    if (this.max_per_user === null || countSessionsOf(this.sessions, userId) < this.max_per_user) return true;
    // Decision: one eviction per create, as in the manual's code, even when a lowered cap leaves the user
    // further over it: setting a cap never ends sessions by itself.
    const oldest = oldestSessionOf(this.sessions, userId);
    // Decision: a cap ≤ 0 for a user without sessions makes the manual index an empty list (IndexError);
    // conclab refuses the new session instead, as a cap that allows none should.
    if (oldest === undefined) return false;
    delete this.sessions[oldest];
    return true;
  }
}
