import type { Piscina } from 'piscina';
import { HELD_WORD, SEMAPHORE_PARKED_WORD } from '../layout.ts';
import { recoverOwner } from '../recover-owner.ts';
import type { DispatchShared, EngineTask, RunShared } from '../run/protocol.ts';

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
  if (semaphore !== undefined && permits > 0) {
    Atomics.sub(semaphore, HELD_WORD, permits);
    if (Atomics.load(semaphore, SEMAPHORE_PARKED_WORD) > 0) Atomics.notify(semaphore, HELD_WORD);
  }
  if (pass !== undefined) await pool.run(pass).catch(() => undefined);
}
