import { describe, expect, it } from 'vitest';
import { buildRing, HashRing, replicaPositions, ringPosition } from '../../../src/domains/hashring/index.ts';

/** Every position the spec computes with the mandated md5 function. */
const POSITIONS: Record<string, number> = {
  node_a: 45,
  node_b: 41,
  node_c: 15,
  node_c_0: 57,
  node_c_1: 4,
  node_c_2: 16,
  key1: 17,
  key2: 6,
  key3: 36,
  k1: 26,
  k2: 98,
  k3: 64,
};

describe('Hashring hash function', () => {
  for (const [name, position] of Object.entries(POSITIONS)) {
    it(`places "${name}" at ${position}`, () => {
      expect(ringPosition(name)).toBe(position);
    });
  }

  it('reduces the full 128-bit digest exactly, unlike a float parse', () => {
    const hex = 'f'.repeat(32);
    expect(Number(BigInt(`0x${hex}`) % 100n)).toBe(55);
    expect(parseInt(hex, 16) % 100).not.toBe(55);
  });

  it('hashes UTF-8 bytes as Python does', () => {
    expect(ringPosition('你好')).toBe(67);
    expect(ringPosition('')).toBe(66);
  });

  it('gives the same position for the same name every time', () => {
    expect(ringPosition('node_a')).toBe(ringPosition('node_a'));
  });

  it('places replicas at the hashes of "<id>_<i>", never the bare id', () => {
    expect(replicaPositions('node_c', 3)).toEqual([57, 4, 16]);
  });

  it('builds the ring sorted by position, then node id', () => {
    const ring = new HashRing();
    ring.addNode(1, 'node_a');
    ring.addNode(2, 'node_b');
    expect(buildRing(ring.nodes)).toEqual([
      [41, 'node_b'],
      [45, 'node_a'],
    ]);
    ring.addNodeWithReplicas(9, 'node_c', 3);
    expect(buildRing(ring.nodes)).toEqual([
      [4, 'node_c'],
      [16, 'node_c'],
      [41, 'node_b'],
      [45, 'node_a'],
      [57, 'node_c'],
    ]);
  });

  it('breaks a tie on one position by node id', () => {
    const ring = buildRing({ zed: { positions: [10] }, abe: { positions: [10] }, mid: { positions: [5] } });
    expect(ring).toEqual([
      [5, 'mid'],
      [10, 'abe'],
      [10, 'zed'],
    ]);
  });
});
