import { describe, expect, it } from 'vitest';
import { HotelSystem } from '../../../src/domains/hotel/index.ts';

function aliceInR1(): HotelSystem {
  const hotel = new HotelSystem();
  hotel.addRoom(0, 'r1', 100);
  hotel.addRoom(0, 'r2', 150);
  expect(hotel.bookRoom(1, 'r1', 'Alice', 2)).toBe('booking1');
  return hotel;
}

describe('Hotel L4: booking history and upgrades', () => {
  it('moves Alice from r1 to r2, leaving the revenue in r1', () => {
    const hotel = aliceInR1();
    expect(hotel.upgradeRoom(5, 'r1', 'r2')).toBe(true);
    expect(hotel.rooms['r1']).toMatchObject({ guest_name: '', total_revenue: 200, nights: 2, booking_id: 'booking1' });
    expect(hotel.rooms['r2']).toMatchObject({ guest_name: 'Alice', booking_id: 'booking1', nights: 2, total_revenue: 0 });
  });

  it('writes no history on an upgrade', () => {
    const hotel = aliceInR1();
    hotel.upgradeRoom(5, 'r1', 'r2');
    expect(hotel.getBookingHistory(6, 'r1')).toEqual([]);
  });

  it('records the later checkout at the new room price: [["Alice", 300]]', () => {
    const hotel = aliceInR1();
    hotel.upgradeRoom(5, 'r1', 'r2');
    expect(hotel.checkout(7, 'r2')).toBe('Alice');
    expect(hotel.getBookingHistory(8, 'r2')).toEqual([['Alice', 300]]);
  });

  it('returns null as the history of a missing room', () => {
    expect(aliceInR1().getBookingHistory(8, 'r9')).toBeNull();
  });

  it('returns a copy of the history that the caller cannot change', () => {
    const hotel = aliceInR1();
    hotel.checkout(2, 'r1');
    const history = hotel.getBookingHistory(3, 'r1')!;
    history[0]![1] = 0;
    history.push(['Mallory', 1]);
    expect(hotel.getBookingHistory(4, 'r1')).toEqual([['Alice', 200]]);
  });

  it('keeps stays oldest first', () => {
    const hotel = aliceInR1();
    hotel.checkout(2, 'r1');
    hotel.bookRoom(3, 'r1', 'Bob', 1);
    hotel.checkout(4, 'r1');
    expect(hotel.getBookingHistory(5, 'r1')).toEqual([['Alice', 200], ['Bob', 100]]);
  });

  it('refuses to upgrade a room to itself', () => {
    const hotel = aliceInR1();
    expect(hotel.upgradeRoom(5, 'r1', 'r1')).toBe(false);
    expect(hotel.rooms['r1']!.guest_name).toBe('Alice');
  });

  it('refuses to upgrade to a missing room', () => {
    expect(aliceInR1().upgradeRoom(5, 'r1', 'r9')).toBe(false);
  });

  it('refuses to upgrade from an empty room', () => {
    expect(aliceInR1().upgradeRoom(5, 'r2', 'r1')).toBe(false);
  });

  it('refuses to upgrade into an occupied room', () => {
    const hotel = aliceInR1();
    hotel.bookRoom(2, 'r2', 'Bob', 1);
    expect(hotel.upgradeRoom(5, 'r1', 'r2')).toBe(false);
    expect(hotel.rooms['r2']!.guest_name).toBe('Bob');
  });

  it('runs the cross-domain example: booking "b1", 3 nights, revenue 200 moves but the revenue stays', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(0, 'r1', 100);
    hotel.addRoom(0, 'r2', 150);
    Object.assign(hotel.rooms['r1']!, { guest_name: 'Alice', booking_id: 'b1', nights: 3, total_revenue: 200 });
    hotel.rooms['r2']!.nights = 0;
    expect(hotel.upgradeRoom(5, 'r1', 'r2')).toBe(true);
    expect(hotel.rooms['r1']).toMatchObject({ guest_name: '', total_revenue: 200 });
    expect(hotel.rooms['r2']).toMatchObject({ guest_name: 'Alice', booking_id: 'b1', nights: 3, total_revenue: 0 });
  });
});
