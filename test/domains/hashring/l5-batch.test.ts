import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { HashRing, PLACEMENTS_KEY, RING_KEY } from '../../../src/domains/hashring/index.ts';
import { applySequentially, boundRing, d, lockedKeys, randomBatch, seedRing, stateOf } from './helpers.ts';

describe('Hashring L5 batch', () => {
  it('stores, routes and removes on one node: ["node_a", "node_a", true, false]', async () => {
    const { ring } = boundRing();
    ring.addNode(0, 'node_a');
    const results = await ring.batchOperations(1, [
      { type: 'store', key: 'k1' },
      { type: 'route', key: 'k2' },
      { type: 'remove_key', key: 'k1' },
      { type: 'remove_key', key: 'k9' },
    ]);
    expect(results).toEqual(['node_a', 'node_a', true, false]);
    expect(ring.keys).toEqual(d({}));
    expect(ring.key_access).toEqual(d({}));
  });

  it('answers null to store and route on an empty ring', async () => {
    const { ring } = boundRing();
    const results = await ring.batchOperations(1, [
      { type: 'store', key: 'k1' },
      { type: 'route', key: 'k1' },
    ]);
    expect(results).toEqual([null, null]);
    expect(ring.keys).toEqual(d({}));
  });

  it('answers null to an unknown op type and changes nothing', async () => {
    const { ring } = boundRing();
    ring.addNode(0, 'node_a');
    expect(await ring.batchOperations(1, [{ type: 'rebalance', key: 'k1' }])).toEqual([null]);
    expect(ring.keys).toEqual(d({}));
  });

  it('routes without recording, unlike store', async () => {
    const { ring } = boundRing();
    ring.addNode(0, 'node_a');
    await ring.batchOperations(1, [{ type: 'route', key: 'k1' }]);
    expect(ring.keys).toEqual(d({}));
  });

  it('stamps stores with the batch timestamp and evicts through the L4 store', async () => {
    const { ring } = boundRing();
    ring.addNode(0, 'node_a');
    ring.setCapacity(0, 'node_a', 1);
    const results = await ring.batchOperations(5, [
      { type: 'store', key: 'k1' },
      { type: 'store', key: 'k2' },
    ]);
    expect(results).toEqual(['node_a', 'node_a']);
    expect(ring.keys).toEqual(d({ k2: 'node_a' }));
    expect(ring.key_access).toEqual(d({ k2: 5 }));
  });

  it('locks each op on its own key, and the ring and placements it reads or changes', async () => {
    const { ring, tracer } = boundRing();
    ring.addNode(0, 'node_a');
    await ring.batchOperations(1, [
      { type: 'store', key: 'a' },
      { type: 'route', key: 'b' },
      { type: 'remove_key', key: 'a' },
      { type: 'bogus', key: 'c' },
    ]);
    const locked = lockedKeys(tracer);
    // Sorted: the NUL-led reserved keys come first.
    expect(locked).toEqual([[PLACEMENTS_KEY, RING_KEY, 'a'], [RING_KEY, 'b'], [PLACEMENTS_KEY, 'a'], ['c']]);
  });

  it('gives an empty batch an empty result', async () => {
    const { ring } = boundRing();
    expect(await ring.batchOperations(1, [])).toEqual([]);
  });

  it('equals running the ops one by one in input order, on 200 seeded batches', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const { ring } = boundRing();
      seedRing(ring, random);
      const reference = new HashRing();
      reference.nodes = deepCopy(ring.nodes);
      reference.capacities = deepCopy(ring.capacities);
      // Replay the seed stores so the reference has the same insertion order, not just the same dicts.
      for (const [key, ts] of Object.entries(ring.key_access).sort(([, a], [, b]) => a - b)) reference.storeKey(ts, key);
      expect(stateOf(reference)).toEqual(stateOf(ring));
      const ops = randomBatch(random, random.int(1, 40));
      const results = await ring.batchOperations(100, ops);
      expect(results, `seed ${seed}`).toEqual(applySequentially(reference, 100, ops));
      expect(stateOf(ring), `seed ${seed}`).toEqual(stateOf(reference));
    }
  });
});
