import type { BatchDefinition } from '../../core/batch.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { HotelSystem } from './hotel-system.ts';
import { BOOKINGS_KEY } from './state-access.ts';

export { hotelState } from './state-access.ts';
import type { BookOp, GuestNotification, HotelBatchJob, HotelOp, HotelOpResult, UpgradeOp } from './types.ts';

function isUpgrade(op: HotelOp): op is UpgradeOp {
  return op.type === 'upgrade';
}

function isBook(op: HotelOp): op is BookOp {
  return op.type === 'book';
}

/** The room an op other than an upgrade locks (validation guarantees it is there). */
function roomOf(op: HotelOp): string {
  return (op as { room_id: string }).room_id;
}

/**
 * L5 `batch_operations`: an upgrade locks both rooms (the core sorts them, so opposite upgrades cannot
 * wait on each other, and takes a same-room pair once, where `upgradeRoom` returns `false`); a book
 * locks its room and the booking counter; every other op locks its `room_id`, an unknown type
 * included, and returns `null`.
 */
export const hotelBatch: BatchDefinition<HotelSystem, HotelBatchJob, HotelOpResult> = {
  portable: { module: import.meta.url, name: 'hotelBatch', state: 'hotelState' },
  // Decision: the manual hangs on an upgrade with from == to (it takes the same lock twice); the core
  // takes that lock once, and `upgradeRoom` answers with its own failure value, `false`.
  // A book also takes the booking counter's key: it hands out the next booking id.
  keys: ({ op }) => (isUpgrade(op) ? [op.from_room_id, op.to_room_id] : isBook(op) ? [op.room_id, BOOKINGS_KEY] : [roomOf(op)]),
  run(system, { timestamp, op }) {
    if (isUpgrade(op)) return system.upgradeRoom(timestamp, op.from_room_id, op.to_room_id);
    if (isBook(op)) return system.bookRoom(timestamp, op.room_id, op.guest_name, op.nights);
    if (op.type === 'checkout') return system.checkout(timestamp, roomOf(op));
    return null;
  },
};

/** Whether the room exists and the named guest is the one staying in it. */
function isGuestOf(system: HotelSystem, item: GuestNotification): boolean {
  const room = system.rooms[item.room_id];
  return room !== undefined && room.guest_name !== '' && room.guest_name === item.guest_name;
}

/**
 * L6 `send_notifications`, fail-fast: the guest check runs under the room's lock before the semaphore,
 * so a missing room, an empty room or another guest's name returns `false` without a permit; the
 * 10 ms external call runs under a permit only. Nothing is changed.
 */
export const guestNotification: ExternalItemDefinition<HotelSystem, GuestNotification, boolean> = {
  portable: { module: import.meta.url, name: 'guestNotification', state: 'hotelState' },
  keys: (item) => [item.room_id],
  before: (system, item) => (isGuestOf(system, item) ? { proceed: true } : { proceed: false, result: false }),
  external: (_system, _item, context) => context.clock.sleep(10),
  after: () => true,
};
