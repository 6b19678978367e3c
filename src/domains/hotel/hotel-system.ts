import { stamped } from '../../core/batch.ts';
import { compareStrings, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectPositiveInteger, validateItems, validateOps } from '../../core/validate.ts';
import { guestNotification, hotelBatch } from './ops.ts';
import { hotelBatchSchema, notificationSchema } from './schemas.ts';
import type { GuestNotification, HotelOp, HotelOpResult, Room, StayRecord } from './types.ts';

/** 1 h in ms: a late fee is collected this long after the late checkout. */
const LATE_FEE_DELAY = 3_600_000;
/** What one extra hour of late checkout costs. */
const FEE_PER_HOUR = 50;

/** What an occupied room's stay costs; a room is only occupied after a booking set its nights. */
function stayCost(room: Room): number {
  return room.price_per_night * Number(room.nights);
}

/**
 * The manual's `HotelSystem`: rooms with a nightly price; bookings charged at once; checkouts with a
 * stay history; late checkouts whose fee is collected lazily an hour later; guest moves ("upgrade");
 * an L5 batch under per-room locks and an L6 fail-fast guest notification.
 * @example
 * const hotel = new HotelSystem();
 * hotel.addRoom(0, 'r1', 100);
 * hotel.bookRoom(1, 'r1', 'Alice', 2); // "booking1"
 */
export class HotelSystem {
  /** room_id → room, in the order rooms were added. */
  rooms: Dict<Room> = dict();
  /** The last booking number handed out: ids are `booking1`, `booking2`, … across all rooms. */
  booking_counter = 0;
  #runtime = new Runtime();

  /** The manual's `rooms_locks` (`defaultdict(asyncio.Lock)`): one lock per room id, made on first use. */
  get rooms_locks(): LockTable {
    return this.#runtime.locks;
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /**
   * Add a free room.
   * @returns `false` when the id is taken (nothing is overwritten), else `true`.
   * @throws InvalidInputError on a non-integer timestamp or price, or a non-string id.
   */
  addRoom(timestamp: number, roomId: string, pricePerNight: number): boolean {
    expectArgs(timestamp, { roomId });
    expectInteger(pricePerNight, 'pricePerNight');
    this.#processLateFee(timestamp);
    if (has(this.rooms, roomId)) return false;
    this.rooms[roomId] = {
      price_per_night: pricePerNight,
      guest_name: '',
      nights: '',
      total_revenue: 0,
      check_in_time: timestamp,
      late_fee: 0,
      late_fee_time: timestamp,
      history: [],
      booking_id: '',
    };
    return true;
  }

  /**
   * Book a guest into a free room, charging `price_per_night * nights` to its revenue at once.
   * @returns the new booking id (`"booking1"`, …), or `null` when the room is missing or occupied.
   */
  bookRoom(timestamp: number, roomId: string, guestName: string, nights: number): string | null {
    expectArgs(timestamp, { roomId, guestName });
    expectInteger(nights, 'nights');
    this.#processLateFee(timestamp);
    const room = this.rooms[roomId];
    if (room === undefined || room.guest_name !== '') return null;
    // Decision: the manual would book a guest named "" and leave a paid room that still reads as free
    // (occupancy is `guest_name != ""`); conclab refuses that booking with the failure value `null`.
    if (guestName === '') return null;
    room.guest_name = guestName;
    room.nights = nights;
    room.total_revenue += room.price_per_night * nights;
    room.check_in_time = timestamp;
    this.booking_counter += 1;
    room.booking_id = `booking${this.booking_counter}`;
    return room.booking_id;
  }

  /**
   * Free an occupied room and record the stay `[guest, price_per_night * nights]` in its history.
   * Revenue and `booking_id` are left as they are.
   * @returns the guest's name, or `null` when the room is missing or empty.
   */
  checkout(timestamp: number, roomId: string): string | null {
    expectArgs(timestamp, { roomId });
    this.#processLateFee(timestamp);
    const room = this.rooms[roomId];
    if (room === undefined || room.guest_name === '') return null;
    const guest = room.guest_name;
    room.guest_name = '';
    room.history.push([guest, stayCost(room)]);
    room.nights = 0;
    return guest;
  }

  /**
   * The first `n` rooms by revenue, highest first, ties by id, as `"id(revenue)"`. Rooms with no
   * revenue are included.
   */
  topRooms(timestamp: number, n: number): string[] {
    expectInteger(timestamp, 'timestamp');
    expectInteger(n, 'n');
    this.#processLateFee(timestamp);
    const ranked = Object.entries(this.rooms).sort(
      ([idA, a], [idB, b]) => b.total_revenue - a.total_revenue || compareStrings(idA, idB),
    );
    // Decision: a negative `n` drops |n| rooms from the end, as Python's `result[:n]` (and JS slice) do.
    return ranked.map(([id, room]) => `${id}(${room.total_revenue})`).slice(0, n);
  }

  /** Free rooms priced within `[minPrice, maxPrice]` (both inclusive), cheapest first, ties by id. */
  findAvailable(timestamp: number, minPrice: number, maxPrice: number): string[] {
    expectInteger(timestamp, 'timestamp');
    expectInteger(minPrice, 'minPrice');
    expectInteger(maxPrice, 'maxPrice');
    this.#processLateFee(timestamp);
    return Object.entries(this.rooms)
      .sort(([idA, a], [idB, b]) => a.price_per_night - b.price_per_night || compareStrings(idA, idB))
      .filter(([, room]) => minPrice <= room.price_per_night && room.price_per_night <= maxPrice && room.guest_name === '')
      .map(([id]) => id);
  }

  /**
   * Check a guest out late: schedule a fee of `extraHours * 50`, collected into revenue one hour from
   * now (it replaces any fee still pending on the room), then check out as `checkout` does.
   * @returns the fee, or `null` when the room is missing or empty.
   */
  lateCheckout(timestamp: number, roomId: string, extraHours: number): number | null {
    expectArgs(timestamp, { roomId });
    expectInteger(extraHours, 'extraHours');
    this.#processLateFee(timestamp);
    const room = this.rooms[roomId];
    if (room === undefined || room.guest_name === '') return null;
    const fee = extraHours * FEE_PER_HOUR;
    // Overwritten, not added, as in the manual: a fee still pending from an earlier late checkout is lost.
    room.late_fee = fee;
    room.late_fee_time = timestamp + LATE_FEE_DELAY;
    this.checkout(timestamp, roomId);
    return fee;
  }

  /** The sum of every late fee not yet collected by `timestamp` (`0` when none). */
  getPendingFees(timestamp: number): number {
    expectInteger(timestamp, 'timestamp');
    this.#processLateFee(timestamp);
    return Object.values(this.rooms).reduce((sum, room) => sum + room.late_fee, 0);
  }

  /**
   * A copy of a room's stays, oldest first, as `[guest, cost]` pairs.
   * @returns `null` when the room is missing; `[]` when nobody has checked out yet.
   */
  getBookingHistory(timestamp: number, roomId: string): StayRecord[] | null {
    expectArgs(timestamp, { roomId });
    this.#processLateFee(timestamp);
    const room = this.rooms[roomId];
    return room === undefined ? null : room.history.map(([guest, cost]): StayRecord => [guest, cost]);
  }

  /**
   * Move the guest (name, booking id, nights) to a free room. Revenue stays with the old room, nothing
   * is charged and no history is written; the old room keeps its nights and booking id.
   * @returns `false` when either room is missing, they are the same room, the source is empty or the
   * target is occupied (checked in that order).
   */
  upgradeRoom(timestamp: number, fromRoomId: string, toRoomId: string): boolean {
    expectArgs(timestamp, { fromRoomId, toRoomId });
    this.#processLateFee(timestamp);
    const from = this.rooms[fromRoomId];
    const to = this.rooms[toRoomId];
    if (from === undefined || to === undefined || fromRoomId === toRoomId) return false;
    if (from.guest_name === '' || to.guest_name !== '') return false;
    to.guest_name = from.guest_name;
    to.booking_id = from.booking_id;
    to.nights = from.nights;
    from.guest_name = '';
    return true;
  }

  /**
   * L5: run every op under its room locks, all at once; the results, in input order, equal running the
   * ops one by one. Late fees due by `timestamp` are collected first.
   * @throws InvalidInputError (as a rejection, before any change) on a malformed op, naming its index.
   * @example
   * await hotel.batchOperations(1, [{ type: 'book', room_id: 'r1', guest_name: 'Alice', nights: 2 }]); // ["booking1"]
   */
  async batchOperations(timestamp: number, operations: readonly HotelOp[]): Promise<(HotelOpResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(operations, hotelBatchSchema);
    this.#processLateFee(timestamp);
    return this.#runtime.batch(this, hotelBatch, stamped(timestamp, operations));
  }

  /**
   * L6, fail-fast: check under each room's lock that the named guest is staying there, then send the
   * notification through at most `maxConcurrent` 10 ms external calls at once. A failed check is
   * `false` at once and never takes a permit.
   * @returns one boolean per notification, in input order.
   */
  async sendNotifications(timestamp: number, notifications: readonly GuestNotification[], maxConcurrent: number): Promise<boolean[]> {
    expectInteger(timestamp, 'timestamp');
    validateItems(notifications, notificationSchema, 'notifications');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    this.#processLateFee(timestamp);
    return this.#runtime.rateLimited(this, guestNotification, 'fail-fast', notifications, maxConcurrent);
  }

  /**
   * The manual's `_process_late_fee`: move every pending fee due by `timestamp` into its room's revenue.
   * It looks at the fee, not the guest (who has already left), and writes no history.
   */
  #processLateFee(timestamp: number): void {
    for (const room of Object.values(this.rooms)) {
      if (room.late_fee > 0 && timestamp >= room.late_fee_time) {
        room.total_revenue += room.late_fee;
        room.late_fee = 0;
      }
    }
  }
}
