import type { Clock } from '../../core/clock.ts';
import { abortableSleep, TimerQueue } from '../../core/timer-queue.ts';

/**
 * A clock whose time moves only when nothing else can run: once the microtask queue is empty (checked
 * from a `setImmediate` turn), it jumps to the earliest due timer and fires every timer due then, in
 * the order they were set. Runs are exact (a 10 ms sleep takes exactly 10 ms) and take no wall time.
 * Work that waits on real I/O or real timers is not seen as pending: time may jump past it.
 */
export interface VirtualClock extends Clock {
  /** Timers not yet fired. */
  readonly pending: number;
}

export function createVirtualClock(): VirtualClock {
  let now = 0;
  let scheduled = false;
  const timers = new TimerQueue();

  const tick = (): void => {
    scheduled = false;
    const first = timers.head;
    if (first === undefined) return;
    now = first.at;
    for (const timer of timers.takeDue(first.at)) timer.fire();
    schedule();
  };
  const schedule = (): void => {
    if (scheduled || timers.size === 0) return;
    scheduled = true;
    setImmediate(tick);
  };
  const start = (ms: number, fire: () => void): (() => void) => {
    const timer = timers.add(now + Math.max(0, ms), fire);
    schedule();
    return () => timers.cancel(timer);
  };

  return {
    now: () => now,
    get pending() {
      return timers.size;
    },
    sleep: (ms, options) => abortableSleep((fire) => start(ms, fire), options?.signal),
    setTimer: start,
  };
}
