import type { Clock } from './clock.ts';
import { WaitAbortedError } from './errors.ts';

/** Wall time on Node's timers, measured from the clock's creation. */
export function createRealClock(): Clock {
  const origin = performance.now();
  return {
    now: () => performance.now() - origin,
    sleep: (ms, options) =>
      new Promise<void>((resolve, reject) => {
        const signal = options?.signal;
        if (signal?.aborted) return reject(new WaitAbortedError('sleep', signal.reason));
        const onAbort = (): void => {
          clearTimeout(timer);
          reject(new WaitAbortedError('sleep', signal?.reason));
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
    setTimer: (ms, callback) => {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    },
  };
}
