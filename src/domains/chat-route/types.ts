/** State records and op shapes of the ChatRoute system, with the manual's snake_case keys. */
import type { Timed } from '../../core/batch.ts';

/** A server on the track: how many replicas it has and their positions, in creation order. */
export interface ServerInfo {
  replicas: number;
  positions: number[];
}

/** L5: assign a request of `size_mb` MB to the server it routes to. */
export interface AssignOp {
  readonly type: 'assign';
  readonly request_id: string;
  readonly size_mb: number;
}

/** L5: the server a request would go to, recording nothing. */
export interface RouteOp {
  readonly type: 'route';
  readonly request_id: string;
}

/** L5: forget a request (its server, size and access time). */
export interface RemoveOp {
  readonly type: 'remove';
  readonly request_id: string;
}

/** L5: any other type. The manual still reads and locks its `request_id`, then returns `null`. */
export interface OtherChatOp {
  readonly type: string;
  readonly request_id: string;
}

/** An op of `batchRequests`. */
export type ChatOp = AssignOp | RouteOp | RemoveOp | OtherChatOp;

/** What one L5 op returns: a server name (`assign`, `route`), a boolean (`remove`), or `null`. */
export type ChatOpResult = string | boolean | null;

/** An L5 op with the batch's timestamp, as the op definition receives it. */
export type ChatBatchJob = Timed<ChatOp>;

/** L6: one cross-region replication of a server's sessions. */
export interface SessionTransfer {
  readonly source: string;
  readonly destination: string;
  /** The source must hold at least this many MB for the transfer to go. */
  readonly bandwidth_mb: number;
}

/** An L6 item with the call's timestamp, as the op definition receives it. */
export interface SessionTransferJob {
  readonly timestamp: number;
  readonly transfer: SessionTransfer;
}
