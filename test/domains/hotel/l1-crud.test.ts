import { describe, expect, it } from 'vitest';
import { HotelSystem } from '../../../src/domains/hotel/index.ts';

describe('Hotel L1: rooms, bookings, checkouts', () => {
  it('adds a room once and refuses the same id again', () => {
    const hotel = new HotelSystem();
    expect(hotel.addRoom(0, 'r1', 100)).toBe(true);
    expect(hotel.addRoom(0, 'r1', 100)).toBe(false);
  });

  it('stores a new room free, with nights "" as the manual does', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(7, 'r1', 100);
    expect(hotel.rooms['r1']).toEqual({
      price_per_night: 100,
      guest_name: '',
      nights: '',
      total_revenue: 0,
      check_in_time: 7,
      late_fee: 0,
      late_fee_time: 7,
      history: [],
      booking_id: '',
    });
  });

  it('does not overwrite an existing room', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(0, 'r1', 100);
    hotel.addRoom(0, 'r1', 999);
    expect(hotel.rooms['r1']!.price_per_night).toBe(100);
  });

  it('books a free room, returning "booking1" and charging 100 × 2 at once', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(0, 'r1', 100);
    expect(hotel.bookRoom(1, 'r1', 'Alice', 2)).toBe('booking1');
    expect(hotel.rooms['r1']).toMatchObject({ guest_name: 'Alice', nights: 2, total_revenue: 200, booking_id: 'booking1', check_in_time: 1 });
  });

  it('checks the guest out, returning her name and keeping revenue and booking id', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(0, 'r1', 100);
    hotel.bookRoom(1, 'r1', 'Alice', 2);
    expect(hotel.checkout(5, 'r1')).toBe('Alice');
    expect(hotel.rooms['r1']).toMatchObject({ guest_name: '', total_revenue: 200, history: [['Alice', 200]], nights: 0, booking_id: 'booking1' });
  });

  it('numbers bookings globally across rooms', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(0, 'r1', 100);
    hotel.addRoom(0, 'r2', 150);
    expect(hotel.bookRoom(1, 'r1', 'A', 1)).toBe('booking1');
    expect(hotel.bookRoom(1, 'r2', 'B', 1)).toBe('booking2');
    hotel.checkout(2, 'r1');
    expect(hotel.bookRoom(3, 'r1', 'C', 1)).toBe('booking3');
    expect(hotel.booking_counter).toBe(3);
  });

  describe('failures (r1 price 100 booked by Alice, r2 price 150 free)', () => {
    const setup = (): HotelSystem => {
      const hotel = new HotelSystem();
      hotel.addRoom(0, 'r1', 100);
      hotel.addRoom(0, 'r2', 150);
      hotel.bookRoom(0, 'r1', 'Alice', 2);
      return hotel;
    };

    it('cannot book a missing room: null', () => {
      expect(setup().bookRoom(1, 'r9', 'A', 1)).toBeNull();
    });

    it('cannot book an occupied room: null, and the counter does not move', () => {
      const hotel = setup();
      expect(hotel.bookRoom(2, 'r1', 'Bob', 1)).toBeNull();
      expect(hotel.booking_counter).toBe(1);
      expect(hotel.rooms['r1']!.guest_name).toBe('Alice');
    });

    it('cannot check out an empty room: null', () => {
      expect(setup().checkout(3, 'r2')).toBeNull();
    });

    it('cannot check out a missing room: null', () => {
      expect(setup().checkout(3, 'r9')).toBeNull();
    });
  });

  it('refuses a booking for an empty guest name, which would leave a paid room reading as free', () => {
    const hotel = new HotelSystem();
    hotel.addRoom(0, 'r1', 100);
    expect(hotel.bookRoom(1, 'r1', '', 2)).toBeNull();
    expect(hotel.rooms['r1']).toMatchObject({ guest_name: '', total_revenue: 0, booking_id: '' });
    expect(hotel.booking_counter).toBe(0);
  });

  it('keeps ids like "__proto__" and "constructor" as plain rooms', () => {
    const hotel = new HotelSystem();
    expect(hotel.checkout(0, 'constructor')).toBeNull();
    expect(hotel.addRoom(0, '__proto__', 10)).toBe(true);
    expect(hotel.addRoom(0, 'constructor', 20)).toBe(true);
    expect(Object.keys(hotel.rooms)).toEqual(['__proto__', 'constructor']);
  });
});
