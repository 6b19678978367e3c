/**
 * Cycles in a wait-for graph, the one test both engines' detectors share: a waiter waits for a key its
 * holder holds; waits that lead back to where they started never end on their own.
 */

/** `waiter` waits for `key`, which `holder` holds. */
export interface WaitEdge<Node, Key> {
  readonly waiter: Node;
  readonly key: Key;
  readonly holder: Node;
}

/**
 * A cycle of waits through `start`, if there is one: its edges in wait order, the first leaving `start`,
 * the last coming back to it. A waiter that holds the key it waits for is a cycle of one edge.
 * @param edges the graph; a waiter may wait for several keys (an acquisition that asks for all at once).
 */
export function findCycleThrough<Node, Key>(start: Node, edges: readonly WaitEdge<Node, Key>[]): WaitEdge<Node, Key>[] | undefined {
  const out = new Map<Node, WaitEdge<Node, Key>[]>();
  for (const edge of edges) out.set(edge.waiter, [...(out.get(edge.waiter) ?? []), edge]);
  const visited = new Set<Node>([start]);
  const path: WaitEdge<Node, Key>[] = [];
  // Depth first: the graphs are a handful of waiters, and a path is exactly what the report needs.
  const reaches = (node: Node): boolean =>
    (out.get(node) ?? []).some((edge) => {
      path.push(edge);
      if (edge.holder === start) return true;
      if (!visited.has(edge.holder)) {
        visited.add(edge.holder);
        if (reaches(edge.holder)) return true;
      }
      path.pop();
      return false;
    });
  return reaches(start) ? path : undefined;
}

/**
 * Rotate a cycle so that `last`'s edge comes last: reports read as a story that ends with the victim.
 * @returns the edges unchanged when `last` waits in none of them.
 */
export function endingWith<Node, Key>(cycle: readonly WaitEdge<Node, Key>[], last: Node): WaitEdge<Node, Key>[] {
  const at = cycle.findIndex((edge) => edge.waiter === last);
  return at === -1 ? [...cycle] : [...cycle.slice(at + 1), ...cycle.slice(0, at + 1)];
}
