import { compareStrings, dict, type Dict } from '../dict.ts';
import { ringPosition } from './hash.ts';
import type { KeyOrder } from '../key-order.ts';

/** What the ring needs of a node (or a ChatRoute server): where it sits. */
export interface Placed {
  readonly positions: readonly number[];
}

/** One ring slot: `[position, node id]`, the manual's tuple. */
export type RingEntry = readonly [number, string];

/**
 * The manual's `_ring()` (ChatRoute's `_track()`): every position of every node, sorted by position and
 * then node id, as Python sorts its `(pos, node_id)` tuples.
 */
export function buildRing(nodes: Dict<Placed>): RingEntry[] {
  const entries: RingEntry[] = [];
  for (const [nodeId, node] of Object.entries(nodes)) {
    for (const position of node.positions) entries.push([position, nodeId]);
  }
  return entries.sort(([a, idA], [b, idB]) => a - b || compareStrings(idA, idB));
}

/**
 * The manual's `_route`: walk clockwise from the key's position to the first slot at or after it
 * (`>=`, so a key on a node's position goes to that node), wrapping to the smallest position.
 * @returns the node id, or `null` on an empty ring.
 */
export function routeOnRing(ring: readonly RingEntry[], key: string): string | null {
  return routeFrom(ring, ringPosition(key));
}

/** `_route` from a position already computed: the first slot at or after it, else the smallest. */
export function routeFrom(ring: readonly RingEntry[], position: number): string | null {
  const first = ring[0];
  if (first === undefined) return null;
  return (ring.find(([slot]) => slot >= position) ?? first)[1];
}

/**
 * The manual's `_reassign`: a new map routing every stored key again on `ring`, in insertion order.
 * On an empty ring every key is dropped (from `order` too). Capacities are not enforced here.
 */
export function reroute(assignments: Dict<string>, order: KeyOrder, ring: readonly RingEntry[]): Dict<string> {
  const next = dict<string>();
  for (const key of order.of(assignments)) {
    const node = routeOnRing(ring, key);
    if (node === null) order.delete(key);
    else next[key] = node;
  }
  return next;
}
