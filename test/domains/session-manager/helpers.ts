import type { Random } from '../../../src/core/random.ts';
import type { RecordingTracer } from '../../../src/core/tracer.ts';
import { SessionManager, sessionManagerDescriptor, type SessionOp, type SessionResult } from '../../../src/domains/session-manager/index.ts';
import type { VirtualClock } from '../../../src/engines/event-loop/index.ts';
import { bound } from '../harness.ts';

export { permitOwners } from '../harness.ts';

/** A fresh store bound to an event-loop engine on a virtual clock, with a recording tracer. */
export function boundStore(): { store: SessionManager; clock: VirtualClock; tracer: RecordingTracer } {
  const { system: store, clock, tracer } = bound(new SessionManager());
  return { store, clock, tracer };
}

/** The store's public state as plain data. */
export function stateOf(store: SessionManager): unknown {
  return sessionManagerDescriptor.state(store);
}

/** The manual's intro store: s1 alice@100, s2 bob@200, s3 alice@300 expiring at 5300. */
export function introStore(store = new SessionManager()): SessionManager {
  store.createSession(100, 's1', 'alice');
  store.createSession(200, 's2', 'bob');
  store.createSessionWithTtl(300, 's3', 'alice', 5000);
  return store;
}

const IDS = ['h0', 'h1', 'k2', 'k3', 'k4', 'k5', 'zz'];
const USERS = ['u1', 'u2', 'u3'];

/** Seed sessions (some with TTLs that end around the batch) and sometimes a cap. */
export function seedSessions(store: SessionManager, random: Random): void {
  if (random.chance(0.5)) store.setMaxSessions(0, random.int(1, 3));
  IDS.slice(0, 6).forEach((id, i) => {
    if (random.chance(0.2)) return;
    if (random.chance(0.4)) store.createSessionWithTtl(i, id, random.pick(USERS), random.int(10, 100));
    else store.createSession(i, id, random.pick(USERS));
  });
}

/** A random batch over hot ids, expired and missing ids, and unknown types. */
export function randomBatch(random: Random, size: number): SessionOp[] {
  return Array.from({ length: size }, (): SessionOp => {
    const session_id = random.chance(0.5) ? random.pick(['h0', 'h1']) : random.pick(IDS);
    const roll = random.next();
    if (roll < 0.35) return { type: 'create', session_id, user_id: random.pick(USERS) };
    if (roll < 0.65) return { type: 'get', session_id };
    if (roll < 0.92) return { type: 'end', session_id };
    return random.chance(0.5) ? { type: 'refresh', session_id } : { type: 'noop' };
  });
}

/** The sequential reference: each op through the L1/L4 methods, one after another in input order. */
export function applySequentially(store: SessionManager, timestamp: number, ops: readonly SessionOp[]): SessionResult[] {
  return ops.map((op) => {
    const o = op as { type: string; session_id: string; user_id: string };
    if (o.type === 'create') return store.createSession(timestamp, o.session_id, o.user_id);
    if (o.type === 'get') return store.getSession(timestamp, o.session_id);
    if (o.type === 'end') return store.endSession(timestamp, o.session_id);
    return false;
  });
}
