import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import type { HotelOp, HotelSystem } from '../../../src/domains/hotel/index.ts';
import { BOOKINGS_KEY } from '../../../src/domains/hotel/state-access.ts';
import { boundHotel, lockedKeys, stateOf } from './helpers.ts';

function twoRooms(): ReturnType<typeof boundHotel> {
  const bound = boundHotel();
  bound.hotel.addRoom(0, 'r1', 100);
  bound.hotel.addRoom(0, 'r2', 150);
  return bound;
}

describe('Hotel L5: batchOperations', () => {
  it('books then upgrades: ["booking1", true] (the manual prints [True, True])', async () => {
    const { hotel } = twoRooms();
    const results = await hotel.batchOperations(1, [
      { type: 'book', room_id: 'r1', guest_name: 'Alice', nights: 2 },
      { type: 'upgrade', from_room_id: 'r1', to_room_id: 'r2' },
    ]);
    expect(results).toEqual(['booking1', true]);
    expect(hotel.rooms['r2']).toMatchObject({ guest_name: 'Alice', booking_id: 'booking1' });
  });

  it('returns each method\'s own failure value: null for book/checkout, false for upgrade', async () => {
    const { hotel } = twoRooms();
    const results = await hotel.batchOperations(1, [
      { type: 'checkout', room_id: 'r1' },
      { type: 'book', room_id: 'r9', guest_name: 'A', nights: 1 },
      { type: 'upgrade', from_room_id: 'r1', to_room_id: 'r2' },
    ]);
    expect(results).toEqual([null, null, false]);
  });

  it('returns the guest name of a checkout op', async () => {
    const { hotel } = twoRooms();
    hotel.bookRoom(0, 'r1', 'Alice', 1);
    expect(await hotel.batchOperations(1, [{ type: 'checkout', room_id: 'r1' }])).toEqual(['Alice']);
  });

  it('returns null for an unknown op type, after locking its room_id', async () => {
    const { hotel, tracer } = twoRooms();
    expect(await hotel.batchOperations(1, [{ type: 'cancel', room_id: 'r1' }])).toEqual([null]);
    expect(lockedKeys(tracer)).toEqual([['r1']]);
  });

  it('locks a book\'s room and the booking counter, which hands out the next id', async () => {
    const { hotel, tracer } = twoRooms();
    expect(await hotel.batchOperations(1, [{ type: 'book', room_id: 'r2', guest_name: 'Alice', nights: 1 }])).toEqual(['booking1']);
    expect(lockedKeys(tracer)).toEqual([[BOOKINGS_KEY, 'r2']]);
  });

  it('takes a same-room upgrade lock once and returns false instead of hanging', async () => {
    const { hotel, tracer } = twoRooms();
    hotel.bookRoom(0, 'r1', 'Alice', 1);
    expect(await hotel.batchOperations(1, [{ type: 'upgrade', from_room_id: 'r1', to_room_id: 'r1' }])).toEqual([false]);
    expect(lockedKeys(tracer)).toEqual([['r1']]);
  });

  it('locks the two rooms of an upgrade in sorted order', async () => {
    const { hotel, tracer } = twoRooms();
    hotel.bookRoom(0, 'r2', 'Alice', 1);
    await hotel.batchOperations(1, [{ type: 'upgrade', from_room_id: 'r2', to_room_id: 'r1' }]);
    expect(lockedKeys(tracer)).toEqual([['r1', 'r2']]);
  });

  it('finishes upgrades back and forth on one pair without deadlock, in input order', async () => {
    const { hotel } = twoRooms();
    hotel.bookRoom(0, 'r1', 'Alice', 1);
    const results = await hotel.batchOperations(1, [
      { type: 'upgrade', from_room_id: 'r1', to_room_id: 'r2' },
      { type: 'upgrade', from_room_id: 'r2', to_room_id: 'r1' },
      { type: 'upgrade', from_room_id: 'r2', to_room_id: 'r1' },
    ]);
    expect(results).toEqual([true, true, false]);
    expect(hotel.rooms['r1']!.guest_name).toBe('Alice');
  });

  it('collects due late fees once at the start, even for a batch of unknown ops', async () => {
    const { hotel } = twoRooms();
    hotel.bookRoom(0, 'r1', 'A', 1);
    hotel.lateCheckout(0, 'r1', 2);
    await hotel.batchOperations(3_600_000, [{ type: 'noop', room_id: 'zz' }]);
    expect(hotel.rooms['r1']).toMatchObject({ late_fee: 0, total_revenue: 200 });
  });

  it('returns an empty list for an empty batch', async () => {
    const { hotel } = twoRooms();
    expect(await hotel.batchOperations(1, [])).toEqual([]);
  });
});

const ROOMS = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'];
const GUESTS = ['Alice', 'Bob', 'Carol'];

/** A random setup and batch for one seed: hot rooms, missing rooms, same-room upgrades, unknown types. */
function randomCase(seed: number) {
  const random = new Random(seed);
  const ids = ROOMS.slice(0, random.int(2, ROOMS.length));
  const rooms = ids.map((id) => ({ id, price: random.int(1, 20) * 10, guest: random.chance(0.5) ? random.pick(GUESTS) : null, late: random.chance(0.2) }));
  const pick = (): string => (random.chance(0.1) ? 'r99' : random.chance(0.5) ? random.pick(ids.slice(0, 2)) : random.pick(ids));
  const ops: HotelOp[] = Array.from({ length: random.int(0, 40) }, () => {
    const kind = random.pick(['book', 'checkout', 'upgrade', 'upgrade', 'other'] as const);
    const room_id = pick();
    if (kind === 'book') return { type: 'book', room_id, guest_name: random.pick(GUESTS), nights: random.int(1, 5) };
    if (kind === 'checkout') return { type: 'checkout', room_id };
    if (kind === 'upgrade') return { type: 'upgrade', from_room_id: room_id, to_room_id: random.chance(0.15) ? room_id : pick() };
    return { type: 'cancel', room_id };
  });
  const timestamp = random.pick([10, 3_600_002, 3_600_100]);
  return { rooms, ops, timestamp };
}

function seeded(hotel: HotelSystem, { rooms }: ReturnType<typeof randomCase>): HotelSystem {
  for (const room of rooms) hotel.addRoom(0, room.id, room.price);
  for (const room of rooms) if (room.guest !== null) hotel.bookRoom(1, room.id, room.guest, 2);
  for (const room of rooms) if (room.late) hotel.lateCheckout(2, room.id, 3);
  return hotel;
}

/** The sequential reference: the sync L1–L4 methods, one op after another in input order. */
function runSequentially(hotel: HotelSystem, timestamp: number, ops: readonly HotelOp[]): unknown[] {
  hotel.getPendingFees(timestamp); // the batch's own lazy-helper run; this read does nothing else
  return ops.map((op) => {
    const o = op as unknown as Record<string, unknown> & { type: string };
    if (o.type === 'book') return hotel.bookRoom(timestamp, o['room_id'] as string, o['guest_name'] as string, o['nights'] as number);
    if (o.type === 'checkout') return hotel.checkout(timestamp, o['room_id'] as string);
    if (o.type === 'upgrade') return hotel.upgradeRoom(timestamp, o['from_room_id'] as string, o['to_room_id'] as string);
    return null;
  });
}

describe('Hotel L5: a batch equals its ops run one by one', () => {
  it('gives the same results and final state as the sequential methods on 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const testCase = randomCase(seed);
      const { hotel } = boundHotel();
      const results = await seeded(hotel, testCase).batchOperations(testCase.timestamp, testCase.ops);
      const reference = seeded(boundHotel().hotel, testCase);
      expect(results, `seed ${seed}`).toEqual(runSequentially(reference, testCase.timestamp, testCase.ops));
      expect(stateOf(hotel), `seed ${seed}`).toEqual(stateOf(reference));
    }
  });
});
