/**
 * The consistent-hash ring both Hashring and ChatRoute are built on (the manual gives them the same
 * md5 positions and the same clockwise walk), written once here so that neither domain imports the other.
 */
import { createHash } from 'node:crypto';

/** The ring has 100 positions, 0–99. */
const RING_SIZE = 100n;

/**
 * The manual's `_hash` (ChatRoute's `compute_position`): `int(md5(s.encode()).hexdigest(), 16) % 100`.
 * The digest is a 128-bit integer, far past 2^53, so it is reduced as a BigInt: `parseInt` would round
 * it and give wrong positions.
 * @example
 * ringPosition('node_a'); // 45
 */
export function ringPosition(s: string): number {
  const hex = createHash('md5').update(s, 'utf8').digest('hex');
  return Number(BigInt(`0x${hex}`) % RING_SIZE);
}

/** The positions of a node's replicas: `ringPosition("<id>_<i>")` for i in 0..count-1, duplicates kept. */
export function replicaPositions(nodeId: string, count: number): number[] {
  return Array.from({ length: count }, (_, i) => ringPosition(`${nodeId}_${i}`));
}
