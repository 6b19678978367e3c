import { describe, expect, it } from 'vitest';
import { NotificationSystem } from '../../../src/domains/notification/index.ts';

function escalating(): NotificationSystem {
  const board = new NotificationSystem();
  expect(board.createAlert(100, 'disk01', 'disk full', 3)).toBe(true);
  expect(board.setEscalationDeadline(200, 'disk01', 5000)).toBe(true);
  return board;
}

describe('Notification L3: lazy escalation', () => {
  it('does not escalate before the deadline', () => {
    expect(escalating().getAlert(4999, 'disk01')?.severity).toBe(3);
  });

  it('escalates one level at exactly the deadline and marks the alert escalated', () => {
    expect(escalating().getAlert(5000, 'disk01')).toEqual({ message: 'disk full', severity: 4, acknowledged: false, escalated: true, created_at: 100 });
  });

  it('escalates at most once', () => {
    const board = escalating();
    board.getAlert(5000, 'disk01');
    expect(board.getAlert(6000, 'disk01')?.severity).toBe(4);
    expect(board.getHistory(6001, 'disk01')).toEqual(['CREATED at 100', 'ESCALATED at 5000']);
  });

  it('logs the escalation with the current call timestamp, not the deadline', () => {
    const board = escalating();
    expect(board.getHistory(7000, 'disk01')).toEqual(['CREATED at 100', 'ESCALATED at 7000']);
  });

  it('refuses a deadline for a missing alert', () => {
    expect(new NotificationSystem().setEscalationDeadline(1, 'zz', 5)).toBe(false);
  });

  it('never escalates an acknowledged alert', () => {
    const board = new NotificationSystem();
    board.createAlert(100, 'disk01', 'disk full', 3);
    board.setEscalationDeadline(150, 'disk01', 5000);
    expect(board.acknowledgeAlert(200, 'disk01')).toBe(true);
    expect(board.getHistory(5000, 'disk01')).toEqual(['CREATED at 100', 'ACKNOWLEDGED at 200']);
    expect(board.getAlert(5000, 'disk01')?.severity).toBe(3);
  });

  it('caps severity at 5 but still marks the alert escalated', () => {
    const board = new NotificationSystem();
    board.createAlert(0, 'a', 'm', 5);
    board.setEscalationDeadline(0, 'a', 0);
    expect(board.getAlert(0, 'a')).toEqual({ message: 'm', severity: 5, acknowledged: false, escalated: true, created_at: 0 });
  });

  it('escalates an alert past its deadline before acknowledging it', () => {
    const board = escalating();
    expect(board.acknowledgeAlert(5000, 'disk01')).toBe(true);
    expect(board.getAlert(5000, 'disk01')).toMatchObject({ severity: 4, escalated: true, acknowledged: true });
    expect(board.getHistory(5000, 'disk01')).toEqual(['CREATED at 100', 'ESCALATED at 5000', 'ACKNOWLEDGED at 5000']);
  });

  it('treats the deadline as absolute and lets a later call replace it', () => {
    const board = escalating();
    expect(board.setEscalationDeadline(300, 'disk01', 400)).toBe(true);
    expect(board.escalations['disk01']).toBe(400);
    expect(board.getAlert(399, 'disk01')?.severity).toBe(3);
    expect(board.getAlert(400, 'disk01')?.severity).toBe(4);
  });

  it('leaves alerts without a deadline alone', () => {
    const board = new NotificationSystem();
    board.createAlert(0, 'quiet', 'm', 2);
    expect(board.getAlert(1_000_000, 'quiet')).toMatchObject({ severity: 2, escalated: false });
  });
});
