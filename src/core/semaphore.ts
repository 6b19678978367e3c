import type { WaitOptions } from './wait.ts';

/** Options for one permit. */
export interface PermitOptions extends WaitOptions {
  /** Who is asking, for traces. */
  readonly owner?: string;
}

/**
 * A counting semaphore: at most `permits` holders, the rest wait in FIFO order. Made per call from
 * `maxConcurrent`, as the manual's `asyncio.Semaphore(max_concurrent)` is.
 */
export interface Semaphore {
  readonly permits: number;
  /** Permits free right now. */
  readonly available: number;
  /** How many times a permit has been granted since creation. */
  readonly granted: number;
  /** The most permits ever held at once. */
  readonly peak: number;
  /**
   * Run `fn` holding one permit; a free permit is taken without yielding.
   * @throws WaitTimeoutError or WaitAbortedError (as a rejection) when the bounded wait runs out.
   */
  withPermit<T>(fn: () => T | Promise<T>, options?: PermitOptions): Promise<T>;
}
