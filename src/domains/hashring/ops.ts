import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { HashRing } from './hash-ring.ts';
import { PLACEMENTS_KEY, RING_KEY } from './state-access.ts';
import type { HashRingBatchJob, HashRingOp, HashRingOpResult, ReplicaSyncRequest } from './types.ts';

export { hashRingState } from './state-access.ts';

/**
 * What an op reads or changes besides its key: `route` reads the ring; `store` reads the ring and the
 * capacities and reads and changes the placements (its node's count, an eviction); `remove_key`
 * changes the placements. An unknown type touches nothing.
 */
function sharedKeys(op: HashRingOp): readonly string[] {
  switch (op.type) {
    case 'store':
      return [RING_KEY, PLACEMENTS_KEY];
    case 'route':
      return [RING_KEY];
    case 'remove_key':
      return [PLACEMENTS_KEY];
    default:
      return [];
  }
}

/**
 * L5 `batch_operations`: every op locks its `key` (an unknown type included, as the manual reads the
 * key before matching the type) and calls the L1–L4 method for its type; an unknown type is `null`.
 * The manual's per-key lock cannot cover what a store reads of the ring and of every other key, so ops
 * also lock the reserved keys of what they touch (see `sharedKeys`): on one thread this only adds
 * locking, as every section is synchronous and runs in input order anyway.
 */
export const hashRingBatch: BatchDefinition<HashRing, HashRingBatchJob, HashRingOpResult> = {
  portable: { module: import.meta.url, name: 'hashRingBatch', state: 'hashRingState' },
  keys: ({ op }) => [op.key, ...sharedKeys(op)],
  run(ring, { timestamp, op }) {
    switch (op.type) {
      case 'store':
        return ring.storeKey(timestamp, op.key);
      case 'route':
        return ring.routeKey(timestamp, op.key);
      case 'remove_key':
        return ring.removeKey(timestamp, op.key);
      default:
        return null;
    }
  },
};

/**
 * L6 `sync_replicas`, fail-fast: both nodes must exist, checked before the semaphore, so a failed
 * request never takes a permit. Nothing changes afterwards. The manual takes no lock; the check reads
 * the ring, so it holds the ring's key (nothing in the call changes the ring, so results are the same).
 */
export const replicaSync: ExternalItemDefinition<HashRing, ReplicaSyncRequest, boolean> = {
  portable: { module: import.meta.url, name: 'replicaSync', state: 'hashRingState' },
  keys: () => [RING_KEY],
  before: (ring, request) =>
    has(ring.nodes, request.source_node) && has(ring.nodes, request.dest_node) ? { proceed: true } : { proceed: false, result: false },
  external: (_ring, _request, context) => context.clock.sleep(10),
  after: () => true,
};
