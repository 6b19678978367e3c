/** The core: contracts and pattern runners, written once for every engine and every system. */
export { runBatch, stamped, type BatchDefinition, type Timed } from './batch.ts';
export type { Clock } from './clock.ts';
export { compareStrings, deepCopy, dict, has, type Dict } from './dict.ts';
export { createRealClock } from './real-clock.ts';
export { createDefaultEngine, ENGINE_NAMES, setDefaultEngine, type Engine, type EngineName } from './engine.ts';
export { EngineMissingError, InvalidInputError, WaitAbortedError, WaitTimeoutError } from './errors.ts';
export { lockOrder, type AcquireOrder, type LockOptions, type LockTable, type LockView } from './lock-table.ts';
export { errorMessage, toOpError, type OpError } from './op-error.ts';
export {
  runRateLimited,
  type ExternalContext,
  type ExternalItemDefinition,
  type RateLimitedRun,
  type RateLimitPolicy,
  type Verdict,
} from './rate-limited.ts';
export type { BatchJob, RateLimitedJob, WorkerPoolJob } from './jobs.ts';
export { Runtime } from './runtime.ts';
export type { Portable, StateAccess } from './state-access.ts';
export type { PermitOptions, Semaphore } from './semaphore.ts';
export { RecordingTracer, silentTracer, type TraceEvent, type Tracer } from './tracer.ts';
export * from './validate.ts';
export type { WaitOptions } from './wait.ts';
export { POOL_LOCK_KEY, runWorkerPool, type WorkerPoolDefinition } from './worker-pool.ts';
export type { DomainDescriptor, EngineBound, ScenarioRun } from './domain.ts';
export { Random } from './random.ts';
