import type { DomainDescriptor, ScenarioRun } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { InMemoryDB } from './in-memory-db.ts';
import type { DbOp } from './types.ts';

const FIELDS = ['name', 'email', 'age', 'addr_city', 'addr_zip', 'session'] as const;
const SCENARIO_TIMESTAMP = 100;

/** Seed 8–16 rows of 1–3 fields each; rows `k0` and `k1` are the hot ones the batch favours. */
function seed(db: InMemoryDB, random: Random): string[] {
  const keys = Array.from({ length: random.int(8, 16) }, (_, i) => `k${i}`);
  for (const key of keys) {
    const count = random.int(1, 3);
    for (let i = 0; i < count; i++) db.set(0, key, random.pick(FIELDS), `v${random.int(0, 99)}`);
  }
  return keys;
}

function pickKey(random: Random, keys: readonly string[]): string {
  if (random.chance(0.1)) return 'nokey';
  return random.chance(0.5) ? random.pick(keys.slice(0, 2)) : random.pick(keys);
}

/** One random op of every kind, including missing keys/fields, keyless and unknown-type ops. */
function randomOp(random: Random, keys: readonly string[]): DbOp {
  const key = pickKey(random, keys);
  const field = random.chance(0.1) ? 'zz' : random.pick(FIELDS);
  const roll = random.next();
  if (roll < 0.3) return { type: 'set', key, field, value: `v${random.int(0, 99)}` };
  if (roll < 0.55) return { type: 'get', key, field };
  if (roll < 0.75) return { type: 'delete', key, field };
  if (roll < 0.93) return { type: 'scan', key };
  return random.chance(0.5) ? { type: 'incr', key } : { type: 'flush' };
}

/** The InMemDB system for the CLI, the tour and the benchmarks. */
export const inMemoryDbDescriptor: DomainDescriptor<InMemoryDB> = {
  name: 'in-memory-db',
  title: 'InMemDB',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new InMemoryDB(),

  async runScenario(db: InMemoryDB, random: Random, size: number): Promise<ScenarioRun> {
    const keys = seed(db, random);
    const input = Array.from({ length: size }, () => randomOp(random, keys));
    const results = await db.batchOperations(SCENARIO_TIMESTAMP, input);
    return { input, results };
  },

  async runExternalScenario(db: InMemoryDB, random: Random, size: number): Promise<ScenarioRun> {
    const keys = seed(db, random);
    const input = Array.from({ length: size }, () => pickKey(random, keys));
    const maxConcurrent = random.int(1, 8);
    const failFast = random.chance(0.5);
    const results = failFast ? await db.batchScanFailFast(SCENARIO_TIMESTAMP, input, maxConcurrent) : await db.batchScan(SCENARIO_TIMESTAMP, input, maxConcurrent);
    return { input: { keys: input, maxConcurrent, failFast }, results };
  },

  async tour(db: InMemoryDB): Promise<string[]> {
    db.set(0, 'u1', 'name', 'alice');
    db.set(0, 'u2', 'name', 'bob');
    const ops: DbOp[] = [
      { type: 'set', key: 'u1', field: 'email', value: 'a@b.com' },
      { type: 'get', key: 'u1', field: 'name' },
      { type: 'delete', key: 'u2', field: 'x' },
      { type: 'scan', key: 'u1' },
    ];
    const batch = await db.batchOperations(0, ops);
    const keys = ['u1', 'nokey', 'nokey2', 'u2'];
    return [
      `L5 batchOperations (one lock per key): ${JSON.stringify(batch)}`,
      await timedScan(db, keys, 'all-sleep', 4),
      await timedScan(db, keys, 'fail-fast', 2),
    ];
  },

  state: (db: InMemoryDB) => JSON.parse(JSON.stringify({ data: db.data, backups: db.backups })) as unknown,
};

/** One L6 call at `maxConcurrent` 1, timed on the wall clock beside its theory (`sleepers` × 10 ms). */
async function timedScan(db: InMemoryDB, keys: string[], policy: 'all-sleep' | 'fail-fast', sleepers: number): Promise<string> {
  const started = performance.now();
  const result = policy === 'all-sleep' ? await db.batchScan(0, keys, 1) : await db.batchScanFailFast(0, keys, 1);
  const elapsed = (performance.now() - started).toFixed(1);
  const name = policy === 'all-sleep' ? 'batchScan' : 'batchScanFailFast';
  return `L6 ${name} (${policy}): ${keys.length} keys, ${sleepers} permits at maxConcurrent 1: ${elapsed} ms (theory ${sleepers * 10} ms) → ${JSON.stringify(result)}`;
}
