/**
 * The manual keeps two lock tables, `request_locks` (L5) and `server_locks` (L6); conclab gives each
 * system one. Prefixed keys keep a request and a server of the same name from sharing a lock.
 */

/** The lock key of a request id. */
export const requestLock = (requestId: string): string => `request:${requestId}`;

/** The lock key of a server name. */
export const serverLock = (serverName: string): string => `server:${serverName}`;
