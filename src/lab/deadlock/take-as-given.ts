/**
 * Keys taken one at a time, in the order an op names them, each while holding the ones before: the
 * order that deadlocks. Unlike the lock table's own paths it does not merge a key named twice: the
 * same-key pair op waits here on a lock it holds, as the manual's Python does on its non-reentrant lock.
 */
import { DeadlockError, WaitAbortedError } from '../../core/errors.ts';
import type { LockTable } from '../../core/lock-table.ts';

/** How one op takes its keys as given. */
export interface AsGivenOptions {
  readonly owner: string;
  /** Bounds each key's wait: a deadlock the detector missed still ends. */
  readonly timeoutMs: number;
  /** A fresh signal for each key's wait (the detector's `signalFor`). */
  signalFor(owner: string): AbortSignal;
  /** Runs once the first key is held, before the next is asked for (the demo's barrier). */
  afterFirst?(): Promise<void>;
  /** Told each key as it is taken. */
  onTaken?(key: string): void;
}

/**
 * Run `section` holding `keys`, taken one at a time in the order given.
 * @returns what `section` returns.
 * @throws DeadlockError (as a rejection) when the detector ends one of the waits; every key taken is released.
 * @throws WaitTimeoutError past a wait's `timeoutMs`.
 */
export function takeAsGiven<T>(locks: LockTable, keys: readonly string[], section: () => T | Promise<T>, options: AsGivenOptions): Promise<T> {
  const step = (index: number): Promise<T> => {
    const key = keys[index];
    if (key === undefined) return Promise.resolve().then(section);
    const holding = async (): Promise<T> => {
      options.onTaken?.(key);
      if (index === 0) await options.afterFirst?.();
      return step(index + 1);
    };
    const wait = { owner: options.owner, timeoutMs: options.timeoutMs, signal: options.signalFor(options.owner) };
    return locks.withLocks([key], holding, wait).catch(unwrapDeadlock);
  };
  return step(0);
}

/** The lock table rejects an aborted wait with `WaitAbortedError`, its reason as `cause`: the deadlock. */
function unwrapDeadlock(error: unknown): never {
  if (error instanceof WaitAbortedError && error.cause instanceof DeadlockError) throw error.cause;
  throw error;
}
