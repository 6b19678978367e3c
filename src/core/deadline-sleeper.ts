import { abortableSleep, TimerQueue } from './timer-queue.ts';

/**
 * How long before the earliest deadline the coarse timer hands over to polling, in ms. Node's timers
 * have millisecond granularity and fire up to about a millisecond late (more under load); a sleep
 * that stands for an external step of d ms should end at d, or every wave of a rate-limited batch
 * drifts from `ceil(n/N)·d` by that lateness.
 */
export const PRECISE_WINDOW_MS = 1.5;

/**
 * Sleeps that end at their deadline to within a few tens of µs, and in deadline order (equal
 * deadlines in the order they were asked for), as asyncio's timer heap ends them.
 *
 * One driver serves every pending sleep: a timer wakes it shortly before the earliest deadline, then
 * `setImmediate` turns poll `performance.now()` until it is reached and end every sleep that is due,
 * earliest first. The turns keep the event loop running (I/O and other timers go on between them);
 * the cost is a busy loop of at most `PRECISE_WINDOW_MS` before each deadline.
 */
export class DeadlineSleeper {
  /** Pending sleeps, on `performance.now()`. */
  readonly #queue = new TimerQueue();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Number.POSITIVE_INFINITY;
  #immediate: ReturnType<typeof setImmediate> | undefined;

  /**
   * Resolve once `ms` have passed — never before, and never before a sleep with an earlier deadline.
   * Even a sleep of 0 yields one macrotask turn, as a timer would: callers sleep to let others run.
   * @throws WaitAbortedError (rejects) when `signal` aborts first.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return abortableSleep((fire) => {
      const timer = this.#queue.add(performance.now() + Math.max(0, ms), fire);
      this.#schedule();
      // A driver left with nothing to wake for ends itself on its next turn.
      return () => this.#queue.cancel(timer);
    }, signal);
  }

  /** Arm the driver for the earliest deadline: a coarse timer while far, immediate turns once near. */
  #schedule(): void {
    const head = this.#queue.head;
    if (head === undefined || this.#immediate !== undefined) return;
    const left = head.at - performance.now();
    if (left <= PRECISE_WINDOW_MS) {
      this.#clearTimer();
      this.#immediate = setImmediate(this.#drive);
    } else if (head.at - PRECISE_WINDOW_MS < this.#timerAt) {
      this.#clearTimer();
      this.#timerAt = head.at - PRECISE_WINDOW_MS;
      this.#timer = setTimeout(this.#drive, left - PRECISE_WINDOW_MS);
    }
  }

  readonly #drive = (): void => {
    this.#clearTimer();
    this.#immediate = undefined;
    for (const timer of this.#queue.takeDue(performance.now())) timer.fire();
    this.#schedule();
  };

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Number.POSITIVE_INFINITY;
  }
}
