import type { BatchDefinition } from './batch.ts';
import type { LockTable } from './lock-table.ts';
import type { ExternalItemDefinition, RateLimitPolicy } from './rate-limited.ts';
import type { WorkerPoolDefinition } from './worker-pool.ts';

/** An L5 batch handed to an engine: a system, its lock table, its definition and the ops. */
export interface BatchJob<S, Op, R> {
  readonly system: S;
  readonly locks: LockTable;
  readonly definition: BatchDefinition<S, Op, R>;
  readonly operations: readonly Op[];
}

/** An L6 call handed to an engine; the engine makes its semaphore from `maxConcurrent`. */
export interface RateLimitedJob<S, I, R> {
  readonly system: S;
  readonly locks: LockTable;
  readonly definition: ExternalItemDefinition<S, I, R>;
  readonly policy: RateLimitPolicy;
  readonly items: readonly I[];
  readonly maxConcurrent: number;
}

/** A worker pool handed to an engine. */
export interface WorkerPoolJob<S, T> {
  readonly system: S;
  readonly locks: LockTable;
  readonly definition: WorkerPoolDefinition<S, T>;
  readonly workers: number;
}
