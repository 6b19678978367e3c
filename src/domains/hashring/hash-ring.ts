import { stamped } from '../../core/batch.ts';
import { compareStrings, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectIntegerAtLeast, expectPositiveInteger, validateItems, validateOps } from '../../core/validate.ts';
import { replicaPositions, ringPosition } from '../../core/hash-ring/hash.ts';
import { KeyOrder } from '../../core/key-order.ts';
import { leastRecentlyUsed } from '../../core/hash-ring/lru.ts';
import { hashRingBatch, replicaSync } from './ops.ts';
import { buildRing, reroute, routeOnRing, type RingEntry } from '../../core/hash-ring/ring.ts';
import { hashRingBatchSchema, replicaSyncSchema } from './schemas.ts';
import type { HashRingOp, HashRingOpResult, NodeInfo, ReplicaSyncRequest } from './types.ts';

/** `getCapacity`'s answer for a node whose capacity was never set. */
const UNLIMITED = -1;

/**
 * The manual's `HashRing`: consistent hashing on a ring of 100 positions. Nodes sit at md5 positions
 * (several with replicas), keys go clockwise to the first node position at or after theirs, stored keys
 * are routed again whenever the ring changes, a node may cap its key count (evicting its least recently
 * stored key), an L5 batch runs under per-key locks and an L6 replica sync is fail-fast.
 * @example
 * const ring = new HashRing();
 * ring.addNode(1, 'node_a'); // true, at position 45
 * ring.storeKey(2, 'key1'); // "node_a"
 */
export class HashRing {
  /** node_id → its replicas and positions, in creation order. */
  nodes: Dict<NodeInfo> = dict();
  /** key → the node holding it. Replaced by a new map whenever the ring changes. */
  keys: Dict<string> = dict();
  /** key → the timestamp it was last stored at (the LRU clock). Kept when the ring drops the key. */
  key_access: Dict<number> = dict();
  /** node_id → the most keys it may hold; absent means unlimited. */
  capacities: Dict<number> = dict();
  /** The insertion order of `keys`, which LRU ties follow. */
  readonly #order = new KeyOrder();
  #runtime = new Runtime();

  /** The manual's `key_locks` (`defaultdict(asyncio.Lock)`): one lock per key, made on first use. */
  get key_locks(): LockTable {
    return this.#runtime.locks;
  }

  /**
   * The stored keys in insertion order (which LRU ties and re-routing follow), for `hashRingState`:
   * the order is not in `keys` itself, as a dict lists integer-like keys first.
   */
  keyOrder(): string[] {
    return this.#order.of(this.keys);
  }

  /** Make `order` the insertion order of the stored keys (`hashRingState` loading a partition). */
  restoreKeyOrder(order: Iterable<string>): void {
    this.#order.reset(order);
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /**
   * Put a node on the ring at `ringPosition(nodeId)` and route every stored key again.
   * @returns `false` when the node exists (nothing changes), else `true`.
   * @throws InvalidInputError on a non-integer timestamp or a non-string id.
   */
  addNode(timestamp: number, nodeId: string): boolean {
    expectArgs(timestamp, { nodeId });
    return this.#place(nodeId, { replicas: 1, positions: [ringPosition(nodeId)] });
  }

  /**
   * Take a node off the ring, with its capacity; its keys move clockwise to the next node (all are
   * dropped when it was the last one).
   * @returns `false` when the node does not exist.
   */
  removeNode(timestamp: number, nodeId: string): boolean {
    expectArgs(timestamp, { nodeId });
    if (!has(this.nodes, nodeId)) return false;
    delete this.nodes[nodeId];
    // Without this a node re-added under the same name would inherit the old limit.
    delete this.capacities[nodeId];
    this.#reassign();
    return true;
  }

  /** The node `key` would go to, recording nothing; `null` on an empty ring. */
  routeKey(timestamp: number, key: string): string | null {
    expectArgs(timestamp, { key });
    return this.#route(key);
  }

  /** How many nodes are on the ring (nodes, not positions). */
  getNodeCount(timestamp: number): number {
    expectInteger(timestamp, 'timestamp');
    return Object.keys(this.nodes).length;
  }

  /**
   * Store `key` on the node it routes to, stamping its access time. When the node has a capacity, is
   * full and does not hold the key yet, its least recently used key is evicted first (one, at most).
   * @returns the node id, or `null` on an empty ring (nothing is recorded).
   */
  storeKey(timestamp: number, key: string): string | null {
    expectArgs(timestamp, { key });
    const node = this.#route(key);
    if (node === null) return null;
    const capacity = this.capacities[node] ?? UNLIMITED;
    const alreadyHere = this.keys[key] === node;
    // Decision: a capacity of 0 evicts one key (if any) and still stores the new one, as the manual's
    // code does: eviction is "one in, one out", never a refusal, so `storeKey` always returns the node.
    if (capacity !== UNLIMITED && !alreadyHere && this.#countOn(node) >= capacity) this.#evict(node);
    // A key new to `keys` goes last even if it was deleted from the dict directly, as in Python.
    if (!has(this.keys, key)) this.#order.delete(key);
    this.keys[key] = node;
    this.#order.add(key);
    this.key_access[key] = timestamp;
    return node;
  }

  /** Every node id, sorted ascending. */
  listNodes(timestamp: number): string[] {
    expectInteger(timestamp, 'timestamp');
    return Object.keys(this.nodes).sort(compareStrings);
  }

  /** How many stored keys a node holds; `0` for a missing node. */
  getLoad(timestamp: number, nodeId: string): number {
    expectArgs(timestamp, { nodeId });
    return has(this.nodes, nodeId) ? this.#countOn(nodeId) : 0;
  }

  /**
   * The first `n` nodes by key count, highest first, ties by id, as `"node_id(count)"`; nodes with no
   * keys are ranked too. `n` slices as Python's `items[:n]` does (a negative `n` drops from the end).
   */
  topLoaded(timestamp: number, n: number): string[] {
    expectInteger(timestamp, 'timestamp');
    expectInteger(n, 'n');
    const loads = dict<number>(Object.keys(this.nodes).map((id) => [id, 0]));
    for (const node of Object.values(this.keys)) if (has(loads, node)) loads[node]! += 1;
    const ranked = Object.entries(loads).sort(([idA, a], [idB, b]) => b - a || compareStrings(idA, idB));
    return ranked.slice(0, n).map(([id, load]) => `${id}(${load})`);
  }

  /**
   * Put a node on the ring at `numReplicas` positions, `ringPosition("<id>_<i>")` for each i (never the
   * bare id), and route every stored key again.
   * @returns `false` when the node exists.
   * @throws InvalidInputError when `numReplicas` is not an integer ≥ 1.
   */
  addNodeWithReplicas(timestamp: number, nodeId: string, numReplicas: number): boolean {
    expectArgs(timestamp, { nodeId });
    // Decision: the manual accepts 0 or negative counts and makes a node with no position, which exists
    // but never receives a key and reports 0 replicas, the answer for a missing node. conclab refuses them.
    expectPositiveInteger(numReplicas, 'numReplicas');
    return this.#place(nodeId, { replicas: numReplicas, positions: replicaPositions(nodeId, numReplicas) });
  }

  /** A node's replica count (1 for nodes from `addNode`); `0` for a missing node. */
  getReplicaCount(timestamp: number, nodeId: string): number {
    expectArgs(timestamp, { nodeId });
    return this.nodes[nodeId]?.replicas ?? 0;
  }

  /**
   * Cap how many keys a node holds. Keys already over the cap stay until the next store evicts.
   * @returns `false` when the node does not exist.
   * @throws InvalidInputError unless `capacity` is an integer ≥ -1 (-1: unlimited again).
   */
  setCapacity(timestamp: number, nodeId: string, capacity: number): boolean {
    expectArgs(timestamp, { nodeId });
    // Decision: the manual stores any value; below -1 it would evict on every new key. conclab refuses
    // such capacities and reads -1 as "unlimited", the value `getCapacity` reports for it.
    expectIntegerAtLeast(capacity, UNLIMITED, 'capacity');
    if (!has(this.nodes, nodeId)) return false;
    this.capacities[nodeId] = capacity;
    return true;
  }

  /** A node's capacity: `0` for a missing node, `-1` when never set (unlimited). */
  getCapacity(timestamp: number, nodeId: string): number {
    expectArgs(timestamp, { nodeId });
    if (!has(this.nodes, nodeId)) return 0;
    return this.capacities[nodeId] ?? UNLIMITED;
  }

  /** How many slots of a node are used, i.e. its key count; `0` for a missing node. */
  getUsed(timestamp: number, nodeId: string): number {
    expectArgs(timestamp, { nodeId });
    return has(this.nodes, nodeId) ? this.#countOn(nodeId) : 0;
  }

  /**
   * Evict a node's least recently stored key (the first stored on a tie), from `keys` and `key_access`.
   * @returns the evicted key, or `null` when the node is missing or holds no key.
   */
  evictLru(timestamp: number, nodeId: string): string | null {
    expectArgs(timestamp, { nodeId });
    return has(this.nodes, nodeId) ? this.#evict(nodeId) : null;
  }

  /**
   * The L5 `remove_key` op, also callable on its own: forget a stored key and its access time.
   * @returns `true` when the key was stored, else `false`.
   */
  removeKey(timestamp: number, key: string): boolean {
    expectArgs(timestamp, { key });
    if (!has(this.keys, key)) return false;
    this.#forget(key);
    return true;
  }

  /**
   * L5: run every op under its key's lock, all at once; the results, in input order, equal running the
   * ops one by one. `store` → node id or `null`; `route` → node id or `null` (recording nothing);
   * `remove_key` → boolean; any other type → `null`.
   * @throws InvalidInputError (as a rejection, before any change) on a malformed op, naming its index.
   * @example
   * await ring.batchOperations(1, [{ type: 'store', key: 'k1' }, { type: 'remove_key', key: 'k1' }]); // ["node_a", true]
   */
  async batchOperations(timestamp: number, operations: readonly HashRingOp[]): Promise<(HashRingOpResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(operations, hashRingBatchSchema);
    return this.#runtime.batch(this, hashRingBatch, stamped(timestamp, operations));
  }

  /**
   * L6, fail-fast: a request whose source or destination node is missing is `false` at once and never
   * takes a permit; the others run a 10 ms sync, at most `maxConcurrent` at a time, and are `true`.
   * Nothing is copied or changed.
   * @returns one boolean per request, in input order.
   */
  async syncReplicas(timestamp: number, requests: readonly ReplicaSyncRequest[], maxConcurrent: number): Promise<boolean[]> {
    expectInteger(timestamp, 'timestamp');
    validateItems(requests, replicaSyncSchema, 'requests');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    return this.#runtime.rateLimited(this, replicaSync, 'fail-fast', requests, maxConcurrent);
  }

  /** Add a node unless its id is taken, then route every key again. */
  #place(nodeId: string, info: NodeInfo): boolean {
    if (has(this.nodes, nodeId)) return false;
    this.nodes[nodeId] = info;
    this.#reassign();
    return true;
  }

  /** The manual's `_ring()`, rebuilt from `nodes` on every call as the manual does. */
  #ring(): RingEntry[] {
    return buildRing(this.nodes);
  }

  #route(key: string): string | null {
    return routeOnRing(this.#ring(), key);
  }

  /**
   * Route every stored key on the new ring. Decision: keys dropped because the ring is empty keep their
   * `key_access` entry (the spec's vector says so); it is never read again, as only stored keys are
   * evicted, and the next store of the key overwrites it.
   */
  #reassign(): void {
    this.keys = reroute(this.keys, this.#order, this.#ring());
  }

  #countOn(nodeId: string): number {
    return Object.values(this.keys).filter((node) => node === nodeId).length;
  }

  #evict(nodeId: string): string | null {
    const oldest = leastRecentlyUsed(this.#order, this.keys, this.key_access, nodeId);
    if (oldest !== null) this.#forget(oldest);
    return oldest;
  }

  #forget(key: string): void {
    delete this.keys[key];
    delete this.key_access[key];
    this.#order.delete(key);
  }
}
