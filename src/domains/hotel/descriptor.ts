import type { DomainDescriptor } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { HotelSystem } from './hotel-system.ts';
import type { GuestNotification, HotelOp } from './types.ts';

const ROOMS = ['r101', 'r102', 'r103', 'r104', 'r201', 'r202', 'r203', 'r204', 'r301', 'r302', 'r303', 'r304', 'r401', 'r402', 'r403', 'r404'];
const GUESTS = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank', 'Grace', 'Heidi'];
/** The first few rooms get half of all ops, so locks are contended. */
const HOT = 3;
/** Late enough that the seed's late-checkout fees (due an hour after ts 3) are collected by the batch. */
const BATCH_TS = 3_600_100;

/** Add 8–16 rooms, book about half of them, and check a few out late so fees fall due in the batch. */
function seedRooms(hotel: HotelSystem, random: Random): string[] {
  const ids = ROOMS.slice(0, random.int(8, ROOMS.length));
  for (const id of ids) hotel.addRoom(1, id, random.int(5, 30) * 10);
  for (const id of ids) if (random.chance(0.5)) hotel.bookRoom(2, id, random.pick(GUESTS), random.int(1, 5));
  for (const id of ids) if (random.chance(0.2)) hotel.lateCheckout(3, id, random.int(1, 4));
  return ids;
}

function pickRoom(random: Random, ids: readonly string[]): string {
  if (random.chance(0.08)) return 'r999';
  return random.chance(0.5) ? random.pick(ids.slice(0, HOT)) : random.pick(ids);
}

/** A guest notification: mostly for an occupied room's own guest, sometimes another name, an empty or a missing room. */
function randomNotification(hotel: HotelSystem, random: Random, ids: readonly string[]): GuestNotification {
  const room_id = pickRoom(random, ids);
  const staying = hotel.rooms[room_id]?.guest_name ?? '';
  const guest_name = staying !== '' && random.chance(0.7) ? staying : random.pick(GUESTS);
  return { room_id, guest_name };
}

function randomOp(random: Random, ids: readonly string[]): HotelOp {
  const roll = random.next();
  const room_id = pickRoom(random, ids);
  if (roll < 0.35) return { type: 'book', room_id, guest_name: random.pick(GUESTS), nights: random.int(1, 7) };
  if (roll < 0.65) return { type: 'checkout', room_id };
  if (roll < 0.93) return { type: 'upgrade', from_room_id: room_id, to_room_id: random.chance(0.1) ? room_id : pickRoom(random, ids) };
  return { type: 'cancel', room_id };
}

/** Run a small L5 batch and a small L6 call on `hotel`, as lines for a person. */
async function tour(hotel: HotelSystem): Promise<string[]> {
  hotel.addRoom(0, 'r1', 100);
  hotel.addRoom(0, 'r2', 150);
  const ops: HotelOp[] = [
    { type: 'book', room_id: 'r1', guest_name: 'Alice', nights: 2 },
    { type: 'upgrade', from_room_id: 'r1', to_room_id: 'r2' },
    { type: 'book', room_id: 'r1', guest_name: 'Bob', nights: 1 },
    { type: 'upgrade', from_room_id: 'r2', to_room_id: 'r2' },
  ];
  const batch = await hotel.batchOperations(1, ops);
  const notifications: GuestNotification[] = [
    { room_id: 'r2', guest_name: 'Alice' },
    { room_id: 'r9', guest_name: 'Bob' },
    { room_id: 'r2', guest_name: 'Eve' },
    { room_id: 'r1', guest_name: 'Bob' },
  ];
  const start = performance.now();
  const sent = await hotel.sendNotifications(2, notifications, 1);
  const elapsed = performance.now() - start;
  const valid = sent.filter(Boolean).length;
  return [
    `L5 batch [book r1 Alice 2, upgrade r1→r2, book r1 Bob 1, upgrade r2→r2]: ${JSON.stringify(batch)}`,
    '  (same results as one by one in input order; the same-room upgrade takes its lock once and is false)',
    `L6 fail-fast [r2 Alice, r9 Bob, r2 Eve, r1 Bob]: ${JSON.stringify(sent)}`,
    `  ${notifications.length} items, ${valid} valid, 1 permit: ${elapsed.toFixed(1)} ms (theory ${valid * 10} ms)`,
  ];
}

/** Hotel for the CLI, the tour and the benchmarks. */
export const hotelDescriptor: DomainDescriptor<HotelSystem> = {
  name: 'hotel',
  title: 'Hotel',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new HotelSystem(),
  async runScenario(hotel, random, size) {
    const ids = seedRooms(hotel, random);
    const input = Array.from({ length: size }, () => randomOp(random, ids));
    const results = await hotel.batchOperations(BATCH_TS, input);
    return { input, results };
  },
  async runExternalScenario(hotel, random, size) {
    const ids = seedRooms(hotel, random);
    const input = Array.from({ length: size }, () => randomNotification(hotel, random, ids));
    const maxConcurrent = random.int(1, 8);
    const results = await hotel.sendNotifications(BATCH_TS, input, maxConcurrent);
    return { input: { notifications: input, maxConcurrent }, results };
  },
  tour,
  state: (hotel) => JSON.parse(JSON.stringify({ rooms: hotel.rooms, booking_counter: hotel.booking_counter })) as unknown,
};
