import { HotelSystem, hotelDescriptor } from '../../../src/domains/hotel/index.ts';
import { bound } from '../harness.ts';

export { lockedKeys, permitOwners } from '../harness.ts';

/** A hotel bound to an event-loop engine on a virtual clock, with a tracer that records everything. */
export function boundHotel() {
  const { system: hotel, ...rest } = bound(new HotelSystem());
  return { hotel, ...rest };
}

/** The hotel's public state as plain data, for before/after comparisons. */
export function stateOf(hotel: HotelSystem): unknown {
  return hotelDescriptor.state(hotel);
}
