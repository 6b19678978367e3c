/**
 * Plain mode: one key's lock is its OWNER word, taken by compare-exchange (0 → thread + 1) and waited
 * for with `Atomics.wait`. Whoever gets there first wins: no order promise, which is what the FIFO
 * mode exists to show.
 */
import { WaitTimeoutError, type DeadlockError } from '../../core/errors.ts';
import { ownerCode, OWNER_WORD, PARKED_WORD, slotWord, threadName, type LockTableLayout } from './layout.ts';
import { park, takeAbortMark } from './park.ts';
import { clearWaiting, markWaiting } from './wait-for-graph.ts';

/** What a thread needs to take and release keys of one table. */
export interface LockContext {
  readonly view: Int32Array;
  readonly layout: LockTableLayout;
  readonly thread: number;
  readonly timeoutMs: number;
  /** How a slot is named in errors: `lock "alice"`. */
  describe(slot: number): string;
  /** Index of this thread's ABORT word, which a deadlock watchdog sets to end this thread's wait. */
  readonly abortWord: number;
  /** The error a wait for `slot` ends with when the watchdog chose this thread as a deadlock's victim. */
  deadlock(slot: number): DeadlockError;
}

/**
 * Take `slot` for `context.thread`, blocking until it is free or the deadline passes.
 * @throws WaitTimeoutError naming the holder when the deadline passes first.
 * @throws DeadlockError when a watchdog marks this wait as a deadlock's victim.
 */
export function takePlain(context: LockContext, slot: number, deadline: number): void {
  const { view, layout, thread } = context;
  const owner = slotWord(slot, OWNER_WORD);
  if (Atomics.compareExchange(view, owner, 0, ownerCode(thread)) === 0) return;
  markWaiting(view, layout, thread, slot);
  try {
    for (;;) {
      const seen = Atomics.load(view, owner);
      if (seen === 0) {
        if (Atomics.compareExchange(view, owner, 0, ownerCode(thread)) === 0) return;
      } else if (takeAbortMark(view, context.abortWord, slot + 1)) {
        throw context.deadlock(slot);
      } else if (!park(view, owner, seen, deadline)) {
        throw new WaitTimeoutError(context.describe(slot), context.timeoutMs, threadName(seen - 1));
      }
    }
  } finally {
    clearWaiting(view, layout, thread);
  }
}

/**
 * Release `slot` if `thread` holds it, waking one sleeper. Only the owner's code clears the word, so
 * a second release (or one by a thread that does not hold it) does nothing.
 * @returns whether the slot was released.
 */
export function releasePlain(view: Int32Array, slot: number, thread: number): boolean {
  const owner = slotWord(slot, OWNER_WORD);
  if (Atomics.compareExchange(view, owner, ownerCode(thread), 0) !== ownerCode(thread)) return false;
  // One is enough: a woken thread either takes the key or finds a new owner, whose release wakes the next.
  if (Atomics.load(view, slotWord(slot, PARKED_WORD)) > 0) Atomics.notify(view, owner, 1);
  return true;
}
