/** SessionManager: sessions with lazy TTL purge, refresh, a per-user cap, an L5 per-session batch and a fail-fast L6 sync. */
export { SessionManager } from './session-manager.ts';
export { sessionManagerDescriptor } from './descriptor.ts';
export { sessionBatch, syncItem, SYNC_MS } from './ops.ts';
export { sessionBatchSchema, sessionTransferSchema } from './schemas.ts';
export { isAlive, purgeExpired } from './purge.ts';
export type {
  CreateSessionOp,
  EndSessionOp,
  GetSessionOp,
  OtherSessionOp,
  Session,
  SessionBatchJob,
  SessionOp,
  SessionResult,
  SessionTransfer,
  SyncJob,
} from './types.ts';
