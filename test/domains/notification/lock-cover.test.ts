import { describe, expect, it } from 'vitest';
import { deepCopy, type Dict } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { NotificationSystem, processEscalations } from '../../../src/domains/notification/index.ts';
import { nfBatch, nfBatchJobs } from '../../../src/domains/notification/ops.ts';
import { randomBatch, seedAlerts } from './helpers.ts';

/** The ids whose record differs between `before` and `after` (added, removed or changed). */
function changedIds(before: Dict<unknown>, after: Dict<unknown>): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id]));
}

function snapshot(board: NotificationSystem): { alerts: Dict<unknown>; history: Dict<unknown>; escalations: Dict<unknown> } {
  return deepCopy({ alerts: board.alerts, history: board.history, escalations: board.escalations });
}

// On worker threads a section holds only what its keys guard: what it changes must be among them.
describe('Notification L5: every section stays inside its keys', () => {
  it('each op, run one by one after the opening escalation, changes only alerts it locks, for 300 seeds', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = new Random(seed);
      const board = new NotificationSystem();
      seedAlerts(board, random);
      // Merged-away ids keep their deadline: a create in the batch revives them.
      if (random.chance(0.6)) board.mergeAlerts(0, random.pick(['k2', 'k3']), 'h0');
      const timestamp = random.int(40, 120);
      const ops = randomBatch(random, random.int(0, 30));
      // What `batchOperations` does before its ops.
      processEscalations(board, timestamp);
      nfBatchJobs(board, timestamp, ops).forEach((job, index) => {
        const keys = new Set(nfBatch.keys(job));
        const before = snapshot(board);
        nfBatch.run(board, job);
        const after = snapshot(board);
        const changed = [
          ...changedIds(before.alerts, after.alerts),
          ...changedIds(before.history, after.history),
          ...changedIds(before.escalations, after.escalations),
        ];
        expect(changed.filter((id) => !keys.has(id)), `seed ${seed}, op ${index}`).toEqual([]);
      });
    }
  });
});
