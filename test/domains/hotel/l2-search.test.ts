import { describe, expect, it } from 'vitest';
import { HotelSystem } from '../../../src/domains/hotel/index.ts';

/** r1 {100, Alice, revenue 200}, r2 {150, free, revenue 450}, r3 {80, free, revenue 0}. */
function manualRooms(): HotelSystem {
  const hotel = new HotelSystem();
  hotel.addRoom(0, 'r1', 100);
  hotel.addRoom(0, 'r2', 150);
  hotel.addRoom(0, 'r3', 80);
  expect(hotel.bookRoom(0, 'r2', 'X', 3)).toBe('booking1');
  expect(hotel.checkout(0, 'r2')).toBe('X');
  expect(hotel.bookRoom(0, 'r1', 'Alice', 2)).toBe('booking2');
  return hotel;
}

describe('Hotel L2: revenue ranking and free-room search', () => {
  it('ranks the top 2 rooms by revenue: ["r2(450)", "r1(200)"]', () => {
    expect(manualRooms().topRooms(1, 2)).toEqual(['r2(450)', 'r1(200)']);
  });

  it('includes rooms with no revenue: ["r2(450)", "r1(200)", "r3(0)"]', () => {
    expect(manualRooms().topRooms(1, 3)).toEqual(['r2(450)', 'r1(200)', 'r3(0)']);
  });

  it('breaks revenue ties by room id', () => {
    const hotel = new HotelSystem();
    for (const id of ['rb', 'ra', 'rc']) hotel.addRoom(0, id, 10);
    expect(hotel.topRooms(0, 10)).toEqual(['ra(0)', 'rb(0)', 'rc(0)']);
  });

  it('drops |n| rooms from the end for a negative n, as Python slicing does', () => {
    expect(manualRooms().topRooms(1, -1)).toEqual(['r2(450)', 'r1(200)']);
  });

  it('finds free rooms in range, cheapest first, skipping the occupied r1: ["r3", "r2"]', () => {
    expect(manualRooms().findAvailable(1, 50, 200)).toEqual(['r3', 'r2']);
  });

  it('includes both price bounds', () => {
    expect(manualRooms().findAvailable(1, 80, 150)).toEqual(['r3', 'r2']);
    expect(manualRooms().findAvailable(1, 81, 149)).toEqual([]);
  });

  it('breaks price ties by room id', () => {
    const hotel = new HotelSystem();
    for (const id of ['rb', 'ra', 'rc']) hotel.addRoom(0, id, 10);
    expect(hotel.findAvailable(0, 0, 100)).toEqual(['ra', 'rb', 'rc']);
  });
});
