import type { Clock } from '../../core/clock.ts';
import { runBatch } from '../../core/batch.ts';
import type { Engine } from '../../core/engine.ts';
import { runRateLimited } from '../../core/rate-limited.ts';
import { runWorkerPool } from '../../core/worker-pool.ts';
import { silentTracer, type Tracer } from '../../core/tracer.ts';
import { createCountingSemaphore } from './counting-semaphore.ts';
import { createKeyedLockTable } from './keyed-lock-table.ts';
import { createRealClock } from '../../core/real-clock.ts';

export { createRealClock } from '../../core/real-clock.ts';
export { createVirtualClock, type VirtualClock } from './virtual-clock.ts';
export { createKeyedLockTable } from './keyed-lock-table.ts';
export { createCountingSemaphore } from './counting-semaphore.ts';

/** Options of the event-loop engine. */
export interface EventLoopEngineOptions {
  /** Real timers by default; pass a virtual clock for exact, instant runs. */
  readonly clock?: Clock;
  readonly tracer?: Tracer;
}

/** The event-loop engine: async-mutex locks and semaphores on one thread. */
export function createEventLoopEngine(options: EventLoopEngineOptions = {}): Engine {
  const clock = options.clock ?? createRealClock();
  const tracer = options.tracer ?? silentTracer;
  return {
    name: 'event-loop',
    clock,
    tracer,
    createLockTable: () => createKeyedLockTable(clock, tracer),
    createSemaphore: (permits) => createCountingSemaphore(permits, clock, tracer),
    runBatch: ({ locks, system, definition, operations }) => runBatch(locks, system, definition, operations),
    runRateLimited: ({ locks, system, definition, policy, items, maxConcurrent }) => {
      // Made per call, as the manual's `asyncio.Semaphore(max_concurrent)`: calls never share permits.
      const semaphore = createCountingSemaphore(maxConcurrent, clock, tracer);
      return runRateLimited({ locks, semaphore, clock, system, policy, definition }, items);
    },
    runWorkerPool: ({ locks, system, definition, workers }) => runWorkerPool(locks, clock, system, definition, workers),
  };
}
