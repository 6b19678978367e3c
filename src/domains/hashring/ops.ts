import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { HashRing } from './hash-ring.ts';
import type { HashRingBatchJob, HashRingOpResult, ReplicaSyncRequest } from './types.ts';

/**
 * L5 `batch_operations`: every op locks its `key` (an unknown type included, as the manual reads the
 * key before matching the type) and calls the L1–L4 method for its type; an unknown type is `null`.
 */
export const hashRingBatch: BatchDefinition<HashRing, HashRingBatchJob, HashRingOpResult> = {
  keys: ({ op }) => [op.key],
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
 * L6 `sync_replicas`, fail-fast: both nodes must exist, checked before the semaphore and under no lock
 * (the manual takes none), so a failed request never takes a permit. Nothing changes afterwards.
 */
export const replicaSync: ExternalItemDefinition<HashRing, ReplicaSyncRequest, boolean> = {
  keys: () => [],
  before: (ring, request) =>
    has(ring.nodes, request.source_node) && has(ring.nodes, request.dest_node) ? { proceed: true } : { proceed: false, result: false },
  external: (_ring, _request, context) => context.clock.sleep(10),
  after: () => true,
};
