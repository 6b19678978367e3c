import type { Random } from '../../../src/core/random.ts';
import type { RecordingTracer } from '../../../src/core/tracer.ts';
import { HashRing, hashRingDescriptor } from '../../../src/domains/hashring/index.ts';
import type { HashRingOp, HashRingOpResult } from '../../../src/domains/hashring/index.ts';
import type { VirtualClock } from '../../../src/engines/event-loop/index.ts';
import { bound } from '../harness.ts';

export { d, lockedKeys, peakPermits, permitOwners } from '../harness.ts';

/** A fresh HashRing bound to an event-loop engine on a virtual clock, with a recording tracer. */
export function boundRing(): { ring: HashRing; clock: VirtualClock; tracer: RecordingTracer } {
  const { system: ring, clock, tracer } = bound(new HashRing());
  return { ring, clock, tracer };
}

/** The ring's public state as plain data. */
export function stateOf(ring: HashRing): unknown {
  return hashRingDescriptor.state(ring);
}

const NODES = ['node_a', 'node_b', 'node_c', 'node_d', 'n1', 'n2'];
const KEYS = ['h0', 'h1', 'k1', 'k2', 'k3', 'key1', 'key2', '7', '12', 'ghost'];

/** Seed a few nodes (some with replicas or a small capacity) and stored keys at distinct times. */
export function seedRing(ring: HashRing, random: Random): void {
  for (const id of NODES) {
    if (random.chance(0.3)) continue;
    if (random.chance(0.3)) ring.addNodeWithReplicas(0, id, random.int(1, 3));
    else ring.addNode(0, id);
    if (random.chance(0.5)) ring.setCapacity(0, id, random.int(0, 2));
  }
  KEYS.forEach((key, i) => {
    if (random.chance(0.5)) ring.storeKey(i + 1, key);
  });
}

/** A random batch over hot keys, integer-like keys, missing keys and unknown types. */
export function randomBatch(random: Random, size: number): HashRingOp[] {
  return Array.from({ length: size }, (): HashRingOp => {
    const key = random.chance(0.5) ? random.pick(['h0', 'h1']) : random.pick(KEYS);
    const roll = random.next();
    if (roll < 0.45) return { type: 'store', key };
    if (roll < 0.7) return { type: 'route', key };
    if (roll < 0.93) return { type: 'remove_key', key };
    return { type: 'bogus', key };
  });
}

/** The sequential reference: each op through the sync L1–L4 methods, one after another. */
export function applySequentially(ring: HashRing, timestamp: number, ops: readonly HashRingOp[]): HashRingOpResult[] {
  return ops.map((op) => {
    if (op.type === 'store') return ring.storeKey(timestamp, op.key);
    if (op.type === 'route') return ring.routeKey(timestamp, op.key);
    if (op.type !== 'remove_key') return null;
    // The manual writes remove_key inline, with no L1–L4 method of its own.
    if (!(op.key in ring.keys)) return false;
    delete ring.keys[op.key];
    delete ring.key_access[op.key];
    return true;
  });
}
