import { describe, expect, it } from 'vitest';
import { HotelSystem } from '../../../src/domains/hotel/index.ts';

function lateGuest(): HotelSystem {
  const hotel = new HotelSystem();
  hotel.addRoom(0, 'r1', 100);
  hotel.bookRoom(50, 'r1', 'Alice', 2);
  return hotel;
}

describe('Hotel L3: late checkout fees, collected lazily', () => {
  it('returns the fee 4 × 50 = 200 and schedules it an hour later', () => {
    const hotel = lateGuest();
    expect(hotel.lateCheckout(100, 'r1', 4)).toBe(200);
    expect(hotel.rooms['r1']).toMatchObject({ late_fee: 200, late_fee_time: 3_600_100 });
  });

  it('frees the room at once and records the stay at the room price', () => {
    const hotel = lateGuest();
    hotel.lateCheckout(100, 'r1', 4);
    expect(hotel.rooms['r1']).toMatchObject({ guest_name: '', nights: 0, history: [['Alice', 200]], total_revenue: 200 });
  });

  it('keeps the fee pending until the hour is up: 200 at 101 and at 3600099', () => {
    const hotel = lateGuest();
    hotel.lateCheckout(100, 'r1', 4);
    expect(hotel.getPendingFees(101)).toBe(200);
    expect(hotel.getPendingFees(3_600_099)).toBe(200);
    expect(hotel.rooms['r1']!.total_revenue).toBe(200);
  });

  it('collects it exactly at late_fee_time: pending 0 and revenue 400 at 3600100', () => {
    const hotel = lateGuest();
    hotel.lateCheckout(100, 'r1', 4);
    expect(hotel.getPendingFees(3_600_100)).toBe(0);
    expect(hotel.rooms['r1']!.total_revenue).toBe(400);
    expect(hotel.rooms['r1']!.history).toEqual([['Alice', 200]]);
  });

  it('collects due fees from any public method, such as a ranking', () => {
    const hotel = lateGuest();
    hotel.lateCheckout(100, 'r1', 4);
    expect(hotel.topRooms(3_600_100, 1)).toEqual(['r1(400)']);
  });

  it('returns null for a missing or empty room, and schedules nothing', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(0, 'r1', 100);
    expect(hotel.lateCheckout(1, 'r9', 2)).toBeNull();
    expect(hotel.lateCheckout(1, 'r1', 2)).toBeNull();
    expect(hotel.getPendingFees(2)).toBe(0);
  });

  it('overwrites a pending fee with a second late checkout: the first 100 is lost', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(0, 'r1', 100);
    hotel.bookRoom(0, 'r1', 'A', 1);
    expect(hotel.lateCheckout(10, 'r1', 2)).toBe(100);
    hotel.bookRoom(11, 'r1', 'B', 1);
    expect(hotel.lateCheckout(12, 'r1', 1)).toBe(50);
    expect(hotel.getPendingFees(13)).toBe(50);
    expect(hotel.getPendingFees(3_600_012)).toBe(0);
    expect(hotel.rooms['r1']!.total_revenue).toBe(250);
  });

  it('sums pending fees over every room', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(0, 'r1', 100);
    hotel.addRoom(0, 'r2', 100);
    hotel.bookRoom(0, 'r1', 'A', 1);
    hotel.bookRoom(0, 'r2', 'B', 1);
    hotel.lateCheckout(1, 'r1', 1);
    hotel.lateCheckout(2, 'r2', 3);
    expect(hotel.getPendingFees(3)).toBe(200);
    expect(hotel.getPendingFees(3_600_001)).toBe(150);
  });
});
