import type { Dict } from '../dict.ts';
import type { KeyOrder } from '../key-order.ts';

/**
 * The least recently used key on `nodeId`: the smallest access time among the keys `assignments` maps
 * to it, the first in insertion order on a tie (the manual's strict `<`).
 * @returns `null` when no key is on the node.
 */
export function leastRecentlyUsed(order: KeyOrder, assignments: Dict<string>, access: Dict<number>, nodeId: string): string | null {
  let oldest: string | null = null;
  let oldestTime = 0;
  for (const key of order.of(assignments)) {
    if (assignments[key] !== nodeId) continue;
    const time = access[key] ?? 0;
    if (oldest === null || time < oldestTime) {
      oldest = key;
      oldestTime = time;
    }
  }
  return oldest;
}
