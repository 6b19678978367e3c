import { describe, expect, it } from 'vitest';
import { EventScheduler } from '../../../src/domains/event-scheduler/index.ts';
import { introBoard } from './helpers.ts';

describe('EventScheduler L4: recurring events', () => {
  it('moves a due recurring event one interval forward and keeps it SCHEDULED', () => {
    const board = introBoard();
    expect(board.getNextExecution(3500, 'rec_1')).toBe(4000);
    expect(board.events['rec_1']?.status).toBe('SCHEDULED');
    expect(board.getNextExecution(4500, 'rec_1')).toBe(5000);
  });

  it('advances only one interval per call, however late the call', () => {
    const board = introBoard();
    board.getNextExecution(3500, 'rec_1');
    board.getNextExecution(4500, 'rec_1');
    expect(board.getNextExecution(9999, 'rec_1')).toBe(6000);
    expect(board.getEvent(9999, 'rec_1')).toEqual({ execute_at: 7000, status: 'SCHEDULED', interval: 1000 });
  });

  it('returns null for a missing event', () => {
    expect(new EventScheduler().getNextExecution(1, 'zz')).toBeNull();
  });

  it('returns the firing time of an EXECUTED one-shot', () => {
    expect(introBoard().getNextExecution(600, 'evt_3')).toBe(500);
  });

  it('stores the interval and never rests in EXECUTED', () => {
    const board = new EventScheduler();
    expect(board.scheduleRecurring(0, 'r', 10, 10)).toBe(true);
    for (const t of [10, 20, 25, 30]) expect(board.getEvent(t, 'r')?.status).toBe('SCHEDULED');
    expect(board.getEvent(30, 'r')).toEqual({ execute_at: 40, status: 'SCHEDULED', interval: 10 });
    expect(board.listPending(30)).toBe('r(SCHEDULED)');
  });

  it('refuses a zero or negative interval and stores nothing', () => {
    const board = new EventScheduler();
    expect(board.scheduleRecurring(0, 'r', 10, 0)).toBe(false);
    expect(board.scheduleRecurring(0, 'r', 10, -5)).toBe(false);
    expect(board.getEvent(0, 'r')).toBeNull();
  });
});
