/** Starting `.ts` fixtures on real worker threads, and waiting on them without timing anything. */
import { Worker } from 'node:worker_threads';

const entry = new URL('../../fixtures/workers/ts-entry.mjs', import.meta.url);

/** Start `test/fixtures/workers/<name>.ts` on a new worker thread with `data` as its `workerData`. */
export function spawnFixture(name: string, data: object): Worker {
  const fixture = new URL(`../../fixtures/workers/${name}.ts`, import.meta.url);
  return new Worker(entry, { workerData: { ...data, entry: fixture.href } });
}

/** The first message the worker posts; rejects if it fails or exits first. */
export function firstMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited (${code}) before posting`)));
  });
}

/** The worker's exit code, once it has stopped. */
export function exitCode(worker: Worker): Promise<number> {
  return new Promise<number>((resolve) => worker.once('exit', resolve));
}

/**
 * Poll `check` until it holds. The limit is a safety net for a broken run, not an assertion on time.
 * @throws Error naming `what` when the limit passes first.
 */
export async function until(check: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const limit = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > limit) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
