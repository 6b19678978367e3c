/**
 * A lock-order checker (the idea of Linux's lockdep): it learns, from the acquisitions it sees, which
 * key was taken while which other key was held, and warns as soon as two orders disagree ("A then B
 * here, B then A there") or a key is taken again by its holder. A deadlock needs such a disagreement
 * AND an unlucky interleaving; the checker needs only the disagreement, so it warns in runs that
 * happened not to deadlock, before any deadlock happens.
 */
import type { TraceEvent, Tracer } from '../../core/tracer.ts';

/** `after` was taken while `before` was held, first seen in `owner`. */
export interface OrderEdge {
  readonly before: string;
  readonly after: string;
  readonly owner: string;
}

/** Orders that disagree: edges forming a cycle (`before` of each is `after` of the one before it). */
export interface LockOrderWarning {
  readonly edges: readonly OrderEdge[];
  readonly text: string;
}

/**
 * Watches acquisitions and collects lock-order warnings. It is a `Tracer`: give it to an event-loop
 * lock table (every `lock-wait` and `lock-acquired` is an acquisition made while holding what the owner
 * holds); or feed it orders recorded elsewhere (worker threads) with {@link recordAcquisition}.
 * @example
 * const checker = new LockOrderChecker();
 * const locks = createKeyedLockTable(clock, checker);
 * // … run …
 * for (const warning of checker.warnings) console.warn(warning.text);
 */
export class LockOrderChecker implements Tracer {
  /** Keys each owner holds now, from the trace. */
  readonly #held = new Map<string, string[]>();
  /** before → after → the first edge seen. */
  readonly #edges = new Map<string, Map<string, OrderEdge>>();
  readonly #warnings: LockOrderWarning[] = [];

  /** The warnings so far, in the order they were raised (a copy). */
  get warnings(): LockOrderWarning[] {
    return [...this.#warnings];
  }

  record(event: TraceEvent): void {
    // A queued key is part of an acquisition already seen whole in its `lock-wait`.
    if (!('keys' in event) || event.kind === 'lock-queued') return;
    const held = this.#held.get(event.owner) ?? [];
    if (event.kind === 'lock-released') {
      this.#held.set(event.owner, held.filter((key) => !event.keys.includes(key)));
      return;
    }
    this.#observe(event.owner, held, event.keys);
    if (event.kind === 'lock-acquired') this.#held.set(event.owner, [...held, ...event.keys]);
  }

  /**
   * Record that `owner` took (or asked for) `keys` in this order, each while holding the ones before.
   * @param keys a key named twice is a re-entry, which a non-reentrant lock never survives.
   */
  recordAcquisition(owner: string, keys: readonly string[]): void {
    this.#observe(owner, [], keys);
  }

  #observe(owner: string, held: readonly string[], keys: readonly string[]): void {
    const before = [...held];
    for (const key of keys) {
      for (const earlier of before) this.#addEdge({ before: earlier, after: key, owner });
      before.push(key);
    }
  }

  #addEdge(edge: OrderEdge): void {
    const known = this.#edges.get(edge.before) ?? new Map<string, OrderEdge>();
    if (known.has(edge.after)) return;
    // Looked up before the edge goes in: a path back from `after` to `before` closes a cycle with it.
    const back = edge.before === edge.after ? [] : this.#path(edge.after, edge.before);
    known.set(edge.after, edge);
    this.#edges.set(edge.before, known);
    if (back !== undefined) this.#warnings.push(warningOf([...back, edge]));
  }

  /** Edges leading from `from` to `to`, breadth first (the shortest story), if any. */
  #path(from: string, to: string): OrderEdge[] | undefined {
    const reachedBy = new Map<string, OrderEdge | undefined>([[from, undefined]]);
    for (const queue = [from]; queue.length > 0; ) {
      const key = queue.shift()!;
      if (key === to) return pathTo(reachedBy, to);
      for (const edge of this.#edges.get(key)?.values() ?? []) {
        if (reachedBy.has(edge.after)) continue;
        reachedBy.set(edge.after, edge);
        queue.push(edge.after);
      }
    }
    return undefined;
  }
}

function pathTo(reachedBy: ReadonlyMap<string, OrderEdge | undefined>, to: string): OrderEdge[] {
  const path: OrderEdge[] = [];
  for (let edge = reachedBy.get(to); edge !== undefined; edge = reachedBy.get(edge.before)) path.unshift(edge);
  return path;
}

function warningOf(edges: readonly OrderEdge[]): LockOrderWarning {
  const [only] = edges;
  if (edges.length === 1 && only !== undefined) {
    return { edges, text: `${only.owner} takes "${only.after}" while it already holds it: the lock is not re-entrant` };
  }
  const orders = edges.map(({ before, after, owner }) => `"${before}" then "${after}" (${owner})`);
  return { edges, text: `lock-order inversion: ${orders.join(', ')}` };
}
