import type { Clock } from '../core/clock.ts';
import type { Engine, EngineName } from '../core/engine.ts';
import type { Tracer } from '../core/tracer.ts';
import { createEventLoopEngine, createRealClock, createVirtualClock } from './event-loop/index.ts';

/** Which clock an engine's sleeps run on. */
export type ClockKind = 'virtual' | 'real';
export const CLOCK_KINDS: readonly ClockKind[] = ['virtual', 'real'];

/** What the surface (CLI, tour, benchmarks) may ask of an engine it creates by name. */
export interface EngineRequest {
  readonly clock: ClockKind;
  readonly tracer?: Tracer;
}

/** An engine by name, with a fresh clock of the kind asked for. */
export function createEngine(name: EngineName, request: EngineRequest): Engine {
  const clock: Clock = request.clock === 'virtual' ? createVirtualClock() : createRealClock();
  switch (name) {
    case 'event-loop':
      return createEventLoopEngine(request.tracer === undefined ? { clock } : { clock, tracer: request.tracer });
    case 'workers':
      throw new Error('the worker-thread engine is not built yet');
  }
}
