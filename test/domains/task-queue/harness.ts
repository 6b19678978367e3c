import type { Clock } from '../../../src/core/clock.ts';
import { RecordingTracer } from '../../../src/core/tracer.ts';
import { TaskQueue } from '../../../src/domains/task-queue/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

/** A queue bound to the event loop on `clock` (the shared virtual clock unless told), with a tracer. */
export function boundQueue(queue = new TaskQueue(), clock: Clock = createVirtualClock()) {
  const tracer = new RecordingTracer();
  queue.useEngine(createEventLoopEngine({ clock, tracer }));
  return { queue, clock, tracer };
}

/** Permits granted so far, from the trace. */
export function permitsTaken(tracer: RecordingTracer): number {
  return tracer.events.filter((event) => event.kind === 'permit-acquired').length;
}
