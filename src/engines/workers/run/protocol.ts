/**
 * The messages the worker engine's dispatcher sends to its pool, in one place. Shared memory travels
 * as SharedArrayBuffers (shared, not copied); items as structured clones.
 */
import type { MessagePort } from 'node:worker_threads';
import type { RateLimitPolicy } from '../../../core/rate-limited.ts';
import type { Portable } from '../../../core/state-access.ts';

/** What every task of one run shares: the definition, the keys, the locks and the state. */
export interface RunShared {
  /** Identifies the run, so a thread keeps one partition cache and system per run. */
  readonly runId: number;
  readonly portable: Portable;
  /** The lock table (layout in `../layout.ts`). */
  readonly lockView: Int32Array;
  /** Key slot → key, as interned by the dispatcher. */
  readonly keys: readonly string[];
  /** Partition chains (`../state/partition-store.ts`), one slot per key. */
  readonly store: SharedArrayBuffer;
  /** Thread registry: index → worker threadId + 1 (0 = free). */
  readonly registry: Int32Array;
  /** Words the dispatcher and threads share: see `RUN_WORDS`. */
  readonly runWords: Int32Array;
  readonly timeoutMs: number;
}

/** Words of `runWords`. */
export const RUN_WORDS = {
  /** A spin lock (0 free, 1 held) around taking tickets on the fly, so two threads never interleave. */
  ticketMutex: 0,
  /** The next completion sequence number of a worker pool. */
  completionSeq: 1,
  /** The next sequence number of a section with no input position (it comes after all that have one). */
  sectionSeq: 2,
  size: 3,
} as const;

/** What the tasks of one dispatch share: where results go and who is doing what. */
export interface DispatchShared {
  /** One result chain per op or item of the dispatch, by index. */
  readonly results: SharedArrayBuffer;
  /** Per task: the thread index that took it, + 1 (0 = not started). */
  readonly taskThreads: Int32Array;
  /** Per task: the semaphore permits it holds now, given back if its thread dies. */
  readonly taskPermits: Int32Array;
}

/**
 * Runs the chunks of a batch, claimed in input order from a shared counter until none is left: the
 * earliest unfinished chunk is always on a running thread, however the pool schedules its tasks, so
 * FIFO turns (which wait only on earlier ops) always move.
 */
export interface BatchTask extends RunShared, DispatchShared {
  readonly kind: 'batch';
  readonly task: number;
  /** One store slot per chunk; its entry is the chunk (`Chunk`). */
  readonly chunks: SharedArrayBuffer;
  readonly chunkCount: number;
  /** [0]: the next chunk to claim; [1 + c]: the thread index that claimed chunk c, + 1. */
  readonly chunkWords: Int32Array;
  /** The section each op runs: an L5 op's `run`, or an L6 item's `before` (its check, in input order). */
  readonly section: 'run' | 'before';
}

/** A chunk of a batch, as stored for its claimer. */
export interface Chunk {
  readonly offset: number;
  readonly operations: readonly unknown[];
  /** FIFO only: each op's tickets, aligned with its keys. */
  readonly tickets: readonly (readonly number[])[] | null;
}

/** A slice of an L6 call: permit → external step → local section, every turn taken on arrival. */
export interface RateLimitedTask extends RunShared, DispatchShared {
  readonly kind: 'rate-limited';
  readonly task: number;
  readonly offset: number;
  readonly items: readonly unknown[];
  readonly policy: RateLimitPolicy;
  /** The call's semaphore (`../layout.ts`), shared by every thread. */
  readonly semaphore: Int32Array;
  /** Where the items' callbacks are called, on the dispatcher's thread. */
  readonly callbacks: MessagePort | undefined;
}

/** Some of a worker pool's workers, on one thread. */
export interface WorkerPoolTask extends RunShared, DispatchShared {
  readonly kind: 'worker-pool';
  readonly task: number;
  readonly workers: number;
}

/**
 * After a thread died: take and at once release, in input order, the FIFO tickets of the ops it had
 * not finished, so the ops behind them on those keys go on. A ticket its death already gave up is
 * skipped.
 */
export interface PassTicketsTask extends RunShared {
  readonly kind: 'pass-tickets';
  readonly slots: readonly (readonly number[])[];
  readonly tickets: readonly (readonly number[])[];
}

export type EngineTask = BatchTask | RateLimitedTask | WorkerPoolTask | PassTicketsTask;

/** What a worker-pool task returns: its completed tasks, each with the global completion number. */
export interface PoolCompletion {
  readonly completed: readonly (readonly [seq: number, task: unknown])[];
}
