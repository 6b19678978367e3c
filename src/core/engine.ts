import type { Clock } from './clock.ts';
import { EngineMissingError } from './errors.ts';
import type { BatchJob, RateLimitedJob, WorkerPoolJob } from './jobs.ts';
import type { LockTable } from './lock-table.ts';
import type { OpError } from './op-error.ts';
import type { Semaphore } from './semaphore.ts';
import type { Tracer } from './tracer.ts';

/** The engines conclab runs L5/L6 on. */
export const ENGINE_NAMES = ['event-loop', 'workers'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/**
 * The contracts an engine implements. Systems type against this interface only; running system X on
 * engine Y is binding Y to an X instance.
 */
export interface Engine {
  readonly name: EngineName;
  readonly clock: Clock;
  readonly tracer: Tracer;
  /** A fresh lock table: one per system instance, as each Python object has its own locks. */
  createLockTable(): LockTable;
  /** A semaphore with `permits` permits, made per call from `maxConcurrent`. */
  createSemaphore(permits: number): Semaphore;
  /** Run an L5 batch: results in input order, equal to running the ops one by one. */
  runBatch<S, Op, R>(job: BatchJob<S, Op, R>): Promise<(R | OpError)[]>;
  /** Run an L6 call under a semaphore made for it; results in input order. */
  runRateLimited<S, I, R>(job: RateLimitedJob<S, I, R>): Promise<R[]>;
  /** Run a worker pool; tasks in completion order. */
  runWorkerPool<S, T>(job: WorkerPoolJob<S, T>): Promise<T[]>;
  /** Stop whatever the engine keeps running (a thread pool); an engine with nothing to stop has none. */
  close?(): Promise<void>;
}

let defaultEngineFactory: (() => Engine) | undefined;

/** Set the engine new systems bind to until told otherwise (the registry sets the event loop). */
export function setDefaultEngine(factory: () => Engine): void {
  defaultEngineFactory = factory;
}

/** A fresh default engine. @throws EngineMissingError when none has been set. */
export function createDefaultEngine(): Engine {
  if (defaultEngineFactory === undefined) throw new EngineMissingError();
  return defaultEngineFactory();
}
