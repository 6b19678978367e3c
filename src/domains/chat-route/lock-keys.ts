/**
 * The manual keeps two lock tables, `request_locks` (L5) and `server_locks` (L6); conclab gives each
 * system one. Prefixed keys keep a request and a server of the same name from sharing a lock.
 */

/** The lock key of a request id. */
export const requestLock = (requestId: string): string => `request:${requestId}`;

/** The lock key of a server name. */
export const serverLock = (serverName: string): string => `server:${serverName}`;

/**
 * The lock key of the track: `servers` (every server's positions) and `memory_limits`. Every op that
 * routes reads the whole track, whatever request it is for, and the L6 check reads `servers`. The manual
 * takes no lock for it; on threads that share state it must have one, or the track is not there. (No
 * prefixed key starts with NUL, so it cannot clash with one.)
 */
export const TRACK_KEY = '\u0000track';

/**
 * The lock key of the assignments: `requests`, `request_sizes`, `request_access` and their insertion
 * order. An assign sums the sizes of every request on its server and may evict any of them (least
 * recently assigned, first in insertion order on a tie); a remove changes what later assigns sum; the
 * L6 check sums its source's load. So the assignments are one partition, which these lock besides their
 * own request or server.
 */
export const ASSIGNMENTS_KEY = '\u0000assignments';
