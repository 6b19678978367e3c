/**
 * Bounded blocking on a shared word: the one way a worker thread waits for another. Every wait in the
 * worker engine has a deadline, and is cut into slices so that a wake-up lost to a thread that died
 * between its store and its `Atomics.notify` costs a waiter at most one slice, never its whole timeout.
 */

/** The longest a thread stays parked before it looks at the word again. */
export const PARK_SLICE_MS = 50;

/**
 * Check that `value` is a finite number of milliseconds ≥ 0: every wait and sleep is bounded.
 * @throws RangeError otherwise, naming `field`.
 */
export function expectDuration(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`Expected \`${field}\` to be a finite number ≥ 0, got \`${String(value)}\` (${typeof value})`);
  }
}

/**
 * The deadline, on `performance.now()`, of a wait of `timeoutMs` starting now.
 * @throws RangeError unless `timeoutMs` is a finite number ≥ 0.
 */
export function deadlineAfter(timeoutMs: number): number {
  expectDuration(timeoutMs, 'timeoutMs');
  return performance.now() + timeoutMs;
}

/**
 * Sleep on `view[index]` while it still holds `seen`, until notified, one slice passes, or the
 * deadline comes. The caller re-reads the word whatever the reason it woke.
 * @returns false when the deadline had already passed (nothing was waited), true otherwise.
 */
export function park(view: Int32Array, index: number, seen: number, deadline: number): boolean {
  const left = deadline - performance.now();
  if (left <= 0) return false;
  Atomics.wait(view, index, seen, Math.min(left, PARK_SLICE_MS));
  return true;
}

/**
 * Whether another thread asked this waiter to give up (see `ABORT_WORD`): true when `view[index]` holds
 * `mark`, which is then cleared, so one request ends one wait. A mark left for another wait is ignored.
 */
export function takeAbortMark(view: Int32Array, index: number, mark: number): boolean {
  // The plain load first: the mark is almost never set, and a waiter looks at it on every slice.
  return Atomics.load(view, index) === mark && Atomics.compareExchange(view, index, mark, 0) === mark;
}
