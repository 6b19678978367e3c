import type { Clock } from './clock.ts';
import { DeadlineSleeper } from './deadline-sleeper.ts';

export { PRECISE_WINDOW_MS } from './deadline-sleeper.ts';

/**
 * Wall time on Node's timers, measured from the clock's creation. Its sleeps end at their deadline,
 * in deadline order (see `DeadlineSleeper`): a 10 ms external step takes 10 ms, not 10 plus a timer's
 * lateness. `setTimer` stays a plain timer: the bounded waits it serves need no such precision.
 */
export function createRealClock(): Clock {
  const origin = performance.now();
  const sleeper = new DeadlineSleeper();
  return {
    now: () => performance.now() - origin,
    sleep: (ms, options) => sleeper.sleep(ms, options?.signal),
    setTimer: (ms, callback) => {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    },
  };
}
