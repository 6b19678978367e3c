import type { Clock } from '../../core/clock.ts';
import { WaitAbortedError, WaitTimeoutError } from '../../core/errors.ts';
import type { WaitOptions } from '../../core/wait.ts';

/**
 * Wait for `granted` within `options`. When the wait gives up, `abandon` is called so the grant, if it
 * ever comes, is handed straight back. Listeners and timers are removed in every case.
 */
export function boundedWait<T>(
  granted: Promise<T>,
  clock: Clock,
  options: WaitOptions,
  describe: () => { resource: string; holder?: string | undefined },
  abandon: () => void,
): Promise<T> {
  const { timeoutMs, signal } = options;
  if (timeoutMs === undefined && signal === undefined) return granted;
  return new Promise<T>((resolve, reject) => {
    let cancelTimer = (): void => {};
    const giveUp = (error: Error): void => {
      cleanup();
      abandon();
      reject(error);
    };
    const onAbort = (): void => giveUp(new WaitAbortedError(describe().resource, signal?.reason));
    const cleanup = (): void => {
      cancelTimer();
      signal?.removeEventListener('abort', onAbort);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs !== undefined) {
      cancelTimer = clock.setTimer(timeoutMs, () => {
        const { resource, holder } = describe();
        giveUp(new WaitTimeoutError(resource, timeoutMs, holder));
      });
    }
    granted.then(
      (value) => {
        cleanup();
        resolve(value);
      },
      (error: unknown) => {
        cleanup();
        reject(error);
      },
    );
  });
}
