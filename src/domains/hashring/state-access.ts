import { dict, type Dict } from '../../core/dict.ts';
import type { StateAccess } from '../../core/state-access.ts';
import { HashRing } from './hash-ring.ts';
import type { NodeInfo } from './types.ts';

/**
 * The lock key of the ring: `nodes` (every node's positions) and `capacities`. Every op that routes
 * reads the whole ring, whatever key it is for, and the L6 check reads `nodes`; on one thread the
 * manual takes no lock for it, on threads that share state it must have one or the ring is not there.
 * (No key or node id starts with NUL in practice, so it cannot clash with one.)
 */
export const RING_KEY = '\u0000ring';

/**
 * The lock key of the placements: `keys`, `key_access` and their insertion order. A store counts the
 * keys already on its node (all of `keys`) and may evict any of them, the least recently used by
 * `key_access`, first in insertion order on a tie; a `remove_key` changes what later stores count. So
 * the placements are one partition, which store and remove_key lock besides their own key.
 */
export const PLACEMENTS_KEY = '\u0000placements';

/** The ring as one partition. */
interface Ring {
  readonly nodes: Dict<NodeInfo>;
  readonly capacities: Dict<number>;
}

/** The placements as one partition; `order` is the insertion order of `keys`, which a dict loses. */
interface Placements {
  readonly keys: Dict<string>;
  readonly key_access: Dict<number>;
  readonly order: readonly string[];
}

/**
 * Hashring's state by lock key: the ring key guards the ring, the placements key every stored key's
 * node, access time and place in the insertion order. A key's own lock (which L5 still takes, as the
 * manual does) guards nothing more: what it would guard is in the placements.
 */
export const hashRingState: StateAccess<HashRing> = {
  create: () => new HashRing(),
  read(ring, key) {
    if (key === RING_KEY) return { nodes: ring.nodes, capacities: ring.capacities } satisfies Ring;
    if (key === PLACEMENTS_KEY) return { keys: ring.keys, key_access: ring.key_access, order: ring.keyOrder() } satisfies Placements;
    return undefined;
  },
  write(ring, key, partition) {
    if (key === RING_KEY) {
      const part = partition as Ring | undefined;
      ring.nodes = part?.nodes ?? dict();
      ring.capacities = part?.capacities ?? dict();
    } else if (key === PLACEMENTS_KEY) {
      const part = partition as Placements | undefined;
      ring.keys = part?.keys ?? dict();
      ring.key_access = part?.key_access ?? dict();
      ring.restoreKeyOrder(part?.order ?? []);
    }
  },
};
