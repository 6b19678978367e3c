import { WaitTimeoutError } from '../../../core/errors.ts';
import type { PermitOptions, Semaphore } from '../../../core/semaphore.ts';
import { readSemaphoreCounters, tryTake } from '../atomic-semaphore.ts';
import { HELD_WORD, PERMITS_WORD, SEMAPHORE_PARKED_WORD } from '../layout.ts';
import { deadlineAfter, PARK_SLICE_MS } from '../park.ts';

/**
 * The core `Semaphore` over a shared Atomics semaphore, for worker threads that keep many L6 items in
 * flight: a waiter parks with `Atomics.waitAsync`, so its thread goes on running the other items'
 * external steps (a blocking wait would stall them, and with them the permits they hold).
 * `held` counts this thread's permits, so a dispatcher can give them back if the thread dies.
 */
export function sharedSemaphore(view: Int32Array, held: Int32Array, heldIndex: number, timeoutMs: number): Semaphore {
  const permits = view[PERMITS_WORD] ?? 0;
  return {
    permits,
    get available() {
      return permits - Atomics.load(view, HELD_WORD);
    },
    get granted() {
      return readSemaphoreCounters(view).granted;
    },
    get peak() {
      return readSemaphoreCounters(view).peak;
    },
    async withPermit<T>(fn: () => T | Promise<T>, options: PermitOptions = {}): Promise<T> {
      if (!tryTake(view, permits)) await parkForPermit(view, permits, options.timeoutMs ?? timeoutMs);
      Atomics.add(held, heldIndex, 1);
      try {
        return await fn();
      } finally {
        Atomics.sub(held, heldIndex, 1);
        returnPermits(view, 1);
      }
    },
  };
}

/**
 * Give `count` permits back (an item's one, or all a dead thread's items held) and wake EVERY parked
 * waiter, not one: an async waiter is woken through its thread's event loop, and if that thread is
 * busy in a critical section the permit would sit unused while waiters on idle threads sleep out
 * their park slice. The losers park again.
 */
export function returnPermits(view: Int32Array, count: number): void {
  Atomics.sub(view, HELD_WORD, count);
  if (Atomics.load(view, SEMAPHORE_PARKED_WORD) > 0) Atomics.notify(view, HELD_WORD);
}

async function parkForPermit(view: Int32Array, permits: number, timeoutMs: number): Promise<void> {
  const deadline = deadlineAfter(timeoutMs);
  // Same protocol as the blocking waiter: PARKED up before HELD is read again, so no release is missed.
  Atomics.add(view, SEMAPHORE_PARKED_WORD, 1);
  // A pending Atomics.waitAsync does not keep a thread's event loop alive; this timer does.
  const keepAlive = setInterval(() => {}, 1 << 30);
  try {
    for (;;) {
      const seen = Atomics.load(view, HELD_WORD);
      if (seen < permits) {
        if (tryTake(view, permits)) return;
        continue;
      }
      const left = deadline - performance.now();
      if (left <= 0) throw new WaitTimeoutError('a permit of the shared semaphore', timeoutMs);
      const wait = Atomics.waitAsync(view, HELD_WORD, seen, Math.min(left, PARK_SLICE_MS));
      if (wait.async) await wait.value;
    }
  } finally {
    clearInterval(keepAlive);
    Atomics.sub(view, SEMAPHORE_PARKED_WORD, 1);
  }
}
