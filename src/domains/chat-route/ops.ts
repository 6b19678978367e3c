import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { ChatRouter } from './chat-router.ts';
import { requestLock, serverLock } from './lock-keys.ts';
import type { AssignOp, ChatBatchJob, ChatOpResult, SessionTransferJob } from './types.ts';

/**
 * L5 `batch_requests`: every op locks its `request_id` (an unknown type included, as the manual reads
 * it before matching the type) and calls the L1–L4 method for its type; an unknown type is `null`.
 */
export const chatBatch: BatchDefinition<ChatRouter, ChatBatchJob, ChatOpResult> = {
  keys: ({ op }) => [requestLock(op.request_id)],
  run(router, { timestamp, op }) {
    switch (op.type) {
      case 'assign':
        return router.assignRequest(timestamp, op.request_id, (op as AssignOp).size_mb);
      case 'route':
        return router.routeRequest(timestamp, op.request_id);
      case 'remove':
        return router.removeRequest(timestamp, op.request_id);
      default:
        return null;
    }
  },
};

/**
 * L6 `replicate_sessions`, fail-fast: under the source server's lock and before the semaphore, both
 * servers must exist and the source must hold at least `bandwidth_mb` MB, so a failed transfer never
 * takes a permit. Nothing moves afterwards.
 */
export const sessionTransfer: ExternalItemDefinition<ChatRouter, SessionTransferJob, boolean> = {
  keys: ({ transfer }) => [serverLock(transfer.source)],
  before(router, { timestamp, transfer }) {
    const { source, destination, bandwidth_mb } = transfer;
    const ok = has(router.servers, source) && has(router.servers, destination) && router.getMemoryUsed(timestamp, source) >= bandwidth_mb;
    return ok ? { proceed: true } : { proceed: false, result: false };
  },
  external: (_router, _job, context) => context.clock.sleep(10),
  after: () => true,
};
