import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { boundBoard, permitOwners, stateOf } from './helpers.ts';

function withAlerts(): ReturnType<typeof boundBoard> {
  const bound = boundBoard();
  bound.board.createAlert(0, 'a', 'disk full', 4);
  bound.board.createAlert(0, 'b', 'high cpu', 2);
  return bound;
}

describe('Notification L6: sendNotifications (all-sleep)', () => {
  it('runs the spec vector: sent for known ids, failed for unknown ones, in input order', async () => {
    const { board } = withAlerts();
    expect(await board.sendNotifications(2, ['a', 'zz', 'b'], 2)).toEqual(['sent:a', 'failed:zz', 'sent:b']);
  });

  it('gives every id a permit, the unknown one too, and takes ceil(3/2)·10 = 20 ms', async () => {
    const { board, clock, tracer } = withAlerts();
    const start = clock.now();
    await board.sendNotifications(2, ['a', 'zz', 'b'], 2);
    expect(clock.now() - start).toBe(20);
    expect(permitOwners(tracer)).toEqual(['item 0', 'item 1', 'item 2']);
  });

  it('makes 20 unknown ids at maxConcurrent 2 wait ten rounds: 100 ms', async () => {
    const { board, clock, tracer } = withAlerts();
    const ids = Array.from({ length: 20 }, (_, i) => `missing${i}`);
    const results = await board.sendNotifications(2, ids, 2);
    expect(results).toEqual(ids.map((id) => `failed:${id}`));
    expect(clock.now()).toBe(100);
    expect(permitOwners(tracer)).toHaveLength(20);
  });

  it('meets ceil(ids / maxConcurrent) × 10 ms for every item count and limit', async () => {
    for (const [count, limit] of [[1, 1], [5, 2], [6, 3], [7, 10], [4, 1]] as const) {
      const { board, clock, tracer } = withAlerts();
      const ids = Array.from({ length: count }, (_, i) => (i % 3 === 0 ? 'a' : `nope${i}`));
      await board.sendNotifications(0, ids, limit);
      expect(clock.now(), `${count}/${limit}`).toBe(Math.ceil(count / limit) * 10);
      expect(permitOwners(tracer), `${count}/${limit}`).toHaveLength(count);
    }
  });

  it('checks existence after the sleep: an alert merged away meanwhile fails', async () => {
    const { board } = withAlerts();
    const sending = board.sendNotifications(0, ['b', 'a'], 2);
    board.mergeAlerts(1, 'b', 'a');
    expect(await sending).toEqual(['failed:b', 'sent:a']);
  });

  it('changes nothing: no history entry, no acknowledgement', async () => {
    const { board } = withAlerts();
    const before = deepCopy(stateOf(board));
    await board.sendNotifications(0, ['a', 'b', 'zz'], 1);
    expect(stateOf(board)).toEqual(before);
  });

  it('fires due escalations before sending', async () => {
    const { board } = withAlerts();
    board.setEscalationDeadline(0, 'b', 5);
    await board.sendNotifications(5, ['b'], 1);
    expect(board.alerts['b']).toMatchObject({ severity: 3, escalated: true });
  });

  it('returns an empty list for no ids without sleeping', async () => {
    const { board, clock } = withAlerts();
    expect(await board.sendNotifications(0, [], 3)).toEqual([]);
    expect(clock.now()).toBe(0);
  });
});
