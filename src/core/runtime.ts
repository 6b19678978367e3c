import type { BatchDefinition } from './batch.ts';
import { createDefaultEngine, type Engine } from './engine.ts';
import type { LockTable } from './lock-table.ts';
import type { OpError } from './op-error.ts';
import type { ExternalItemDefinition, RateLimitPolicy } from './rate-limited.ts';
import type { WorkerPoolDefinition } from './worker-pool.ts';

/**
 * What a system holds to run its L5/L6: the engine it is bound to and its own lock table (the
 * manual's `defaultdict(asyncio.Lock)` field). Bound lazily, so L1–L4 never need an engine.
 */
export class Runtime {
  #engine: Engine | undefined;
  #locks: LockTable | undefined;

  /** Bind to `engine`; the lock table is made anew on it. */
  use(engine: Engine): void {
    this.#engine = engine;
    this.#locks = undefined;
  }

  get engine(): Engine {
    return (this.#engine ??= createDefaultEngine());
  }

  get locks(): LockTable {
    return (this.#locks ??= this.engine.createLockTable());
  }

  batch<S, Op, R>(system: S, definition: BatchDefinition<S, Op, R>, operations: readonly Op[]): Promise<(R | OpError)[]> {
    return this.engine.runBatch({ system, locks: this.locks, definition, operations });
  }

  rateLimited<S, I, R>(
    system: S,
    definition: ExternalItemDefinition<S, I, R>,
    policy: RateLimitPolicy,
    items: readonly I[],
    maxConcurrent: number,
  ): Promise<R[]> {
    return this.engine.runRateLimited({ system, locks: this.locks, definition, policy, items, maxConcurrent });
  }

  workerPool<S, T>(system: S, definition: WorkerPoolDefinition<S, T>, workers: number): Promise<T[]> {
    return this.engine.runWorkerPool({ system, locks: this.locks, definition, workers });
  }
}
