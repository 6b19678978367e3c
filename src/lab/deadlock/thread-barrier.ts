/**
 * The worker threads' rendezvous for the deadlock demos: every op holds its first key before any asks
 * for the next, so real threads deadlock every time, not only when the scheduler happens to interleave
 * them that way.
 */
import { WaitTimeoutError } from '../../core/errors.ts';
import { epochNow } from '../epoch-now.ts';
import { ARRIVED_WORD } from './thread-protocol.ts';

/**
 * Arrive, then block (in `Atomics.wait`, bounded) until `parties` threads have. The last to arrive notes
 * when the barrier opened in `openedAt[0]`.
 * @throws WaitTimeoutError when `timeoutMs` passes first.
 */
export function arriveAndWait(control: Int32Array, openedAt: Float64Array, parties: number, timeoutMs: number): void {
  const deadline = performance.now() + timeoutMs;
  let arrived = Atomics.add(control, ARRIVED_WORD, 1) + 1;
  if (arrived >= parties) {
    openedAt[0] = epochNow();
    Atomics.notify(control, ARRIVED_WORD);
    return;
  }
  for (; arrived < parties; arrived = Atomics.load(control, ARRIVED_WORD)) {
    const left = deadline - performance.now();
    if (left <= 0) throw new WaitTimeoutError('the barrier', timeoutMs);
    Atomics.wait(control, ARRIVED_WORD, arrived, left);
  }
}
