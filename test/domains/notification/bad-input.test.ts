import { describe, it } from 'vitest';
import type { NotificationSystem } from '../../../src/domains/notification/index.ts';
import { boundBoard, stateOf } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** A board with an escalation due at any timestamp ≥ 10, so a helper run before validation would show. */
function seeded(): NotificationSystem {
  const { board } = boundBoard();
  board.createAlert(0, 'a', 'disk full', 2);
  board.createAlert(0, 'b', 'high cpu', 3);
  board.setEscalationDeadline(0, 'a', 10);
  return board;
}

/** Call `run` on a seeded board and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, stateOf);

describe('Notification bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((b) => call(b, 'batchOperations', 20, { type: 'get', alert_id: 'a' }), { field: 'operations' });
  });

  it('rejects an op that is not an object, naming its index', async () => {
    await rejects((b) => call(b, 'batchOperations', 20, [{ type: 'get', alert_id: 'a' }, 'get']), { field: 'op', index: 1 });
  });

  it('rejects a create op missing its message, before the valid op ahead of it runs', async () => {
    const ops = [
      { type: 'acknowledge', alert_id: 'a' },
      { type: 'create', alert_id: 'c', severity: 3 },
    ];
    await rejects((b) => call(b, 'batchOperations', 20, ops), { field: 'message', index: 1 });
  });

  it('rejects a create op whose severity is a string', async () => {
    await rejects((b) => call(b, 'batchOperations', 20, [{ type: 'create', alert_id: 'c', message: 'm', severity: '3' }]), { field: 'severity', index: 0 });
  });

  it('rejects an unknown-type op without an alert id (the manual reads it first)', async () => {
    await rejects((b) => call(b, 'batchOperations', 20, [{ type: 'merge' }]), { field: 'alert_id', index: 0 });
  });

  it('rejects an op whose alert id is not a string', async () => {
    await rejects((b) => call(b, 'batchOperations', 20, [{ type: 'get', alert_id: 7 }]), { field: 'alert_id', index: 0 });
  });

  it('rejects a batch with a non-integer timestamp', async () => {
    await rejects((b) => call(b, 'batchOperations', 20.5, []), { field: 'timestamp' });
  });

  it('rejects sendNotifications with maxConcurrent 0', async () => {
    await rejects((b) => b.sendNotifications(20, ['a'], 0), { field: 'maxConcurrent' });
  });

  it('rejects sendNotifications with maxConcurrent 1.5', async () => {
    await rejects((b) => b.sendNotifications(20, ['a'], 1.5), { field: 'maxConcurrent' });
  });

  it('rejects sendNotifications ids that are not all strings', async () => {
    await rejects((b) => call(b, 'sendNotifications', 20, ['a', null], 1), { field: 'alertIds' });
  });

  it('rejects createAlert with a fractional severity', async () => {
    await rejects((b) => b.createAlert(20, 'c', 'm', 2.5), { field: 'severity' });
  });

  it('rejects getAlert with a string timestamp', async () => {
    await rejects((b) => call(b, 'getAlert', '20', 'a'), { field: 'timestamp' });
  });

  it('rejects setEscalationDeadline with a missing deadline', async () => {
    await rejects((b) => call(b, 'setEscalationDeadline', 20, 'b'), { field: 'deadlineMs' });
  });

  it('rejects mergeAlerts with a non-string destination', async () => {
    await rejects((b) => call(b, 'mergeAlerts', 20, 'b', { id: 'a' }), { field: 'destId' });
  });

  it('rejects listBySeverity with a NaN threshold', async () => {
    await rejects((b) => b.listBySeverity(20, Number.NaN), { field: 'minSeverity' });
  });
});
