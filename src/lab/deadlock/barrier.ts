/**
 * The event loop's rendezvous for the deadlock demos: every op holds its first key before any asks for
 * the next, which is the interleaving that deadlocks, made certain instead of left to luck.
 */
import type { Clock } from '../../core/clock.ts';
import { WaitTimeoutError } from '../../core/errors.ts';
import { epochNow } from '../epoch-now.ts';

/** A one-shot barrier for `parties` ops. */
export interface Barrier {
  /** Arrive; resolves once all parties have. @throws WaitTimeoutError (rejection) past the timeout. */
  arrive(): Promise<void>;
  /** When the last party arrived (epoch ms), or null while some are missing. */
  readonly openedAt: number | null;
}

/**
 * A barrier for `parties` arrivals, each wait bounded by `timeoutMs` of `clock`.
 * @throws RangeError when `parties` is not an integer ≥ 1.
 */
export function createBarrier(parties: number, clock: Clock, timeoutMs: number): Barrier {
  if (!Number.isInteger(parties) || parties < 1) throw new RangeError(`Expected \`parties\` to be an integer ≥ 1, got \`${parties}\``);
  let arrived = 0;
  let openedAt: number | null = null;
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    get openedAt() {
      return openedAt;
    },
    arrive() {
      if (++arrived === parties) {
        openedAt = epochNow();
        open();
      }
      return new Promise<void>((resolve, reject) => {
        const cancel = clock.setTimer(timeoutMs, () => reject(new WaitTimeoutError('the barrier', timeoutMs)));
        void opened.then(() => {
          cancel();
          resolve();
        });
      });
    },
  };
}
