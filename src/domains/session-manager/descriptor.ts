import type { DomainDescriptor } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { SessionManager } from './session-manager.ts';
import type { SessionOp, SessionTransfer } from './types.ts';

const USERS = ['alice', 'bob', 'carol', 'dave', 'erin'];
/** The first few sessions get half of all ops, so their locks are contended. */
const HOT = 3;
/** Some seeded TTL sessions are dead by now, so the ops' purges have work to do. */
const BATCH_TS = 1_000;

/** Open 8–16 sessions at ts 1–16, a third with a TTL ending around the batch, under a cap of 3 per user. */
function seedSessions(store: SessionManager, random: Random): string[] {
  const ids = Array.from({ length: random.int(8, 16) }, (_, i) => `s${i}`);
  store.setMaxSessions(0, 3);
  ids.forEach((id, i) => {
    const user = random.pick(USERS);
    if (random.chance(0.33)) store.createSessionWithTtl(i + 1, id, user, random.int(500, 1500));
    else store.createSession(i + 1, id, user);
  });
  return ids;
}

function pickId(random: Random, ids: readonly string[]): string {
  if (random.chance(0.1)) return `new${random.int(0, 5)}`;
  return random.chance(0.5) ? random.pick(ids.slice(0, HOT)) : random.pick(ids);
}

/** Creates (new, taken and cap-evicting), gets and ends of live, expired and missing ids, and unknown types. */
function randomOp(random: Random, ids: readonly string[]): SessionOp {
  const session_id = pickId(random, ids);
  const roll = random.next();
  if (roll < 0.35) return { type: 'create', session_id, user_id: random.pick(USERS) };
  if (roll < 0.65) return { type: 'get', session_id };
  if (roll < 0.92) return { type: 'end', session_id };
  return { type: 'refresh' };
}

/** Run a small L5 batch and a small L6 sync on `store`, as lines for a person. */
async function tour(store: SessionManager): Promise<string[]> {
  store.createSession(100, 's1', 'alice');
  store.createSession(200, 's2', 'bob');
  store.createSessionWithTtl(300, 's3', 'alice', 5000);
  const ops: SessionOp[] = [
    { type: 'get', session_id: 's3' },
    { type: 'create', session_id: 's4', user_id: 'carol' },
    { type: 'end', session_id: 's2' },
    { type: 'get', session_id: 's2' },
    { type: 'rename' },
  ];
  const batch = await store.batchOperations(400, ops);
  const transfers: SessionTransfer[] = [{ session_id: 's1' }, { session_id: 's2' }, { session_id: 's3' }];
  const start = performance.now();
  const synced = await store.syncSessions(5300, transfers, 2);
  const elapsed = performance.now() - start;
  const valid = synced.filter(Boolean).length;
  return [
    `L5 batch at 400 [get s3, create s4 carol, end s2, get s2, rename]: ${JSON.stringify(batch)}`,
    '  (one lock per session id; same results as one by one in input order)',
    `L6 fail-fast sync at 5300 [s1, s2 (ended), s3 (expired at 5300)]: ${JSON.stringify(synced)}`,
    `  ${transfers.length} items, ${valid} valid, 2 permits: ${elapsed.toFixed(1)} ms (theory ${Math.ceil(valid / 2) * 10} ms)`,
  ];
}

/** SessionManager for the CLI, the tour and the benchmarks. */
export const sessionManagerDescriptor: DomainDescriptor<SessionManager> = {
  name: 'session-manager',
  title: 'Session Manager',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new SessionManager(),
  async runScenario(store, random, size) {
    const ids = seedSessions(store, random);
    const input = Array.from({ length: size }, () => randomOp(random, ids));
    const results = await store.batchOperations(BATCH_TS, input);
    return { input, results };
  },
  async runExternalScenario(store, random, size) {
    const ids = seedSessions(store, random);
    // Live sessions, TTL sessions dead by the call (purged first) and unknown ids.
    const input: SessionTransfer[] = Array.from({ length: size }, () => ({ session_id: pickId(random, ids) }));
    const maxConcurrent = random.int(1, 8);
    const results = await store.syncSessions(BATCH_TS, input, maxConcurrent);
    return { input: { transfers: input, maxConcurrent }, results };
  },
  tour,
  state: (store) => JSON.parse(JSON.stringify({ sessions: store.sessions, max_per_user: store.max_per_user })) as unknown,
};
