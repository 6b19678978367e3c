import { compareStrings, type Dict } from '../../core/dict.ts';
import type { Session } from './types.ts';

/** A session is alive with no expiry, or strictly before it: at `expires_at` it is already dead. */
export function isAlive(session: Session, timestamp: number): boolean {
  return session.expires_at === null || timestamp < session.expires_at;
}

/**
 * The manual's `_purge_expired`: delete every session dead at `timestamp`. Ids are collected first and
 * deleted after, as the manual must (Python forbids deleting from a dict it is iterating).
 */
export function purgeExpired(sessions: Dict<Session>, timestamp: number): void {
  const expired = Object.keys(sessions).filter((id) => !isAlive(sessions[id]!, timestamp));
  for (const id of expired) delete sessions[id];
}

/**
 * The session the L4 cap evicts for `userId`: the oldest by `(created_at, session_id)`, or `undefined`
 * when the user has none.
 */
export function oldestSessionOf(sessions: Dict<Session>, userId: string): string | undefined {
  let oldest: [string, number] | undefined;
  for (const [id, session] of Object.entries(sessions)) {
    if (session.user_id !== userId) continue;
    if (oldest === undefined || session.created_at < oldest[1] || (session.created_at === oldest[1] && compareStrings(id, oldest[0]) < 0)) {
      oldest = [id, session.created_at];
    }
  }
  return oldest?.[0];
}

/** How many sessions `userId` holds. */
export function countSessionsOf(sessions: Dict<Session>, userId: string): number {
  return Object.values(sessions).filter((session) => session.user_id === userId).length;
}
