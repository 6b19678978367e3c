import type { Engine, EngineName } from '../core/engine.ts';
import { createRealClock } from '../core/real-clock.ts';
import type { Tracer } from '../core/tracer.ts';
import { createEventLoopEngine, createVirtualClock } from './event-loop/index.ts';
import type { LockMode } from './workers/layout.ts';
import { createWorkerEngine } from './workers/index.ts';

/** Which clock an engine's sleeps run on. */
export type ClockKind = 'virtual' | 'real';
export const CLOCK_KINDS: readonly ClockKind[] = ['virtual', 'real'];
export const LOCK_MODES: readonly LockMode[] = ['fifo', 'plain'];

/** What the surface (CLI, tour, benchmarks) may ask of an engine it creates by name. */
export interface EngineRequest {
  /** The event loop's clock; worker threads always sleep on real time (no clock spans threads). */
  readonly clock: ClockKind;
  readonly tracer?: Tracer;
  /** Worker threads (default: the machine's parallelism). */
  readonly threads?: number;
  /** The worker engine's lock mode (default `fifo`). */
  readonly lockMode?: LockMode;
}

/** An engine by name. Close it (`engine.close?.()`) when done: the worker engine keeps a thread pool. */
export function createEngine(name: EngineName, request: EngineRequest): Engine {
  const tracer = request.tracer === undefined ? {} : { tracer: request.tracer };
  if (name === 'workers') {
    return createWorkerEngine({ ...tracer, ...(request.threads === undefined ? {} : { threads: request.threads }), lockMode: request.lockMode ?? 'fifo' });
  }
  return createEventLoopEngine({ ...tracer, clock: request.clock === 'virtual' ? createVirtualClock() : createRealClock() });
}
