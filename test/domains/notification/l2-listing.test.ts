import { describe, expect, it } from 'vitest';
import { NotificationSystem } from '../../../src/domains/notification/index.ts';
import { l2Board } from './helpers.ts';

describe('Notification L2: listings', () => {
  it('lists alerts at or above a severity, most severe first, ties by id', () => {
    expect(l2Board().listBySeverity(5, 3)).toBe('disk01(disk full), cpu01(high cpu), mem01(low mem)');
  });

  it('returns "" when no alert reaches the threshold', () => {
    expect(l2Board().listBySeverity(5, 6)).toBe('');
  });

  it('lists unacknowledged alerts by id as "id:severity"', () => {
    const board = l2Board();
    expect(board.acknowledgeAlert(6, 'cpu01')).toBe(true);
    expect(board.listUnacknowledged(8)).toBe('disk01:4, low:2, mem01:3');
  });

  it('returns "" for both listings of an empty board', () => {
    const board = new NotificationSystem();
    expect(board.listBySeverity(0, 1)).toBe('');
    expect(board.listUnacknowledged(0)).toBe('');
  });

  it('renders the manual intro dashboard as joined strings, not lists', () => {
    const board = new NotificationSystem();
    board.createAlert(1, 'disk01', 'disk full', 4);
    board.createAlert(2, 'cpu01', 'high cpu', 2);
    board.createAlert(3, 'mem01', 'low memory', 3);
    board.acknowledgeAlert(4, 'cpu01');
    expect(board.listBySeverity(5, 3)).toBe('disk01(disk full), mem01(low memory)');
    expect(board.listUnacknowledged(5)).toBe('disk01:4, mem01:3');
  });

  it('sorts ids in Python string order (code units), not locale order', () => {
    const board = new NotificationSystem();
    board.createAlert(0, 'b', 'm', 1);
    board.createAlert(0, 'B', 'm', 1);
    board.createAlert(0, 'a', 'm', 1);
    expect(board.listUnacknowledged(0)).toBe('B:1, a:1, b:1');
  });
});
