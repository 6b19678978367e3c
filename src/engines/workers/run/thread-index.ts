import { threadId } from 'node:worker_threads';

/**
 * This thread's index in the engine's thread registry (one word per pool thread, holding its
 * `threadId + 1`): claimed once, kept for the thread's life. A dead thread's word is cleared by the
 * dispatcher after recovery, so its replacement can claim it.
 */
export function claimThreadIndex(registry: Int32Array): number {
  const me = threadId + 1;
  const mine = registry.indexOf(me);
  if (mine !== -1) return mine;
  for (let index = 0; index < registry.length; index++) {
    if (Atomics.compareExchange(registry, index, 0, me) === 0) return index;
  }
  throw new RangeError(`no free thread index: the registry has ${registry.length} and all are taken`);
}
