/**
 * A blocking sleep for worker threads that does not burn a core: the thread parks in `Atomics.wait`
 * on a word that nobody ever notifies, so the kernel wakes it when the timeout ends.
 */
import { expectDuration } from './park.ts';

/** One word per thread (each thread has its own module instance), never shared, never notified. */
const privateWord = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

/**
 * Block the calling thread for at least `ms` milliseconds without spinning. On the main thread it
 * blocks the event loop too: it is meant for worker threads, whose critical sections are synchronous.
 * @param ms how long to sleep; 0 returns at once.
 * @throws RangeError unless `ms` is a finite number ≥ 0.
 * @example
 * sleepSync(10); // the external step of an L6 item, on a worker thread
 */
export function sleepSync(ms: number): void {
  expectDuration(ms, 'ms');
  const deadline = performance.now() + ms;
  // Nobody notifies the word, so each wait runs to its timeout; the loop only covers a timer that
  // fires a little early, so the promise "at least `ms`" holds.
  for (let left = ms; left > 0; left = deadline - performance.now()) {
    Atomics.wait(privateWord, 0, 0, left);
  }
}
