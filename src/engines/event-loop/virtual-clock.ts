import type { Clock } from '../../core/clock.ts';
import { WaitAbortedError } from '../../core/errors.ts';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: () => void;
}

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
  let seq = 0;
  let scheduled = false;
  const timers: Timer[] = [];

  const tick = (): void => {
    scheduled = false;
    const first = timers[0];
    if (first === undefined) return;
    now = first.at;
    let count = 0;
    while (count < timers.length && timers[count]!.at === first.at) count++;
    const due = timers.splice(0, count);
    for (const timer of due) timer.fire();
    schedule();
  };
  const schedule = (): void => {
    if (scheduled || timers.length === 0) return;
    scheduled = true;
    setImmediate(tick);
  };
  const add = (ms: number, fire: () => void): Timer => {
    const timer = { at: now + Math.max(0, ms), seq: seq++, fire };
    // Kept sorted by (at, seq): equal deadlines fire in the order they were set, as asyncio's do.
    const index = timers.findIndex((t) => t.at > timer.at);
    timers.splice(index === -1 ? timers.length : index, 0, timer);
    schedule();
    return timer;
  };
  const cancel = (timer: Timer): void => {
    const index = timers.indexOf(timer);
    if (index !== -1) timers.splice(index, 1);
  };

  return {
    now: () => now,
    get pending() {
      return timers.length;
    },
    sleep: (ms, options) =>
      new Promise<void>((resolve, reject) => {
        const signal = options?.signal;
        if (signal?.aborted) return reject(new WaitAbortedError('sleep', signal.reason));
        const onAbort = (): void => {
          cancel(timer);
          reject(new WaitAbortedError('sleep', signal?.reason));
        };
        const timer = add(ms, () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        });
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
    setTimer: (ms, callback) => {
      const timer = add(ms, callback);
      return () => cancel(timer);
    },
  };
}
