/** State records and op shapes of the SessionManager system, with the manual's snake_case keys. */
import type { Timed } from '../../core/batch.ts';

/** One session as the manual stores it. */
export interface Session {
  user_id: string;
  created_at: number;
  /** Absolute expiry in ms; `null` never expires. Dead at exactly this timestamp. */
  expires_at: number | null;
}

/** L5 `{type: "create"}`: the L4 `createSession` (cap and eviction included), result a boolean. */
export interface CreateSessionOp {
  readonly type: 'create';
  readonly session_id: string;
  readonly user_id: string;
}

/** L5 `{type: "get"}`: `getSession`, result the user id or `""`. */
export interface GetSessionOp {
  readonly type: 'get';
  readonly session_id: string;
}

/** L5 `{type: "end"}`: `endSession`, result a boolean. */
export interface EndSessionOp {
  readonly type: 'end';
  readonly session_id: string;
}

/** L5: any other type. The manual reads nothing of it and takes no lock; the result is `false`. */
export interface OtherSessionOp {
  readonly type: string;
  /** Ignored: any other field an unknown op carries is never read. */
  readonly session_id?: unknown;
}

/** An op of `batchOperations`. */
export type SessionOp = CreateSessionOp | GetSessionOp | EndSessionOp | OtherSessionOp;

/** What one L5 op returns: a boolean, or for `get` the user id (`""` when missing). */
export type SessionResult = boolean | string;

/** An L5 op with the batch's timestamp, as the op definition receives it. */
export interface SessionBatchJob extends Timed<SessionOp> {
  /** Session ids a create may count or evict under the cap beside its own, which it locks too. */
  readonly also?: readonly string[];
}

/** One item of `syncSessions` (the manual calls them transfers). */
export interface SessionTransfer {
  readonly session_id: string;
}

/** An L6 item with the call's timestamp, as the op definition receives it. */
export interface SyncJob {
  readonly timestamp: number;
  readonly session_id: string;
}
