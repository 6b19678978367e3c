import { describe, expect, it } from 'vitest';
import { deepCopy, type Dict } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { SessionManager, type CreateSessionOp } from '../../../src/domains/session-manager/index.ts';
import { callsMethod, sessionBatch, sessionBatchJobs } from '../../../src/domains/session-manager/ops.ts';
import { purgeExpired } from '../../../src/domains/session-manager/purge.ts';
import { CAP_KEY } from '../../../src/domains/session-manager/state-access.ts';
import { randomBatch, seedSessions } from './helpers.ts';

/** The ids whose record differs between `before` and `after` (added, removed or changed). */
function changedIds(before: Dict<unknown>, after: Dict<unknown>): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id]));
}

// On worker threads a section holds only the sessions its keys guard: what it reads and changes must be among them.
describe('SessionManager L5: every section stays inside its keys', () => {
  it('each op, run one by one after the batch purge, reads and changes only what it locks, for 300 seeds', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = new Random(seed);
      const store = new SessionManager();
      seedSessions(store, random);
      const timestamp = random.int(10, 120);
      const ops = randomBatch(random, random.int(0, 30));
      // What `batchOperations` does before its ops.
      if (ops.some(callsMethod)) purgeExpired(store.sessions, timestamp);
      const jobs = sessionBatchJobs(store.sessions, store.max_per_user, timestamp, ops);
      jobs.forEach((job, index) => {
        const keys = new Set(sessionBatch.keys(job));
        const where = `seed ${seed}, op ${index}`;
        if (job.op.type === 'create') {
          expect(keys.has(CAP_KEY), where).toBe(true);
          // Under a cap it counts and may evict any session of its user.
          const user = (job.op as CreateSessionOp).user_id;
          const ofUser = Object.keys(store.sessions).filter((id) => store.sessions[id]!.user_id === user);
          if (store.max_per_user !== null) expect(ofUser.filter((id) => !keys.has(id)), where).toEqual([]);
        }
        const before = deepCopy(store.sessions);
        sessionBatch.run(store, job);
        expect(changedIds(before, store.sessions).filter((id) => !keys.has(id)), where).toEqual([]);
      });
    }
  });
});
