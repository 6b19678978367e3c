import { describe, expect, it } from 'vitest';
import { buildRing, HashRing, routeFrom } from '../../../src/domains/hashring/index.ts';
import { d } from './helpers.ts';

/** The spec's real-hash walk up to the three stores: node_a (45), node_b (41), key1–key3 on node_b. */
function withStoredKeys(): HashRing {
  const ring = new HashRing();
  ring.addNode(1, 'node_a');
  ring.addNode(2, 'node_b');
  ring.storeKey(5, 'key1');
  ring.storeKey(6, 'key2');
  ring.storeKey(7, 'key3');
  return ring;
}

/** The same walk after node_c joins with 3 replicas (57, 4, 16). */
function withReplicas(): HashRing {
  const ring = withStoredKeys();
  ring.addNodeWithReplicas(9, 'node_c', 3);
  return ring;
}

describe('Hashring manual examples (assumed positions)', () => {
  // The manual's positions are illustrative: node_a 20, node_b 60, key1 10, key2 30, key3 80.
  const ring = buildRing({ node_a: { positions: [20] }, node_b: { positions: [60] } });

  it('routes key1 (10) to node_a, the first position at or after it', () => {
    expect(routeFrom(ring, 10)).toBe('node_a');
  });

  it('routes key2 (30) to node_b', () => {
    expect(routeFrom(ring, 30)).toBe('node_b');
  });

  it('routes key3 (80) past the last node, wrapping to node_a at 20', () => {
    expect(routeFrom(ring, 80)).toBe('node_a');
  });

  it('routes a key exactly on a node position to that node', () => {
    expect(routeFrom(ring, 60)).toBe('node_b');
  });

  it('reports the loads of the manual L2 state: node_a 2, node_b 1', () => {
    const hr = new HashRing();
    hr.nodes = d({ node_a: { replicas: 1, positions: [20] }, node_b: { replicas: 1, positions: [60] } });
    hr.keys = d({ key1: 'node_a', key2: 'node_b', key3: 'node_a' });
    hr.key_access = d({ key1: 5, key2: 6, key3: 7 });
    expect(hr.getLoad(8, 'node_a')).toBe(2);
    expect(hr.getLoad(8, 'node_b')).toBe(1);
    expect(hr.topLoaded(8, 2)).toEqual(['node_a(2)', 'node_b(1)']);
  });

  it('reports the replica counts of the manual L3 state: node_c 3, node_a 1', () => {
    const hr = new HashRing();
    hr.nodes = d({ node_a: { replicas: 1, positions: [20] }, node_c: { replicas: 3, positions: [15, 42, 78] } });
    expect(hr.getReplicaCount(9, 'node_c')).toBe(3);
    expect(hr.getReplicaCount(9, 'node_a')).toBe(1);
  });
});

describe('Hashring L1 node management (real hash)', () => {
  it('adds node_a and node_b, and refuses node_a again', () => {
    const ring = new HashRing();
    expect(ring.addNode(1, 'node_a')).toBe(true);
    expect(ring.addNode(2, 'node_b')).toBe(true);
    expect(ring.addNode(3, 'node_a')).toBe(false);
    expect(ring.nodes).toEqual(d({ node_a: { replicas: 1, positions: [45] }, node_b: { replicas: 1, positions: [41] } }));
  });

  it('routes key1 (17), key2 (6) and key3 (36) to node_b at 41', () => {
    const ring = new HashRing();
    ring.addNode(1, 'node_a');
    ring.addNode(2, 'node_b');
    expect(ring.routeKey(4, 'key1')).toBe('node_b');
    expect(ring.routeKey(4, 'key2')).toBe('node_b');
    expect(ring.routeKey(4, 'key3')).toBe('node_b');
  });

  it('records nothing when routing', () => {
    const ring = new HashRing();
    ring.addNode(1, 'node_a');
    ring.routeKey(4, 'key1');
    expect(ring.keys).toEqual(d({}));
    expect(ring.key_access).toEqual(d({}));
  });

  it('counts nodes, not positions', () => {
    const ring = new HashRing();
    ring.addNode(1, 'node_a');
    ring.addNode(2, 'node_b');
    expect(ring.getNodeCount(5)).toBe(2);
    ring.addNodeWithReplicas(6, 'node_c', 3);
    expect(ring.getNodeCount(7)).toBe(3);
  });

  it('moves a removed node’s keys clockwise and refuses removing it twice', () => {
    const ring = withReplicas();
    expect(ring.removeNode(10, 'node_b')).toBe(true);
    expect(ring.keys).toEqual(d({ key1: 'node_a', key2: 'node_c', key3: 'node_a' }));
    expect(ring.removeNode(10, 'node_b')).toBe(false);
  });

  it('routes to null and stores nothing on an empty ring', () => {
    const ring = new HashRing();
    expect(ring.routeKey(0, 'key1')).toBeNull();
    expect(ring.storeKey(0, 'key1')).toBeNull();
    expect(ring.keys).toEqual(d({}));
    expect(ring.key_access).toEqual(d({}));
  });

  it('drops every stored key when the only node leaves, but keeps their access times', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    ring.storeKey(1, 'key1');
    ring.storeKey(2, 'key2');
    expect(ring.removeNode(3, 'node_a')).toBe(true);
    expect(ring.keys).toEqual(d({}));
    expect(ring.key_access).toEqual(d({ key1: 1, key2: 2 }));
    expect(ring.routeKey(4, 'key1')).toBeNull();
  });

  it('routes stored keys again when a node joins', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_a');
    ring.storeKey(1, 'key1');
    ring.storeKey(2, 'key3');
    ring.addNode(3, 'node_b');
    // key1 (17) and key3 (36) now stop at node_b (41) before node_a (45).
    expect(ring.keys).toEqual(d({ key1: 'node_b', key3: 'node_b' }));
  });
});

describe('Hashring L2 stored keys and load (real hash)', () => {
  it('stores key1–key3 on node_b and stamps their access times', () => {
    const ring = new HashRing();
    ring.addNode(1, 'node_a');
    ring.addNode(2, 'node_b');
    expect(ring.storeKey(5, 'key1')).toBe('node_b');
    expect(ring.storeKey(6, 'key2')).toBe('node_b');
    expect(ring.storeKey(7, 'key3')).toBe('node_b');
    expect(ring.keys).toEqual(d({ key1: 'node_b', key2: 'node_b', key3: 'node_b' }));
    expect(ring.key_access).toEqual(d({ key1: 5, key2: 6, key3: 7 }));
  });

  it('refreshes the access time when a key is stored again', () => {
    const ring = withStoredKeys();
    expect(ring.storeKey(20, 'key1')).toBe('node_b');
    expect(ring.key_access).toEqual(d({ key1: 20, key2: 6, key3: 7 }));
  });

  it('lists nodes sorted by id', () => {
    expect(withStoredKeys().listNodes(8)).toEqual(['node_a', 'node_b']);
  });

  it('counts node_a 0, node_b 3 and a missing node 0', () => {
    const ring = withStoredKeys();
    expect(ring.getLoad(8, 'node_a')).toBe(0);
    expect(ring.getLoad(8, 'node_b')).toBe(3);
    expect(ring.getLoad(8, 'zz')).toBe(0);
  });

  it('ranks every node, empty ones included: topLoaded(5) is node_b(3), node_a(0)', () => {
    expect(withStoredKeys().topLoaded(8, 5)).toEqual(['node_b(3)', 'node_a(0)']);
  });

  it('keeps only the first n: topLoaded(1) is node_b(3)', () => {
    expect(withStoredKeys().topLoaded(8, 1)).toEqual(['node_b(3)']);
  });

  it('breaks load ties by node id', () => {
    const ring = new HashRing();
    ring.addNode(0, 'node_b');
    ring.addNode(0, 'node_a');
    expect(ring.topLoaded(1, 5)).toEqual(['node_a(0)', 'node_b(0)']);
  });
});

describe('Hashring L3 replicas (real hash)', () => {
  it('places node_c at 57, 4 and 16, in creation order', () => {
    const ring = withStoredKeys();
    expect(ring.addNodeWithReplicas(9, 'node_c', 3)).toBe(true);
    expect(ring.nodes['node_c']).toEqual({ replicas: 3, positions: [57, 4, 16] });
  });

  it('routes stored keys again: key2 (6) moves to node_c at 16', () => {
    expect(withReplicas().keys).toEqual(d({ key1: 'node_b', key2: 'node_c', key3: 'node_b' }));
  });

  it('refuses a replica node whose id is taken', () => {
    const ring = withReplicas();
    expect(ring.addNodeWithReplicas(9, 'node_a', 2)).toBe(false);
    expect(ring.nodes['node_a']).toEqual({ replicas: 1, positions: [45] });
  });

  it('reports replica counts: node_c 3, node_a 1, a missing node 0', () => {
    const ring = withReplicas();
    expect(ring.getReplicaCount(9, 'node_c')).toBe(3);
    expect(ring.getReplicaCount(9, 'node_a')).toBe(1);
    expect(ring.getReplicaCount(9, 'zz')).toBe(0);
  });

  it('routes k2 (98) past the last position, wrapping to node_c at 4', () => {
    expect(withReplicas().routeKey(10, 'k2')).toBe('node_c');
  });

  it('routes k1 (26) to node_b at 41', () => {
    expect(withReplicas().routeKey(10, 'k1')).toBe('node_b');
  });

  it('routes k3 (64) past node_c at 57, wrapping to node_c at 4', () => {
    expect(withReplicas().routeKey(10, 'k3')).toBe('node_c');
  });
});
