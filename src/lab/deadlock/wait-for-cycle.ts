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

/** A wait-for graph indexed by waiter: each waiter's edges, in the order given. */
export type WaitGraph<Node, Key> = ReadonlyMap<Node, readonly WaitEdge<Node, Key>[]>;

/** Index `edges` by waiter once, to look for cycles through many waiters of one graph. */
export function waitGraph<Node, Key>(edges: readonly WaitEdge<Node, Key>[]): WaitGraph<Node, Key> {
  const out = new Map<Node, WaitEdge<Node, Key>[]>();
  for (const edge of edges) {
    const own = out.get(edge.waiter);
    if (own === undefined) out.set(edge.waiter, [edge]);
    else own.push(edge);
  }
  return out;
}

/**
 * A cycle of waits through `start`, if there is one: its edges in wait order, the first leaving `start`,
 * the last coming back to it. A waiter that holds the key it waits for is a cycle of one edge.
 * @param graph the edges, or the graph indexed by {@link waitGraph}; a waiter may wait for several
 * keys (an acquisition that asks for all at once).
 */
export function findCycleThrough<Node, Key>(start: Node, graph: readonly WaitEdge<Node, Key>[] | WaitGraph<Node, Key>): WaitEdge<Node, Key>[] | undefined {
  const out: WaitGraph<Node, Key> = Array.isArray(graph) ? waitGraph(graph as readonly WaitEdge<Node, Key>[]) : (graph as WaitGraph<Node, Key>);
  const visited = new Set<Node>([start]);
  const path: WaitEdge<Node, Key>[] = [];
  // Depth first: each node is entered once, and a path is exactly what the report needs.
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
