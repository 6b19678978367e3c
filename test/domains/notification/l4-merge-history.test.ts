import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { NotificationSystem } from '../../../src/domains/notification/index.ts';
import { l2Board, stateOf } from './helpers.ts';

describe('Notification L4: merge and history', () => {
  it('merges the source into the destination: max severity, messages joined dest first, source deleted', () => {
    const board = new NotificationSystem();
    board.createAlert(1, 'disk01', 'disk full', 4);
    board.createAlert(2, 'disk02', 'disk warn', 2);
    expect(board.mergeAlerts(3, 'disk02', 'disk01')).toBe(true);
    expect(board.getAlert(3, 'disk01')).toEqual({ message: 'disk full | disk warn', severity: 4, acknowledged: false, escalated: false, created_at: 1 });
    expect(board.getAlert(3, 'disk02')).toBeNull();
  });

  it('logs the merge on the destination, and the merged-away alert has no history any more', () => {
    const board = l2Board();
    board.acknowledgeAlert(6, 'cpu01');
    expect(board.createAlert(9, 'disk02', 'disk warn', 2)).toBe(true);
    expect(board.mergeAlerts(10, 'disk02', 'disk01')).toBe(true);
    expect(board.getHistory(11, 'disk01')).toEqual(['CREATED at 2', 'MERGED disk02 at 10']);
    expect(board.getHistory(11, 'disk02')).toBeNull();
  });

  it('refuses a merge when the source or the destination is missing', () => {
    const board = l2Board();
    expect(board.mergeAlerts(12, 'zz', 'disk01')).toBe(false);
    expect(board.mergeAlerts(12, 'disk01', 'zz')).toBe(false);
  });

  it('takes the higher severity from the source', () => {
    const board = new NotificationSystem();
    board.createAlert(1, 'dest', 'low', 1);
    board.createAlert(1, 'src', 'high', 5);
    board.mergeAlerts(2, 'src', 'dest');
    expect(board.getAlert(2, 'dest')).toMatchObject({ severity: 5, message: 'low | high' });
  });

  it('keeps the destination flags and creation time, and leaves the source history and deadline in place', () => {
    const board = new NotificationSystem();
    board.createAlert(1, 'dest', 'd', 2);
    board.acknowledgeAlert(2, 'dest');
    board.createAlert(3, 'src', 's', 3);
    board.setEscalationDeadline(3, 'src', 99);
    board.mergeAlerts(4, 'src', 'dest');
    expect(board.getAlert(4, 'dest')).toMatchObject({ acknowledged: true, escalated: false, created_at: 1 });
    expect(board.history['src']).toEqual(['CREATED at 3']);
    expect(board.escalations['src']).toBe(99);
  });

  it('rejects merging an alert into itself and changes nothing', () => {
    const board = l2Board();
    const before = deepCopy(stateOf(board));
    expect(board.mergeAlerts(5, 'disk01', 'disk01')).toBe(false);
    expect(stateOf(board)).toEqual(before);
  });

  it('returns a copy of the history', () => {
    const board = l2Board();
    board.getHistory(5, 'cpu01')!.push('forged');
    expect(board.getHistory(5, 'cpu01')).toEqual(['CREATED at 1']);
  });

  it('appends to the old history when a merged-away id is created again', () => {
    const board = new NotificationSystem();
    board.createAlert(1, 'a', 'm', 1);
    board.createAlert(1, 'b', 'n', 1);
    board.mergeAlerts(2, 'b', 'a');
    board.createAlert(3, 'b', 'again', 1);
    expect(board.getHistory(3, 'b')).toEqual(['CREATED at 1', 'CREATED at 3']);
  });

  it('shows the reachable version of the manual history illustration', () => {
    const board = new NotificationSystem();
    board.createAlert(100, 'disk01', 'disk full', 3);
    board.setEscalationDeadline(100, 'disk01', 5000);
    board.getAlert(5000, 'disk01');
    board.acknowledgeAlert(5500, 'disk01');
    board.createAlert(5600, 'disk02', 'disk warn', 2);
    board.mergeAlerts(6000, 'disk02', 'disk01');
    expect(board.getHistory(6000, 'disk01')).toEqual(['CREATED at 100', 'ESCALATED at 5000', 'ACKNOWLEDGED at 5500', 'MERGED disk02 at 6000']);
  });
});
