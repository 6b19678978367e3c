import type { Clock } from './clock.ts';
import { WaitAbortedError } from './errors.ts';

/**
 * How long before a sleep's deadline the coarse timer hands over to polling, in ms. Node's timers
 * have millisecond granularity and fire up to about a millisecond late (more under load); a sleep
 * that stands for an external step of d ms should end at d, or every wave of a rate-limited batch
 * drifts from `ceil(n/N)·d` by that lateness.
 */
export const PRECISE_WINDOW_MS = 1.5;

/**
 * Wall time on Node's timers, measured from the clock's creation.
 *
 * `sleep(ms)` ends at its deadline to within a few tens of µs: a timer wakes it shortly before the
 * deadline, then `setImmediate` turns poll `performance.now()` until it is reached. The turns keep
 * the event loop running (I/O and other timers go on between them); the cost is a busy loop for
 * at most `PRECISE_WINDOW_MS` at the end of each sleep. `setTimer` stays a plain timer: the bounded
 * waits it serves need no such precision.
 */
export function createRealClock(): Clock {
  const origin = performance.now();
  return {
    now: () => performance.now() - origin,
    sleep: (ms, options) => preciseSleep(ms, options?.signal),
    setTimer: (ms, callback) => {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    },
  };
}

function preciseSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new WaitAbortedError('sleep', signal.reason));
    const deadline = performance.now() + Math.max(0, ms);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let immediate: ReturnType<typeof setImmediate> | undefined;
    const onAbort = (): void => {
      clearTimeout(timer);
      clearImmediate(immediate);
      reject(new WaitAbortedError('sleep', signal?.reason));
    };
    const poll = (): void => {
      const left = deadline - performance.now();
      if (left <= 0) {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      } else if (left > PRECISE_WINDOW_MS) {
        // Woken early (a long sleep, or a timer that fired before its time): sleep again, coarsely.
        timer = setTimeout(poll, left - PRECISE_WINDOW_MS);
      } else {
        immediate = setImmediate(poll);
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // Even a sleep of 0 yields one macrotask turn, as a timer would: callers sleep to let others run.
    if (ms > PRECISE_WINDOW_MS) timer = setTimeout(poll, ms - PRECISE_WINDOW_MS);
    else immediate = setImmediate(poll);
  });
}
