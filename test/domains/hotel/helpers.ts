import { RecordingTracer, type TraceEvent } from '../../../src/core/tracer.ts';
import { HotelSystem, hotelDescriptor } from '../../../src/domains/hotel/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

/** A hotel bound to an event-loop engine on a virtual clock, with a tracer that records everything. */
export function boundHotel() {
  const clock = createVirtualClock();
  const tracer = new RecordingTracer();
  const engine = createEventLoopEngine({ clock, tracer });
  const hotel = new HotelSystem().useEngine(engine);
  return { hotel, clock, tracer, engine };
}

/** The hotel's public state as plain data, for before/after comparisons. */
export function stateOf(hotel: HotelSystem): unknown {
  return hotelDescriptor.state(hotel);
}

/** The owners (`item N`) that took a permit, in order. */
export function permitOwners(events: readonly TraceEvent[]): string[] {
  return events.filter((e) => e.kind === 'permit-acquired').map((e) => e.owner);
}

/** The keys of every lock acquisition, in order. */
export function lockedKeys(events: readonly TraceEvent[]): (readonly string[])[] {
  return events.flatMap((e) => (e.kind === 'lock-acquired' ? [e.keys] : []));
}
