import { stamped } from '../../core/batch.ts';
import { compareStrings, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectIntegerAtLeast, expectPositiveInteger, validateItems, validateOps } from '../../core/validate.ts';
// The consistent-hash ring in core: ChatRoute's track is Hashring's ring, the same md5 positions.
import { replicaPositions, ringPosition } from '../../core/hash-ring/hash.ts';
import { KeyOrder } from '../../core/key-order.ts';
import { leastRecentlyUsed } from '../../core/hash-ring/lru.ts';
import { buildRing, reroute, routeOnRing, type RingEntry } from '../../core/hash-ring/ring.ts';
import { chatBatch, sessionTransfer } from './ops.ts';
import { chatBatchSchema, sessionTransferSchema } from './schemas.ts';
import type { AssignOp, ChatOp, ChatOpResult, ServerInfo, SessionTransfer } from './types.ts';

/** `getMemoryLimit`'s answer for a server whose limit was never set. */
const UNLIMITED = -1;

/**
 * The manual's `ChatRouter`: chat requests routed to servers by consistent hashing on a track of 100
 * positions (Hashring's ring), where every request carries a size in MB, a server's load is the sum of
 * its requests' sizes, and a server's RAM limit evicts least recently assigned requests until a new one
 * fits. An L5 batch runs under per-request locks and an L6 replication is fail-fast with a bandwidth check.
 * @example
 * const router = new ChatRouter();
 * router.addServer(0, 'srv_a'); // true, at position 16
 * router.assignRequest(1, 'r1', 30); // "srv_a"
 */
export class ChatRouter {
  /** server_name → its replicas and positions, in creation order. */
  servers: Dict<ServerInfo> = dict();
  /** request_id → the server holding it. Replaced by a new map whenever the track changes. */
  requests: Dict<string> = dict();
  /** request_id → the timestamp it was last assigned at (the LRU clock). */
  request_access: Dict<number> = dict();
  /** request_id → its size in MB, the first size seen for it. */
  request_sizes: Dict<number> = dict();
  /** server_name → the most MB it may hold; absent means unlimited. */
  memory_limits: Dict<number> = dict();
  /** The insertion order of `requests`, which LRU ties follow. */
  readonly #order = new KeyOrder();
  #runtime = new Runtime();

  /**
   * The manual's `request_locks` and `server_locks` in one table: request ids are locked as
   * `request:<id>`, servers as `server:<name>`.
   */
  get locks(): LockTable {
    return this.#runtime.locks;
  }

  /**
   * The assigned requests in insertion order (which LRU ties and re-routing follow), for
   * `chatRouteState`: the order is not in `requests` itself, as a dict lists integer-like keys first.
   */
  requestOrder(): string[] {
    return this.#order.of(this.requests);
  }

  /** Make `order` the insertion order of the assigned requests (`chatRouteState` loading a partition). */
  restoreRequestOrder(order: Iterable<string>): void {
    this.#order.reset(order);
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /**
   * Put a server on the track at `ringPosition(serverName)` and route every request again.
   * @returns `false` when the server exists (nothing changes), else `true`.
   * @throws InvalidInputError on a non-integer timestamp or a non-string name.
   */
  addServer(timestamp: number, serverName: string): boolean {
    expectArgs(timestamp, { serverName });
    return this.#place(serverName, { replicas: 1, positions: [ringPosition(serverName)] });
  }

  /**
   * Take a server off the track, with its memory limit; its requests move clockwise to the next server.
   * @returns `false` when the server does not exist.
   */
  removeServer(timestamp: number, serverName: string): boolean {
    expectArgs(timestamp, { serverName });
    if (!has(this.servers, serverName)) return false;
    delete this.servers[serverName];
    // Without this a server re-added under the same name would inherit the old limit.
    delete this.memory_limits[serverName];
    this.#reassign();
    return true;
  }

  /** The server a request would go to, recording nothing; `null` when there is no server. */
  routeRequest(timestamp: number, requestId: string): string | null {
    expectArgs(timestamp, { requestId });
    return this.#route(requestId);
  }

  /** How many servers are on the track (servers, not positions). */
  getServerCount(timestamp: number): number {
    expectInteger(timestamp, 'timestamp');
    return Object.keys(this.servers).length;
  }

  /**
   * Assign a request to the server it routes to and stamp its access time. Its size is recorded the
   * first time only: assigning it again keeps the original size. When the server has a memory limit and
   * does not hold the request yet, its least recently assigned requests are evicted until
   * `used + sizeMb <= limit`, or until none is left (the request is then stored over the limit).
   * @returns the server name, or `null` when there is no server (nothing is recorded).
   * @throws InvalidInputError unless `sizeMb` is an integer ≥ 0.
   */
  assignRequest(timestamp: number, requestId: string, sizeMb: number): string | null {
    expectArgs(timestamp, { requestId });
    // Decision: the manual takes any size; a negative one would lower its server's load. conclab refuses it.
    expectIntegerAtLeast(sizeMb, 0, 'sizeMb');
    const server = this.#route(requestId);
    if (server === null) return null;
    const limit = this.memory_limits[server] ?? UNLIMITED;
    if (limit !== UNLIMITED && this.requests[requestId] !== server) this.#makeRoom(server, sizeMb, limit);
    if (!has(this.request_sizes, requestId)) this.request_sizes[requestId] = sizeMb;
    // A request new to `requests` goes last even if it was deleted from the dict directly, as in Python.
    if (!has(this.requests, requestId)) this.#order.delete(requestId);
    this.requests[requestId] = server;
    this.#order.add(requestId);
    this.request_access[requestId] = timestamp;
    return server;
  }

  /** Every server name, sorted ascending. */
  listServers(timestamp: number): string[] {
    expectInteger(timestamp, 'timestamp');
    return Object.keys(this.servers).sort(compareStrings);
  }

  /** The MB a server holds (the sum of its requests' sizes, not a count); `0` for a missing server. */
  getServerLoad(timestamp: number, serverName: string): number {
    expectArgs(timestamp, { serverName });
    return has(this.servers, serverName) ? this.#totalSize(serverName) : 0;
  }

  /**
   * The first `n` servers by MB held, highest first, ties by name, as `"server(total_mb)"`; servers
   * holding nothing are ranked too. `n` slices as Python's `items[:n]` does.
   */
  topServers(timestamp: number, n: number): string[] {
    expectInteger(timestamp, 'timestamp');
    expectInteger(n, 'n');
    const loads = dict<number>(Object.keys(this.servers).map((name) => [name, 0]));
    for (const [requestId, server] of Object.entries(this.requests)) {
      if (has(loads, server)) loads[server]! += this.request_sizes[requestId] ?? 0;
    }
    const ranked = Object.entries(loads).sort(([nameA, a], [nameB, b]) => b - a || compareStrings(nameA, nameB));
    return ranked.slice(0, n).map(([name, total]) => `${name}(${total})`);
  }

  /**
   * Put a server on the track at `numReplicas` positions, `ringPosition("<name>_<i>")` for each i, and
   * route every request again.
   * @returns `false` when the server exists.
   * @throws InvalidInputError when `numReplicas` is not an integer ≥ 1.
   */
  addServerWithReplicas(timestamp: number, serverName: string, numReplicas: number): boolean {
    expectArgs(timestamp, { serverName });
    // Decision: as in Hashring, a server with no position (0 or negative replicas) is refused.
    expectPositiveInteger(numReplicas, 'numReplicas');
    return this.#place(serverName, { replicas: numReplicas, positions: replicaPositions(serverName, numReplicas) });
  }

  /** A server's replica count (1 for servers from `addServer`); `0` for a missing server. */
  getReplicaCount(timestamp: number, serverName: string): number {
    expectArgs(timestamp, { serverName });
    return this.servers[serverName]?.replicas ?? 0;
  }

  /**
   * Cap the MB a server holds. Requests already over the cap stay until the next assignment evicts.
   * @returns `false` when the server does not exist.
   * @throws InvalidInputError unless `maxMb` is an integer ≥ -1 (-1: unlimited again).
   */
  setMemoryLimit(timestamp: number, serverName: string, maxMb: number): boolean {
    expectArgs(timestamp, { serverName });
    // Decision: as in Hashring, limits below -1 are refused and -1 reads as "unlimited".
    expectIntegerAtLeast(maxMb, UNLIMITED, 'maxMb');
    if (!has(this.servers, serverName)) return false;
    this.memory_limits[serverName] = maxMb;
    return true;
  }

  /** A server's memory limit: `0` for a missing server, `-1` when never set (unlimited). */
  getMemoryLimit(timestamp: number, serverName: string): number {
    expectArgs(timestamp, { serverName });
    if (!has(this.servers, serverName)) return 0;
    return this.memory_limits[serverName] ?? UNLIMITED;
  }

  /** The MB a server holds; `0` for a missing server. */
  getMemoryUsed(timestamp: number, serverName: string): number {
    expectArgs(timestamp, { serverName });
    return has(this.servers, serverName) ? this.#totalSize(serverName) : 0;
  }

  /**
   * Evict a server's least recently assigned request (the first assigned on a tie), from `requests`,
   * `request_sizes` and `request_access`.
   * @returns the evicted request id, or `null` when the server is missing or holds no request.
   */
  evictOldestSession(timestamp: number, serverName: string): string | null {
    expectArgs(timestamp, { serverName });
    return has(this.servers, serverName) ? this.#evict(serverName) : null;
  }

  /**
   * The L5 `remove` op, also callable on its own: forget a request, its size and its access time.
   * @returns `true` when the request was assigned, else `false`.
   */
  removeRequest(timestamp: number, requestId: string): boolean {
    expectArgs(timestamp, { requestId });
    if (!has(this.requests, requestId)) return false;
    this.#forget(requestId);
    return true;
  }

  /**
   * L5: run every op under its request's lock, all at once; the results, in input order, equal running
   * the ops one by one. `assign` → server or `null`; `route` → server or `null` (recording nothing);
   * `remove` → boolean; any other type → `null`.
   * @throws InvalidInputError (as a rejection, before any change) on a malformed op, naming its index.
   * @example
   * await router.batchRequests(1, [{ type: 'assign', request_id: 'r1', size_mb: 50 }]); // ["srv_a"]
   */
  async batchRequests(timestamp: number, operations: readonly ChatOp[]): Promise<(ChatOpResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(operations, chatBatchSchema);
    operations.forEach((op, index) => {
      if (op.type === 'assign') expectIntegerAtLeast((op as AssignOp).size_mb, 0, 'size_mb', index);
    });
    return this.#runtime.batch(this, chatBatch, stamped(timestamp, operations));
  }

  /**
   * L6, fail-fast: a transfer whose source or destination is missing, or whose source holds fewer than
   * `bandwidth_mb` MB, is `false` at once and never takes a permit; the others run a 10 ms replication,
   * at most `maxConcurrent` at a time, and are `true`. Nothing moves.
   * @returns one boolean per transfer, in input order.
   */
  async replicateSessions(timestamp: number, transfers: readonly SessionTransfer[], maxConcurrent: number): Promise<boolean[]> {
    expectInteger(timestamp, 'timestamp');
    validateItems(transfers, sessionTransferSchema, 'transfers');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    const jobs = transfers.map((transfer) => ({ timestamp, transfer }));
    return this.#runtime.rateLimited(this, sessionTransfer, 'fail-fast', jobs, maxConcurrent);
  }

  /** Add a server unless its name is taken, then route every request again. */
  #place(serverName: string, info: ServerInfo): boolean {
    if (has(this.servers, serverName)) return false;
    this.servers[serverName] = info;
    this.#reassign();
    return true;
  }

  /** The manual's `_track()`, rebuilt from `servers` on every call as the manual does. */
  #track(): RingEntry[] {
    return buildRing(this.servers);
  }

  #route(requestId: string): string | null {
    return routeOnRing(this.#track(), requestId);
  }

  /**
   * Route every request on the new track; memory limits are not enforced here. Decision: the manual
   * keeps the size and access time of requests dropped when the last server leaves, so assigning such a
   * request later would silently reuse its old size. conclab forgets them with the request, as
   * `remove` and eviction do.
   */
  #reassign(): void {
    const previous = Object.keys(this.requests);
    this.requests = reroute(this.requests, this.#order, this.#track());
    for (const requestId of previous) {
      if (has(this.requests, requestId)) continue;
      delete this.request_sizes[requestId];
      delete this.request_access[requestId];
    }
  }

  /**
   * Evict until `sizeMb` more fits under `limit` (an exact fit is allowed). Decision: when nothing is
   * left to evict the request is still assigned, over the limit, as the manual's code does.
   */
  #makeRoom(server: string, sizeMb: number, limit: number): void {
    while (this.#totalSize(server) + sizeMb > limit) {
      if (this.#evict(server) === null) return;
    }
  }

  #totalSize(server: string): number {
    let total = 0;
    for (const [requestId, holder] of Object.entries(this.requests)) {
      if (holder === server) total += this.request_sizes[requestId] ?? 0;
    }
    return total;
  }

  #evict(server: string): string | null {
    const oldest = leastRecentlyUsed(this.#order, this.requests, this.request_access, server);
    if (oldest !== null) this.#forget(oldest);
    return oldest;
  }

  #forget(requestId: string): void {
    delete this.requests[requestId];
    delete this.request_sizes[requestId];
    delete this.request_access[requestId];
    this.#order.delete(requestId);
  }
}
