import type { Engine } from '../../src/core/engine.ts';
import { RecordingTracer } from '../../src/core/tracer.ts';
import { createEventLoopEngine, createVirtualClock, type VirtualClock } from '../../src/engines/event-loop/index.ts';

/** An engine under test with the handles a behaviour suite needs. */
export interface EngineUnderTest {
  readonly engine: Engine;
  readonly clock: VirtualClock;
  readonly tracer: RecordingTracer;
}

/** Makes a fresh engine on a virtual clock; one per engine kind the suites run against. */
export type EngineFactory = () => EngineUnderTest;

export const eventLoopOnVirtualClock: EngineFactory = () => {
  const clock = createVirtualClock();
  const tracer = new RecordingTracer();
  return { engine: createEventLoopEngine({ clock, tracer }), clock, tracer };
};

/** The engines the core suites run against. */
export const engineFactories: ReadonlyArray<readonly [string, EngineFactory]> = [['event-loop', eventLoopOnVirtualClock]];
