/** The ChatRoute system: Hashring's track with request sizes, MB limits evicting LRU requests until one fits, an L5 per-request batch and an L6 fail-fast replication with a bandwidth check. */
export { ChatRouter } from './chat-router.ts';
export { chatRouteDescriptor } from './descriptor.ts';
export { ASSIGNMENTS_KEY, requestLock, serverLock, TRACK_KEY } from './lock-keys.ts';
export { chatBatch, sessionTransfer } from './ops.ts';
export { chatRouteState } from './state-access.ts';
export { chatBatchSchema, sessionTransferSchema } from './schemas.ts';
export type { AssignOp, ChatBatchJob, ChatOp, ChatOpResult, OtherChatOp, RemoveOp, RouteOp, ServerInfo, SessionTransfer, SessionTransferJob } from './types.ts';
