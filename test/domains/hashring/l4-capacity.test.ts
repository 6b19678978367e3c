import { describe, expect, it } from 'vitest';
import { HashRing } from '../../../src/domains/hashring/index.ts';
import { d } from './helpers.ts';

/** The spec's single-node L4 walk up to the first eviction: node_a capped at 2, k1 @2, k2 @6, k3 @8. */
function fullNode(): HashRing {
  const ring = new HashRing();
  ring.addNode(0, 'node_a');
  ring.setCapacity(1, 'node_a', 2);
  ring.storeKey(2, 'k1');
  ring.storeKey(6, 'k2');
  ring.storeKey(8, 'k3');
  return ring;
}

describe('Hashring L4 capacity and LRU eviction', () => {
  it('sets a capacity on an existing node and refuses a missing one', () => {
    const ring = new HashRing();
    expect(ring.addNode(0, 'node_a')).toBe(true);
    expect(ring.setCapacity(1, 'node_a', 2)).toBe(true);
    expect(ring.setCapacity(1, 'zz', 2)).toBe(false);
    expect(ring.capacities).toEqual(d({ node_a: 2 }));
  });

  it('reads a capacity: 2 when set, 0 for a missing node, -1 when never set', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    ring.setCapacity(1, 'node_a', 2);
    expect(ring.getCapacity(1, 'node_a')).toBe(2);
    expect(ring.getCapacity(1, 'zz')).toBe(0);
    expect(ring.addNode(11, 'node_b')).toBe(true);
    expect(ring.getCapacity(11, 'node_b')).toBe(-1);
  });

  it('evicts the least recently stored key (k1 @2) before storing k3 on a full node', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    ring.setCapacity(1, 'node_a', 2);
    expect(ring.storeKey(2, 'k1')).toBe('node_a');
    expect(ring.storeKey(6, 'k2')).toBe('node_a');
    expect(ring.storeKey(8, 'k3')).toBe('node_a');
    expect(ring.keys).toEqual(d({ k2: 'node_a', k3: 'node_a' }));
    expect(ring.key_access).toEqual(d({ k2: 6, k3: 8 }));
  });

  it('does not evict when the stored key is already on the node, and refreshes its access time', () => {
    const ring = fullNode();
    expect(ring.storeKey(9, 'k2')).toBe('node_a');
    expect(ring.keys).toEqual(d({ k2: 'node_a', k3: 'node_a' }));
    expect(ring.key_access).toEqual(d({ k2: 9, k3: 8 }));
  });

  it('evicts manually the key with the oldest access: k3 (8) before k2 (9)', () => {
    const ring = fullNode();
    ring.storeKey(9, 'k2');
    expect(ring.evictLru(10, 'node_a')).toBe('k3');
    expect(ring.keys).toEqual(d({ k2: 'node_a' }));
    expect(ring.key_access).toEqual(d({ k2: 9 }));
  });

  it('evicts nothing from a missing node', () => {
    expect(fullNode().evictLru(10, 'zz')).toBeNull();
  });

  it('evicts nothing from a node with no keys', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    ring.setCapacity(1, 'node_a', 2);
    expect(ring.evictLru(2, 'node_a')).toBeNull();
    ring.storeKey(3, 'k1');
    ring.evictLru(4, 'node_a');
    expect(ring.evictLru(5, 'node_a')).toBeNull();
  });

  it('reports used slots as the key count, and 0 for a missing node', () => {
    const ring = fullNode();
    expect(ring.getUsed(9, 'node_a')).toBe(2);
    expect(ring.getUsed(9, 'zz')).toBe(0);
  });

  it('evicts one key at most per store, even far over capacity', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) ring.storeKey(i + 1, key);
    ring.setCapacity(5, 'node_a', 1);
    expect(ring.storeKey(6, 'e')).toBe('node_a');
    expect(Object.keys(ring.keys).sort()).toEqual(['b', 'c', 'd', 'e']);
  });

  it('breaks an access-time tie by insertion order, even for integer-like keys', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    ring.storeKey(1, '10');
    ring.storeKey(1, '9');
    // A plain object lists "9" before "10"; the Python dict lists "10" first, as inserted.
    expect(ring.evictLru(2, 'node_a')).toBe('10');
  });

  it('moves a key stored again after its removal to the end of the tie order', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    ring.storeKey(1, 'x');
    ring.storeKey(1, 'y');
    ring.removeKey(1, 'x');
    ring.storeKey(1, 'x');
    expect(ring.evictLru(2, 'node_a')).toBe('y');
  });

  it('stores a key on a node with capacity 0 anyway, after evicting one', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    ring.storeKey(1, 'k1');
    ring.setCapacity(2, 'node_a', 0);
    expect(ring.storeKey(3, 'k2')).toBe('node_a');
    expect(ring.keys).toEqual(d({ k2: 'node_a' }));
  });

  it('treats a capacity set back to -1 as unlimited', () => {
    const ring = fullNode();
    ring.setCapacity(9, 'node_a', -1);
    ring.storeKey(10, 'k9');
    expect(ring.getUsed(10, 'node_a')).toBe(3);
    expect(ring.getCapacity(10, 'node_a')).toBe(-1);
  });

  it('forgets the capacity of a removed node, so a node re-added under its name is unlimited', () => {
    const ring = fullNode();
    expect(ring.removeNode(11, 'node_a')).toBe(true);
    expect(ring.capacities).toEqual(d({}));
    ring.addNode(12, 'node_a');
    expect(ring.getCapacity(12, 'node_a')).toBe(-1);
  });

  it('does not enforce capacities when keys are routed again', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    ring.addNode(0, 'node_b');
    ring.setCapacity(0, 'node_a', 1);
    ring.storeKey(1, 'key1'); // 17 → node_b (41)
    ring.storeKey(2, 'key3'); // 36 → node_b
    ring.removeNode(3, 'node_b');
    expect(ring.getUsed(3, 'node_a')).toBe(2);
  });

  it('evicts k1 (oldest, access 2) from the manual L4 state when a new key routes to full node_a', () => {
    // Manual state: node_a at 20, node_b at 60; key2 hashes to 6, so it routes to node_a.
    const ring = new HashRing();
    ring.nodes = d({ node_a: { replicas: 1, positions: [20] }, node_b: { replicas: 1, positions: [60] } });
    ring.capacities = d({ node_a: 2, node_b: 5 });
    ring.keys = d({ k1: 'node_a', k2: 'node_a', k3: 'node_b' });
    ring.key_access = d({ k1: 2, k2: 6, k3: 8 });
    expect(ring.storeKey(9, 'key2')).toBe('node_a');
    expect(ring.keys).toEqual(d({ k2: 'node_a', k3: 'node_b', key2: 'node_a' }));
    expect(ring.key_access).toEqual(d({ k2: 6, k3: 8, key2: 9 }));
  });

  it('names k1 as the manual L4 state’s LRU key on node_a', () => {
    const ring = new HashRing();
    ring.nodes = d({ node_a: { replicas: 1, positions: [20] }, node_b: { replicas: 1, positions: [60] } });
    ring.keys = d({ k1: 'node_a', k2: 'node_a', k3: 'node_b' });
    ring.key_access = d({ k1: 2, k2: 6, k3: 8 });
    expect(ring.evictLru(9, 'node_a')).toBe('k1');
  });
});
