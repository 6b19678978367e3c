import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { ChatRouter } from './chat-router.ts';
import { ASSIGNMENTS_KEY, requestLock, serverLock, TRACK_KEY } from './lock-keys.ts';
import type { AssignOp, ChatBatchJob, ChatOp, ChatOpResult, SessionTransferJob } from './types.ts';

export { chatRouteState } from './state-access.ts';

/**
 * What an op reads or changes besides its request: `route` reads the track; `assign` reads the track
 * and the limits and reads and changes the assignments (its server's load, evictions); `remove`
 * changes the assignments. An unknown type touches nothing.
 */
function sharedKeys(op: ChatOp): readonly string[] {
  switch (op.type) {
    case 'assign':
      return [TRACK_KEY, ASSIGNMENTS_KEY];
    case 'route':
      return [TRACK_KEY];
    case 'remove':
      return [ASSIGNMENTS_KEY];
    default:
      return [];
  }
}

/**
 * L5 `batch_requests`: every op locks its `request_id` (an unknown type included, as the manual reads
 * it before matching the type) and calls the L1–L4 method for its type; an unknown type is `null`.
 * The manual's per-request lock cannot cover what an assign reads of the track and of every other
 * request, so ops also lock the reserved keys of what they touch (see `sharedKeys`): on one thread this
 * only adds locking, as every section is synchronous and runs in input order anyway.
 */
export const chatBatch: BatchDefinition<ChatRouter, ChatBatchJob, ChatOpResult> = {
  portable: { module: import.meta.url, name: 'chatBatch', state: 'chatRouteState' },
  keys: ({ op }) => [requestLock(op.request_id), ...sharedKeys(op)],
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
 * takes a permit. Nothing moves afterwards. The check reads the track and sums the source's requests,
 * so it also holds the track's and the assignments' keys (nothing in the call changes them).
 */
export const sessionTransfer: ExternalItemDefinition<ChatRouter, SessionTransferJob, boolean> = {
  portable: { module: import.meta.url, name: 'sessionTransfer', state: 'chatRouteState' },
  keys: ({ transfer }) => [serverLock(transfer.source), TRACK_KEY, ASSIGNMENTS_KEY],
  before(router, { timestamp, transfer }) {
    const { source, destination, bandwidth_mb } = transfer;
    const ok = has(router.servers, source) && has(router.servers, destination) && router.getMemoryUsed(timestamp, source) >= bandwidth_mb;
    return ok ? { proceed: true } : { proceed: false, result: false };
  },
  external: (_router, _job, context) => context.clock.sleep(10),
  after: () => true,
};
