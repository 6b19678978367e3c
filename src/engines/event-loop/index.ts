import type { Clock } from '../../core/clock.ts';
import type { Engine } from '../../core/engine.ts';
import { silentTracer, type Tracer } from '../../core/tracer.ts';
import { createCountingSemaphore } from './counting-semaphore.ts';
import { createKeyedLockTable } from './keyed-lock-table.ts';
import { createRealClock } from './real-clock.ts';

export { createRealClock } from './real-clock.ts';
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
  };
}
