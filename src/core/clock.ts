import type { WaitOptions } from './wait.ts';

/**
 * Time as an engine sees it. The real clock sleeps on timers; the virtual clock jumps straight to the
 * next due sleep once nothing else can run, so runs are exact and instant.
 */
export interface Clock {
  /** Milliseconds since the clock started. */
  now(): number;
  /** Resolve after `ms` milliseconds of this clock; rejects with `WaitAbortedError` on abort. */
  sleep(ms: number, options?: Pick<WaitOptions, 'signal'>): Promise<void>;
  /** Fire `callback` after `ms` milliseconds of this clock, for deadlines. Returns the canceller. */
  setTimer(ms: number, callback: () => void): () => void;
}
