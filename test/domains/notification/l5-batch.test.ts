import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { NotificationSystem, type NfOp } from '../../../src/domains/notification/index.ts';
import { applySequentially, boundBoard, randomBatch, seedAlerts } from './helpers.ts';
import { lockedKeys } from '../harness.ts';

describe('Notification L5: batchOperations', () => {
  it('runs the spec vector: create, acknowledge, get, unknown type', async () => {
    const { board } = boundBoard();
    board.createAlert(0, 'a', 'm', 2);
    const ops: NfOp[] = [
      { type: 'create', alert_id: 'b', message: 'mm', severity: 1 },
      { type: 'acknowledge', alert_id: 'a' },
      { type: 'get', alert_id: 'b' },
      { type: 'zz', alert_id: 'a' },
    ];
    expect(await board.batchOperations(1, ops)).toEqual([
      true,
      true,
      { message: 'mm', severity: 1, acknowledged: false, escalated: false, created_at: 1 },
      null,
    ]);
  });

  it('runs ops on one alert in input order', async () => {
    const { board } = boundBoard();
    const ops: NfOp[] = [
      { type: 'acknowledge', alert_id: 'x' },
      { type: 'create', alert_id: 'x', message: 'm', severity: 3 },
      { type: 'create', alert_id: 'x', message: 'n', severity: 1 },
      { type: 'acknowledge', alert_id: 'x' },
      { type: 'acknowledge', alert_id: 'x' },
    ];
    expect(await board.batchOperations(5, ops)).toEqual([false, true, false, true, false]);
  });

  it('locks each op on its own alert id, unknown types included', async () => {
    const { board, tracer } = boundBoard();
    await board.batchOperations(0, [
      { type: 'get', alert_id: 'a' },
      { type: 'create', alert_id: 'b', message: 'm', severity: 1 },
      { type: 'merge', alert_id: 'c' },
    ]);
    expect(lockedKeys(tracer)).toEqual([['a'], ['b'], ['c']]);
  });

  it('fires due escalations once at the start, even for a batch of unknown types', async () => {
    const { board } = boundBoard();
    board.createAlert(0, 'a', 'm', 2);
    board.setEscalationDeadline(0, 'a', 10);
    expect(await board.batchOperations(10, [{ type: 'noop', alert_id: 'zz' }])).toEqual([null]);
    expect(board.alerts['a']).toMatchObject({ severity: 3, escalated: true });
    expect(board.history['a']).toEqual(['CREATED at 0', 'ESCALATED at 10']);
  });

  it('escalates an alert revived over a stale due deadline at the next escalating op, which locks it too', async () => {
    const { board, tracer } = boundBoard();
    board.createAlert(0, 'a', 'm', 2);
    board.createAlert(0, 'b', 'n', 1);
    board.setEscalationDeadline(0, 'b', 50);
    board.mergeAlerts(1, 'b', 'a');
    const results = await board.batchOperations(100, [
      { type: 'create', alert_id: 'b', message: 'again', severity: 3 },
      { type: 'noop', alert_id: 'zz' },
      { type: 'get', alert_id: 'a' },
      { type: 'get', alert_id: 'b' },
    ]);
    expect(results).toEqual([
      true,
      null,
      { message: 'm | n', severity: 2, acknowledged: false, escalated: false, created_at: 0 },
      { message: 'again', severity: 4, acknowledged: false, escalated: true, created_at: 100 },
    ]);
    // The unknown type runs no escalation; the get of `a` escalates `b`, so it holds `b` as well.
    expect(lockedKeys(tracer)).toEqual([['b'], ['zz'], ['a', 'b'], ['b']]);
    expect(board.history['b']).toEqual(['CREATED at 0', 'CREATED at 100', 'ESCALATED at 100']);
  });

  it('returns an empty list for an empty batch', async () => {
    const { board } = boundBoard();
    expect(await board.batchOperations(0, [])).toEqual([]);
  });

  it('equals the ops run one by one through L1 in input order, for 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const { board } = boundBoard();
      seedAlerts(board, random);
      const reference = new NotificationSystem();
      reference.alerts = deepCopy(board.alerts);
      reference.history = deepCopy(board.history);
      reference.escalations = deepCopy(board.escalations);
      const timestamp = random.int(40, 120);
      const ops = randomBatch(random, random.int(0, 30));
      const results = await board.batchOperations(timestamp, ops);
      expect(results, `seed ${seed}`).toEqual(applySequentially(reference, timestamp, ops));
      expect(board.alerts, `seed ${seed}`).toEqual(reference.alerts);
      expect(board.history, `seed ${seed}`).toEqual(reference.history);
      expect(board.escalations, `seed ${seed}`).toEqual(reference.escalations);
    }
  });
});
