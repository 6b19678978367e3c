import { describe, expect, it } from 'vitest';
import { NotificationSystem } from '../../../src/domains/notification/index.ts';

describe('Notification L1: alert CRUD', () => {
  it('creates an alert once and rejects a second create of the same id', () => {
    const board = new NotificationSystem();
    expect(board.createAlert(100, 'disk01', 'disk full', 4)).toBe(true);
    expect(board.createAlert(101, 'disk01', 'x', 1)).toBe(false);
    expect(board.alerts['disk01']?.message).toBe('disk full');
  });

  it('returns a copy of the alert with exactly its five fields', () => {
    const board = new NotificationSystem();
    board.createAlert(100, 'disk01', 'disk full', 4);
    expect(board.getAlert(150, 'disk01')).toEqual({ message: 'disk full', severity: 4, acknowledged: false, escalated: false, created_at: 100 });
  });

  it('returns null for a missing alert', () => {
    const board = new NotificationSystem();
    board.createAlert(100, 'disk01', 'disk full', 4);
    expect(board.getAlert(150, 'zz')).toBeNull();
  });

  it('logs "CREATED at <ts>" in the separate history', () => {
    const board = new NotificationSystem();
    board.createAlert(100, 'disk01', 'disk full', 4);
    board.createAlert(101, 'disk01', 'x', 1);
    expect(board.history['disk01']).toEqual(['CREATED at 100']);
  });

  it('hands out copies: changing one does not change the state', () => {
    const board = new NotificationSystem();
    board.createAlert(100, 'disk01', 'disk full', 4);
    const copy = board.getAlert(100, 'disk01')!;
    copy.severity = 1;
    expect(board.getAlert(100, 'disk01')?.severity).toBe(4);
  });

  it('acknowledges once: the first time true, the second false, a missing id false', () => {
    const board = new NotificationSystem();
    expect(board.createAlert(1, 'cpu01', 'high cpu', 3)).toBe(true);
    expect(board.acknowledgeAlert(6, 'cpu01')).toBe(true);
    expect(board.acknowledgeAlert(7, 'cpu01')).toBe(false);
    expect(board.acknowledgeAlert(7, 'zz')).toBe(false);
    expect(board.history['cpu01']).toEqual(['CREATED at 1', 'ACKNOWLEDGED at 6']);
  });

  it('stores an out-of-range severity as given', () => {
    const board = new NotificationSystem();
    board.createAlert(0, 'odd', 'm', 9);
    expect(board.getAlert(0, 'odd')?.severity).toBe(9);
  });

  it('treats ids such as "__proto__" and "constructor" as plain keys', () => {
    const board = new NotificationSystem();
    expect(board.getAlert(0, 'constructor')).toBeNull();
    expect(board.createAlert(0, '__proto__', 'm', 2)).toBe(true);
    expect(board.getAlert(0, '__proto__')?.message).toBe('m');
    expect(board.getHistory(0, '__proto__')).toEqual(['CREATED at 0']);
  });
});
