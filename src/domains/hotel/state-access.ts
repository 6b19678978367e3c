import type { StateAccess } from '../../core/state-access.ts';
import { HotelSystem } from './hotel-system.ts';
import type { Room } from './types.ts';

/**
 * The lock key of the booking counter (`booking_counter`), which a booking advances whatever room it
 * is for. On one thread the manual needs no lock for it; on threads that share state it must have
 * one, or two bookings could take the same booking id. (No room id can start with NUL in practice, so
 * it cannot clash with one.)
 */
export const BOOKINGS_KEY = '\u0000bookings';

/**
 * Hotel's state by lock key: a room id guards that room (guest, nights, revenue, late fee, history,
 * booking id); the bookings key guards the booking counter, as a plain number.
 *
 * The lazy late-fee pass that every method runs first scans every room without their locks: a batch
 * (and an L6 call) runs it once before any op, at the call's timestamp, and no L5 op schedules a fee
 * (only `lateCheckout` does, and it is no op of the batch), so inside a batch that pass never finds a
 * fee due that the first pass had not already collected: on a thread it runs over the loaded rooms
 * and changes nothing.
 */
export const hotelState: StateAccess<HotelSystem> = {
  create: () => new HotelSystem(),
  read(hotel, key) {
    if (key === BOOKINGS_KEY) return hotel.booking_counter;
    return hotel.rooms[key];
  },
  write(hotel, key, partition) {
    if (key === BOOKINGS_KEY) hotel.booking_counter = (partition as number | undefined) ?? 0;
    else if (partition === undefined) delete hotel.rooms[key];
    else hotel.rooms[key] = partition as Room;
  },
};
