/**
 * The protocol between the lab's main thread and its lab threads: the task one thread runs (one op of a
 * scenario) and the words of the shared control block. Kept apart from the thread's entry so the main
 * thread can import it without starting anything.
 */
import type { AcquireOrder } from '../../core/lock-table.ts';
import type { OpOutcome } from './outcome.ts';

/** Control word: how many ops hold their first key (the barrier). */
export const ARRIVED_WORD = 0;
/** Words of the control block. */
export const CONTROL_WORDS = 1;

/** One op, for lab thread `thread` (the lock table's thread index). */
export interface ThreadTask {
  /** The lock table (plain mode), shared by every thread of the scenario. */
  readonly view: Int32Array;
  /** `CONTROL_WORDS` words: the barrier. */
  readonly control: Int32Array;
  /** `[0]`: when the barrier opened (epoch ms), written by the last to arrive. */
  readonly openedAt: Float64Array;
  /** The balances, indexed like the lock slots. */
  readonly balances: Int32Array;
  /** Slot → account name, so errors and `took` name keys. */
  readonly accounts: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly amount: number;
  /** The slots in the op's own order (source, target). */
  readonly slots: readonly number[];
  readonly order: AcquireOrder;
  /** As given: the ops to wait for, each holding its first key, before asking for the next; 0 = none. */
  readonly parties: number;
  /** Sorted: how long to hold the locks (ms). */
  readonly holdMs: number;
  /** Bound on every wait (ms). */
  readonly timeoutMs: number;
}

/** A lab thread's first message: it has loaded and waits for tasks. */
export const THREAD_READY = 'ready';

/** A lab thread's answer to one task. */
export type ThreadReply = OpOutcome;
