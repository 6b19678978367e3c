import type { DomainDescriptor } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { HashRing } from './hash-ring.ts';
import type { HashRingOp, ReplicaSyncRequest } from './types.ts';

const NODES = ['node_a', 'node_b', 'node_c', 'node_d', 'node_e', 'node_f', 'node_g', 'node_h', 'node_i', 'node_j', 'node_k', 'node_l', 'node_m', 'node_n', 'node_o', 'node_p'];
/** Keys the batch draws from; the first few get half of all ops, so their locks are contended. */
const KEYS = Array.from({ length: 24 }, (_, i) => `key${i}`);
const HOT = 3;
/** After every seed store, so the batch's stores are the most recent. */
const BATCH_TS = 1_000;

/** Put 8–16 nodes on the ring (some with replicas), cap a few, and store some keys at distinct times. */
function seedRing(ring: HashRing, random: Random): string[] {
  const nodes = NODES.slice(0, random.int(8, NODES.length));
  for (const id of nodes) {
    if (random.chance(0.3)) ring.addNodeWithReplicas(1, id, random.int(2, 4));
    else ring.addNode(1, id);
  }
  for (const id of nodes) if (random.chance(0.4)) ring.setCapacity(2, id, random.int(0, 3));
  KEYS.forEach((key, i) => {
    if (random.chance(0.5)) ring.storeKey(10 + i, key);
  });
  return nodes;
}

/** A node on the ring, sometimes one that is not (the request then fails fast). */
function pickNode(random: Random, nodes: readonly string[]): string {
  return random.chance(0.15) ? 'ghost_node' : random.pick(nodes);
}

/** One replica sync between two nodes, valid or not. */
function randomRequest(random: Random, nodes: readonly string[]): ReplicaSyncRequest {
  return { source_node: pickNode(random, nodes), dest_node: pickNode(random, nodes) };
}

function pickKey(random: Random): string {
  if (random.chance(0.05)) return 'ghost';
  return random.chance(0.5) ? random.pick(KEYS.slice(0, HOT)) : random.pick(KEYS);
}

function randomOp(random: Random): HashRingOp {
  const roll = random.next();
  const key = pickKey(random);
  if (roll < 0.45) return { type: 'store', key };
  if (roll < 0.7) return { type: 'route', key };
  if (roll < 0.93) return { type: 'remove_key', key };
  return { type: 'rebalance', key };
}

/** Run a small L5 batch and a small L6 call on `ring`, as lines for a person. */
async function tour(ring: HashRing): Promise<string[]> {
  ring.addNode(1, 'node_a');
  ring.addNode(1, 'node_b');
  ring.addNodeWithReplicas(1, 'node_c', 3);
  const ops: HashRingOp[] = [
    { type: 'store', key: 'key1' },
    { type: 'store', key: 'key2' },
    { type: 'route', key: 'k2' },
    { type: 'remove_key', key: 'key1' },
    { type: 'remove_key', key: 'ghost' },
  ];
  const batch = await ring.batchOperations(2, ops);
  const requests: ReplicaSyncRequest[] = [
    { source_node: 'node_a', dest_node: 'node_c' },
    { source_node: 'node_a', dest_node: 'zz' },
    { source_node: 'zz', dest_node: 'node_a' },
  ];
  const start = performance.now();
  const synced = await ring.syncReplicas(3, requests, 2);
  const elapsed = performance.now() - start;
  const valid = synced.filter(Boolean).length;
  return [
    'Ring: node_a at 45, node_b at 41, node_c at 57, 4 and 16; key1 at 17, key2 at 6, k2 at 98 (wraps to 4)',
    `L5 batch [store key1, store key2, route k2, remove_key key1, remove_key ghost]: ${JSON.stringify(batch)}`,
    '  (same results as one by one in input order, each op under its key lock)',
    `L6 fail-fast [node_a→node_c, node_a→zz, zz→node_a]: ${JSON.stringify(synced)}`,
    `  ${requests.length} items, ${valid} valid, 2 permits: ${elapsed.toFixed(1)} ms (theory ${Math.ceil(valid / 2) * 10} ms)`,
  ];
}

/** Hashring for the CLI, the tour and the benchmarks. */
export const hashRingDescriptor: DomainDescriptor<HashRing> = {
  name: 'hashring',
  title: 'Hashring',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new HashRing(),
  async runScenario(ring, random, size) {
    seedRing(ring, random);
    const input = Array.from({ length: size }, () => randomOp(random));
    const results = await ring.batchOperations(BATCH_TS, input);
    return { input, results };
  },
  async runExternalScenario(ring, random, size) {
    const nodes = seedRing(ring, random);
    const input = Array.from({ length: size }, () => randomRequest(random, nodes));
    const maxConcurrent = random.int(1, 8);
    const results = await ring.syncReplicas(BATCH_TS, input, maxConcurrent);
    return { input: { requests: input, maxConcurrent }, results };
  },
  tour,
  state: (ring) =>
    JSON.parse(JSON.stringify({ nodes: ring.nodes, keys: ring.keys, key_access: ring.key_access, capacities: ring.capacities })) as unknown,
};
