import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Runtime } from '../../../src/core/runtime.ts';
import { guestNotification, type GuestNotification } from '../../../src/domains/hotel/index.ts';
import { boundHotel, permitOwners } from './helpers.ts';

/** r1 occupied by Alice, r2 free; r9 does not exist. */
function aliceInR1(): ReturnType<typeof boundHotel> {
  const bound = boundHotel();
  bound.hotel.addRoom(0, 'r1', 100);
  bound.hotel.addRoom(0, 'r2', 150);
  bound.hotel.bookRoom(0, 'r1', 'Alice', 2);
  return bound;
}

const manualItems: GuestNotification[] = [
  { room_id: 'r1', guest_name: 'Alice' },
  { room_id: 'r9', guest_name: 'Bob' },
  { room_id: 'r1', guest_name: 'Eve' },
];

describe('Hotel L6: sendNotifications (fail-fast)', () => {
  it('notifies only the guest staying in the room: [true, false, false]', async () => {
    const { hotel } = aliceInR1();
    expect(await hotel.sendNotifications(1, manualItems, 1)).toEqual([true, false, false]);
  });

  it('takes a permit and 10 ms only for Alice', async () => {
    const { hotel, clock, tracer } = aliceInR1();
    const start = clock.now();
    await hotel.sendNotifications(1, manualItems, 1);
    expect(clock.now() - start).toBe(10);
    expect(permitOwners(tracer)).toEqual(['item 0']);
  });

  it('fails an empty room without a permit', async () => {
    const { hotel, tracer, clock } = aliceInR1();
    expect(await hotel.sendNotifications(1, [{ room_id: 'r2', guest_name: '' }], 1)).toEqual([false]);
    expect(permitOwners(tracer)).toEqual([]);
    expect(clock.now()).toBe(0);
  });

  it('changes nothing', async () => {
    const { hotel } = aliceInR1();
    const before = deepCopy(hotel.rooms);
    await hotel.sendNotifications(1, manualItems, 2);
    expect(hotel.rooms).toEqual(before);
  });

  it('collects due late fees first', async () => {
    const { hotel } = aliceInR1();
    hotel.lateCheckout(0, 'r1', 1);
    await hotel.sendNotifications(3_600_000, [], 1);
    expect(hotel.rooms['r1']).toMatchObject({ late_fee: 0, total_revenue: 250 });
  });

  it('checks under the room lock, released before the permit is taken', async () => {
    const { hotel, tracer } = aliceInR1();
    await hotel.sendNotifications(1, [manualItems[0]!], 1);
    const kinds = tracer.events.filter((e) => e.owner === 'item 0').map((e) => e.kind);
    expect(kinds.slice(0, 3)).toEqual(['lock-acquired', 'lock-released', 'permit-acquired']);
    expect(tracer.events.find((e) => e.kind === 'lock-acquired')).toMatchObject({ keys: ['r1'] });
  });

  it('never gives a permit to a failed item, and finishes in ceil(valid / N) × 10 ms', async () => {
    const { hotel, clock, tracer } = boundHotel();
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      hotel.addRoom(0, id, 10);
      hotel.bookRoom(0, id, `guest-${id}`, 1);
    }
    const items = ['a', 'ghost', 'b', 'c', 'd', 'e', 'b'].map((id, i) => ({ room_id: id, guest_name: i === 6 ? 'nobody' : `guest-${id}` }));
    const start = clock.now();
    const results = await hotel.sendNotifications(1, items, 2);
    expect(results).toEqual([true, false, true, true, true, true, false]);
    expect(clock.now() - start).toBe(Math.ceil(5 / 2) * 10);
    expect(permitOwners(tracer).sort()).toEqual(['item 0', 'item 2', 'item 3', 'item 4', 'item 5']);
  });

  it('would give every item a permit under all-sleep, the cost fail-fast avoids', async () => {
    const { hotel, clock, tracer, engine } = aliceInR1();
    const runtime = new Runtime();
    runtime.use(engine);
    const start = clock.now();
    await runtime.rateLimited(hotel, guestNotification, 'all-sleep', manualItems, 2);
    expect(permitOwners(tracer).sort()).toEqual(['item 0', 'item 1', 'item 2']);
    expect(clock.now() - start).toBe(Math.ceil(3 / 2) * 10);
  });

  it('makes a fresh semaphore per call', async () => {
    const { hotel, clock } = aliceInR1();
    const items = [manualItems[0]!, manualItems[0]!];
    await Promise.all([hotel.sendNotifications(1, items, 1), hotel.sendNotifications(1, items, 1)]);
    expect(clock.now()).toBe(20);
  });
});
