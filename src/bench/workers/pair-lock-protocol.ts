/**
 * What the pair-lock worker and its driver say to each other, in one place: one trial is a list of
 * transfers for each thread, run against a fresh plain-mode Atomics lock table, all threads starting
 * together at a barrier.
 */
import type { AcquireOrder } from '../../core/lock-table.ts';

/** `workerData` of a pair-lock worker. */
export interface PairLockWorkerData {
  /** Its thread index in every trial's lock table. */
  readonly thread: number;
}

/** One trial for one thread. */
export interface PairLockTrial {
  /** A plain lock table with one slot per account, shared by every thread of the trial. */
  readonly view: Int32Array;
  /** One word per account: transfers move 1 from source to target, under both locks. */
  readonly balances: Int32Array;
  /** `barrier[0]` counts arrivals; every thread starts once all `threads` have arrived. */
  readonly barrier: Int32Array;
  readonly threads: number;
  /** This thread's transfers, as [source slot, target slot], run in this order. */
  readonly pairs: readonly (readonly [number, number])[];
  readonly order: AcquireOrder;
  /** Bound on each acquisition: what ends a wait the watchdog did not. */
  readonly timeoutMs: number;
}

/** What a thread reports after its trial. */
export interface PairLockOutcome {
  /** Acquisitions the watchdog ended with a `DeadlockError` (each one a cycle's victim). */
  readonly victims: number;
  /** Acquisitions whose bounded wait ran out instead. */
  readonly timeouts: number;
  /** From this thread's start to its first ended acquisition, in ms; absent when none ended. */
  readonly firstEndMs?: number;
  /** From this thread's start to its last transfer, in ms. */
  readonly elapsedMs: number;
}
