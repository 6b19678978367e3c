import { WaitAbortedError } from './errors.ts';

/** A callback due at an absolute time on some clock. */
export interface QueuedTimer {
  readonly at: number;
  readonly fire: () => void;
}

/**
 * Timers kept in deadline order, equal deadlines in the order they were added (as asyncio's timer
 * heap fires them). The clocks drive it; it only keeps the order.
 */
export class TimerQueue {
  readonly #timers: QueuedTimer[] = [];

  get size(): number {
    return this.#timers.length;
  }

  /** The earliest timer, if any. */
  get head(): QueuedTimer | undefined {
    return this.#timers[0];
  }

  /** Add `fire` due at `at`, after every timer due at or before `at` (binary search). */
  add(at: number, fire: () => void): QueuedTimer {
    const timer = { at, fire };
    let [low, high] = [0, this.#timers.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#timers[middle]!.at <= at) low = middle + 1;
      else high = middle;
    }
    this.#timers.splice(low, 0, timer);
    return timer;
  }

  /** Drop `timer` if it has not been taken yet. */
  cancel(timer: QueuedTimer): void {
    const index = this.#timers.indexOf(timer);
    if (index !== -1) this.#timers.splice(index, 1);
  }

  /** Remove and return every timer due at or before `upTo`, in firing order. */
  takeDue(upTo: number): QueuedTimer[] {
    let count = 0;
    while (count < this.#timers.length && this.#timers[count]!.at <= upTo) count++;
    return this.#timers.splice(0, count);
  }
}

/**
 * A sleep that ends when `start`'s timer fires, or rejects with `WaitAbortedError` when `signal` aborts
 * first (its timer then cancelled). `start` schedules `fire` and returns its canceller.
 */
export function abortableSleep(start: (fire: () => void) => () => void, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new WaitAbortedError('sleep', signal.reason));
    const onAbort = (): void => {
      cancel();
      reject(new WaitAbortedError('sleep', signal?.reason));
    };
    const cancel = start(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
