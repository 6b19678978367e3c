import { describe, it } from 'vitest';
import type { HotelSystem } from '../../../src/domains/hotel/index.ts';
import { boundHotel, stateOf } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** Rooms with a guest and a late fee that falls due at 3600001, so a stray lazy-helper run would show. */
function seeded(): HotelSystem {
  const { hotel } = boundHotel();
  hotel.addRoom(0, 'r1', 100);
  hotel.addRoom(0, 'r2', 150);
  hotel.bookRoom(0, 'r1', 'Alice', 2);
  hotel.bookRoom(0, 'r2', 'Bob', 1);
  hotel.lateCheckout(1, 'r2', 2);
  return hotel;
}

/** Call `run` on a seeded hotel and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, stateOf);

const DUE = 3_600_001;

describe('Hotel bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((h) => call(h, 'batchOperations', DUE, { type: 'checkout', room_id: 'r1' }), { field: 'operations' });
  });

  it('rejects an op that is not an object, naming its index', async () => {
    await rejects((h) => call(h, 'batchOperations', DUE, [{ type: 'checkout', room_id: 'r1' }, 'book']), { field: 'op', index: 1 });
  });

  it('rejects a book op missing nights, before the valid op ahead of it runs', async () => {
    const ops = [{ type: 'checkout', room_id: 'r1' }, { type: 'book', room_id: 'r1', guest_name: 'Eve' }];
    await rejects((h) => call(h, 'batchOperations', DUE, ops), { field: 'nights', index: 1 });
  });

  it('rejects a book op with fractional nights', async () => {
    await rejects((h) => call(h, 'batchOperations', DUE, [{ type: 'book', room_id: 'r1', guest_name: 'Eve', nights: 1.5 }]), { field: 'nights', index: 0 });
  });

  it('rejects an upgrade op whose target is not a string', async () => {
    await rejects((h) => call(h, 'batchOperations', DUE, [{ type: 'upgrade', from_room_id: 'r1', to_room_id: 2 }]), { field: 'to_room_id', index: 0 });
  });

  it('rejects an unknown op type without a room_id', async () => {
    await rejects((h) => call(h, 'batchOperations', DUE, [{ type: 'cancel' }]), { field: 'room_id', index: 0 });
  });

  it('rejects an op whose type is not a string', async () => {
    await rejects((h) => call(h, 'batchOperations', DUE, [{ type: null, room_id: 'r1' }]), { field: 'type', index: 0 });
  });

  it('rejects a batch with a non-integer timestamp', async () => {
    await rejects((h) => call(h, 'batchOperations', DUE + 0.5, []), { field: 'timestamp' });
  });

  it('rejects sendNotifications with maxConcurrent 0', async () => {
    await rejects((h) => h.sendNotifications(DUE, [{ room_id: 'r1', guest_name: 'Alice' }], 0), { field: 'maxConcurrent' });
  });

  it('rejects sendNotifications with maxConcurrent 1.5', async () => {
    await rejects((h) => h.sendNotifications(DUE, [{ room_id: 'r1', guest_name: 'Alice' }], 1.5), { field: 'maxConcurrent' });
  });

  it('rejects a notification without a guest name, naming its index', async () => {
    await rejects((h) => call(h, 'sendNotifications', DUE, [{ room_id: 'r1', guest_name: 'Alice' }, { room_id: 'r1' }], 1), { field: 'guest_name', index: 1 });
  });

  it('rejects notifications that are not an array', async () => {
    await rejects((h) => call(h, 'sendNotifications', DUE, 'r1', 1), { field: 'notifications' });
  });

  it('rejects bookRoom with a non-string room id', async () => {
    await rejects((h) => call(h, 'bookRoom', DUE, 7, 'Eve', 1), { field: 'roomId' });
  });

  it('rejects addRoom with a string price', async () => {
    await rejects((h) => call(h, 'addRoom', DUE, 'r3', '100'), { field: 'pricePerNight' });
  });

  it('rejects lateCheckout with missing extra hours', async () => {
    await rejects((h) => call(h, 'lateCheckout', DUE, 'r1'), { field: 'extraHours' });
  });

  it('rejects getPendingFees with a NaN timestamp', async () => {
    await rejects((h) => h.getPendingFees(Number.NaN), { field: 'timestamp' });
  });

  it('rejects upgradeRoom with an undefined source', async () => {
    await rejects((h) => call(h, 'upgradeRoom', DUE, undefined, 'r2'), { field: 'fromRoomId' });
  });
});
