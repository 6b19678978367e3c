/** State records and op shapes of the Hashring system, with the manual's snake_case keys. */
import type { Timed } from '../../core/batch.ts';

/** A node on the ring: how many replicas it has and their positions, in creation order (not sorted). */
export interface NodeInfo {
  replicas: number;
  positions: number[];
}

/** L5: store, route or remove one key; locks that key. */
export interface KeyOp {
  readonly type: 'store' | 'route' | 'remove_key';
  readonly key: string;
}

/** L5: any other type. The manual still reads and locks its `key`, then returns `null`. */
export interface OtherKeyOp {
  readonly type: string;
  readonly key: string;
}

/** An op of `batchOperations`. */
export type HashRingOp = KeyOp | OtherKeyOp;

/** What one L5 op returns: a node id (`store`, `route`), a boolean (`remove_key`), or `null`. */
export type HashRingOpResult = string | boolean | null;

/** An L5 op with the batch's timestamp, as the op definition receives it. */
export type HashRingBatchJob = Timed<HashRingOp>;

/** L6: one replica sync from a node to another. */
export interface ReplicaSyncRequest {
  readonly source_node: string;
  readonly dest_node: string;
}
