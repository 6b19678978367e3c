/** The Hashring system: consistent hashing with replicas, count capacity and LRU eviction, an L5 per-key batch and an L6 fail-fast replica sync. */
export { HashRing } from './hash-ring.ts';
export { hashRingDescriptor } from './descriptor.ts';
export { replicaPositions, ringPosition } from '../../core/hash-ring/hash.ts';
export { buildRing, routeFrom, routeOnRing, type Placed, type RingEntry } from '../../core/hash-ring/ring.ts';
export { hashRingBatch, replicaSync } from './ops.ts';
export { hashRingState, PLACEMENTS_KEY, RING_KEY } from './state-access.ts';
export { hashRingBatchSchema, replicaSyncSchema } from './schemas.ts';
export type { HashRingBatchJob, HashRingOp, HashRingOpResult, KeyOp, NodeInfo, OtherKeyOp, ReplicaSyncRequest } from './types.ts';
