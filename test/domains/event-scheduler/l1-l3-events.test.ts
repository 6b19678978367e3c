import { describe, expect, it } from 'vitest';
import { EventScheduler } from '../../../src/domains/event-scheduler/index.ts';
import { introBoard } from './helpers.ts';

describe('EventScheduler L1: CRUD', () => {
  it('reads the manual intro board at 600: evt_3 has fired, evt_1 has not', () => {
    const board = introBoard();
    expect(board.getEvent(600, 'evt_3')).toEqual({ execute_at: 500, status: 'EXECUTED', interval: null });
    expect(board.getEvent(600, 'evt_1')).toEqual({ execute_at: 1000, status: 'SCHEDULED', interval: null });
    expect(board.getEvent(600, 'zzz')).toBeNull();
  });

  it('rejects a second schedule of an id, whatever its status', () => {
    const board = introBoard();
    expect(board.scheduleEvent(600, 'evt_1', 9)).toBe(false);
    expect(board.scheduleEvent(600, 'evt_3', 9)).toBe(false);
    expect(board.scheduleRecurring(600, 'evt_2', 9, 10)).toBe(false);
  });

  it('cancels by deleting the event, whatever its status', () => {
    const board = introBoard();
    expect(board.cancelEvent(600, 'evt_3')).toBe(true);
    expect(board.getEvent(600, 'evt_3')).toBeNull();
    expect(board.cancelEvent(600, 'evt_3')).toBe(false);
    expect(board.cancelEvent(600, 'rec_1')).toBe(true);
  });

  it('hands out a copy: changing it does not change the state', () => {
    const board = introBoard();
    const copy = board.getEvent(600, 'evt_1')!;
    copy.status = 'DISPATCHED';
    copy.execute_at = 1;
    expect(board.getEvent(600, 'evt_1')).toEqual({ execute_at: 1000, status: 'SCHEDULED', interval: null });
  });

  it('accepts a time in the past; it fires at the next call', () => {
    const board = new EventScheduler();
    expect(board.scheduleEvent(100, 'late', 50)).toBe(true);
    expect(board.events['late']?.status).toBe('SCHEDULED');
    expect(board.getEvent(100, 'late')?.status).toBe('EXECUTED');
  });

  it('treats ids such as "__proto__" and "constructor" as plain keys', () => {
    const board = new EventScheduler();
    expect(board.getEvent(0, 'constructor')).toBeNull();
    expect(board.scheduleEvent(0, '__proto__', 5)).toBe(true);
    expect(board.listEvents(0, 'id')).toBe('__proto__(SCHEDULED)');
  });
});

describe('EventScheduler L2: listings', () => {
  it('lists by (execute_at, id) for "time"', () => {
    expect(introBoard().listEvents(600, 'time')).toBe('evt_3(EXECUTED), evt_1(SCHEDULED), evt_2(SCHEDULED), rec_1(SCHEDULED)');
  });

  it('lists by id for "id" and for any other key', () => {
    const expected = 'evt_1(SCHEDULED), evt_2(SCHEDULED), evt_3(EXECUTED), rec_1(SCHEDULED)';
    expect(introBoard().listEvents(600, 'id')).toBe(expected);
    expect(introBoard().listEvents(600, 'status')).toBe(expected);
  });

  it('lists only SCHEDULED events, by time', () => {
    expect(introBoard().listPending(600)).toBe('evt_1(SCHEDULED), evt_2(SCHEDULED), rec_1(SCHEDULED)');
  });

  it('breaks equal times by id, as in the manual sort example', () => {
    const board = new EventScheduler();
    board.scheduleEvent(0, 'evt_2', 1000);
    board.scheduleEvent(0, 'evt_1', 1000);
    board.scheduleEvent(0, 'evt_3', 2000);
    const order = (listing: string) => listing.split(', ').map((part) => part.slice(0, part.indexOf('(')));
    expect(order(board.listEvents(0, 'time'))).toEqual(['evt_1', 'evt_2', 'evt_3']);
    expect(order(board.listPending(0))).toEqual(['evt_1', 'evt_2', 'evt_3']);
  });

  it('returns "" for an empty scheduler and when nothing is pending', () => {
    const board = new EventScheduler();
    expect(board.listEvents(0, 'time')).toBe('');
    board.scheduleEvent(0, 'a', 1);
    expect(board.listPending(5)).toBe('');
  });
});

describe('EventScheduler L3: lazy auto-trigger', () => {
  it('fires a one-shot at exactly its time and never changes it again', () => {
    const board = new EventScheduler();
    expect(board.scheduleEvent(0, 'evt_1', 1000)).toBe(true);
    expect(board.getEvent(500, 'evt_1')?.status).toBe('SCHEDULED');
    expect(board.getEvent(1000, 'evt_1')?.status).toBe('EXECUTED');
    expect(board.getEvent(2000, 'evt_1')).toEqual({ execute_at: 1000, status: 'EXECUTED', interval: null });
  });

  it('fires through any public call, listings included', () => {
    const board = new EventScheduler();
    board.scheduleEvent(0, 'a', 10);
    board.listPending(10);
    expect(board.events['a']?.status).toBe('EXECUTED');
  });
});
