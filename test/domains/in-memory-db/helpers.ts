import type { RecordingTracer } from '../../../src/core/tracer.ts';
import type { Random } from '../../../src/core/random.ts';
import type { VirtualClock } from '../../../src/engines/event-loop/index.ts';
import { bound } from '../harness.ts';
import { InMemoryDB } from '../../../src/domains/in-memory-db/index.ts';
import type { DbOp, DbResult } from '../../../src/domains/in-memory-db/index.ts';

export { peakPermits, permitOwners } from '../harness.ts';

/** A fresh InMemoryDB bound to an event-loop engine on a virtual clock, with a recording tracer. */
export function boundDb(): { db: InMemoryDB; clock: VirtualClock; tracer: RecordingTracer } {
  const { system: db, clock, tracer } = bound(new InMemoryDB());
  return { db, clock, tracer };
}

const FIELDS = ['a', 'b', 'c', 'name'];

/** A random batch over hot keys, missing keys and fields, and unknown types. */
export function randomBatch(random: Random, size: number): DbOp[] {
  return Array.from({ length: size }, (): DbOp => {
    const key = random.chance(0.6) ? random.pick(['h0', 'h1']) : random.pick(['k2', 'k3', 'k4', 'nokey']);
    const field = random.pick(FIELDS);
    const roll = random.next();
    if (roll < 0.3) return { type: 'set', key, field, value: `v${random.int(0, 9)}` };
    if (roll < 0.55) return { type: 'get', key, field };
    if (roll < 0.75) return { type: 'delete', key, field };
    if (roll < 0.92) return { type: 'scan', key };
    return random.chance(0.5) ? { type: 'bogus', key } : { type: 'noop' };
  });
}

/** Seed a few rows, some with TTLs already expired at the batch's timestamp. */
export function seedRows(db: InMemoryDB, random: Random): void {
  for (const key of ['h0', 'h1', 'k2', 'k3']) {
    for (const field of FIELDS) {
      if (random.chance(0.5)) db.set(0, key, field, `s${random.int(0, 9)}`);
      else if (random.chance(0.3)) db.setAtWithTtl(0, key, field, `t${random.int(0, 9)}`, random.int(1, 20));
    }
  }
}

/** The sequential reference: each op through the sync L1/L2 methods, one after another. */
export function applySequentially(db: InMemoryDB, timestamp: number, ops: readonly DbOp[]): DbResult[] {
  return ops.map((op) => {
    const o = op as { type: string; key: string; field: string; value: string };
    switch (o.type) {
      case 'set':
        return db.set(timestamp, o.key, o.field, o.value);
      case 'get':
        return db.get(timestamp, o.key, o.field);
      case 'delete':
        return db.delete(timestamp, o.key, o.field);
      case 'scan':
        return db.scan(timestamp, o.key);
      default:
        return null;
    }
  });
}

/** The manual's L3 state: name (no TTL), session (expiry 60), cache (expiry 30). */
export function l3State(): InMemoryDB {
  const db = new InMemoryDB();
  db.setAt(10, 'u1', 'name', 'alice');
  db.setAtWithTtl(10, 'u1', 'session', 's1', 50);
  db.setAtWithTtl(10, 'u1', 'cache', 'c1', 20);
  return db;
}
