import type { Piscina } from 'piscina';
import { recoverOwner } from '../recover-owner.ts';
import type { DispatchShared, EngineTask, RunShared } from '../run/protocol.ts';
import { returnPermits } from '../run/shared-semaphore.ts';

/**
 * A task failed: its thread died (crash, `process.exit`) or its code threw past every section. Free
 * what its thread held (locks, and FIFO turns it was in the middle of), give back the permits its
 * items held, let a replacement thread claim its index, and pass the turns of the ops it never
 * reached, so no other thread waits on them.
 */
export async function recoverTask(
  run: RunShared,
  dispatch: DispatchShared,
  task: number,
  pool: Piscina,
  leftBy: (thread: number) => EngineTask | undefined,
  semaphore?: Int32Array,
): Promise<void> {
  const thread = Atomics.load(dispatch.taskThreads, task) - 1;
  let pass: EngineTask | undefined;
  if (thread >= 0) {
    recoverOwner(run.lockView, thread);
    const id = Atomics.load(run.registry, thread) - 1;
    if (!pool.threads.some((worker) => worker.threadId === id)) Atomics.compareExchange(run.registry, thread, id + 1, 0);
    pass = leftBy(thread);
  }
  const permits = Atomics.exchange(dispatch.taskPermits, task, 0);
  if (semaphore !== undefined && permits > 0) returnPermits(semaphore, permits);
  if (pass !== undefined) await pool.run(pass).catch(() => undefined);
}
