import { runBatch, type BatchDefinition } from './batch.ts';
import { createDefaultEngine, type Engine } from './engine.ts';
import type { LockTable } from './lock-table.ts';
import type { OpError } from './op-error.ts';
import { runRateLimited, type ExternalItemDefinition, type RateLimitPolicy } from './rate-limited.ts';
import type { Semaphore } from './semaphore.ts';
import { runWorkerPool, type WorkerPoolDefinition } from './worker-pool.ts';

/**
 * What a system holds to run its L5/L6: the engine it is bound to and its own lock table (the
 * manual's `defaultdict(asyncio.Lock)` field). Bound lazily, so L1–L4 never need an engine.
 */
export class Runtime {
  #engine: Engine | undefined;
  #locks: LockTable | undefined;
  #lastSemaphore: Semaphore | undefined;

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

  /** The semaphore of the latest rate-limited call, so tests and labs can read its counters. */
  get lastSemaphore(): Semaphore | undefined {
    return this.#lastSemaphore;
  }

  batch<S, Op, R>(system: S, definition: BatchDefinition<S, Op, R>, operations: readonly Op[]): Promise<(R | OpError)[]> {
    return runBatch(this.locks, system, definition, operations);
  }

  rateLimited<S, I, R>(
    system: S,
    definition: ExternalItemDefinition<S, I, R>,
    policy: RateLimitPolicy,
    items: readonly I[],
    maxConcurrent: number,
  ): Promise<R[]> {
    // Made per call, as the manual's `asyncio.Semaphore(max_concurrent)`: calls never share permits.
    const semaphore = this.engine.createSemaphore(maxConcurrent);
    this.#lastSemaphore = semaphore;
    return runRateLimited({ locks: this.locks, semaphore, clock: this.engine.clock, system, policy, definition }, items);
  }

  workerPool<S, T>(system: S, definition: WorkerPoolDefinition<S, T>, workers: number): Promise<T[]> {
    return runWorkerPool(this.locks, this.engine.clock, system, definition, workers);
  }
}
