import { compareStrings } from './dict.ts';
import type { WaitOptions } from './wait.ts';

/** How a multi-key acquisition orders its keys. */
export type AcquireOrder =
  /** Sorted, and requested all at once: two ops can never wait on each other. The default. */
  | 'sorted'
  /** One key at a time in the order given, waiting on each: can deadlock. Only for the deadlock lab. */
  | 'as-given';

/** Options for one acquisition. */
export interface LockOptions extends WaitOptions {
  /** Who is asking (an op label such as `op 3`), reported as the holder to anyone who times out. */
  readonly owner?: string;
  readonly order?: AcquireOrder;
}

/** A key's lock as seen from outside: who holds it and who waits, in queue order. */
export interface LockView {
  readonly key: string;
  readonly holder: string | undefined;
  readonly waiting: readonly string[];
}

/**
 * One lock per key, created on first use (the manual's `defaultdict(asyncio.Lock)`). Locks are FIFO:
 * a released key goes to the longest waiter. They are not re-entrant, so a key named twice in one
 * acquisition is taken once.
 */
export interface LockTable {
  /**
   * Run `fn` holding every key's lock, then release them all, whatever `fn` does. When every key is
   * free, `fn` starts synchronously, inside this call: like an uncontended `asyncio.Lock`, taking a free
   * lock does not yield, so ops whose critical sections never await run one after another in call order.
   * @throws WaitTimeoutError or WaitAbortedError (as a rejection) when the wait is bounded and runs out.
   */
  withLocks<T>(keys: readonly string[], fn: () => T | Promise<T>, options?: LockOptions): Promise<T>;
  /**
   * As `withLocks`, but when every key is free and `fn` returns a plain value, that value comes back
   * directly, not in a promise: the caller goes on without yielding, as a Python task does after an
   * uncontended `asyncio.Lock`. (In JS every `await` yields, even on a settled promise, and lets other
   * ready tasks in between; runners that chain several critical sections use this to keep Python's
   * interleaving.) A section that throws synchronously throws here.
   */
  withLocksEager<T>(keys: readonly string[], fn: () => T | Promise<T>, options?: LockOptions): T | Promise<T>;
  /** Who holds `key` now, if anyone. */
  holderOf(key: string): string | undefined;
  /** Every key that is held or waited for, for deadlock detection and reports. */
  snapshot(): LockView[];
}

/** `run()` as a promise, whether it returns a value, a promise, or throws: `withLocks` from `withLocksEager`. */
export function promised<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Deduplicate and order keys for an acquisition. */
export function lockOrder(keys: readonly string[], order: AcquireOrder = 'sorted'): string[] {
  const unique = [...new Set(keys)];
  // Sorted so two ops on the same pair, in opposite directions, ask for the keys in the same order.
  return order === 'sorted' ? unique.sort(compareStrings) : unique;
}
