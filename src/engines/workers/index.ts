/**
 * The worker-thread engine: a piscina pool running the core's op definitions on shared state, and the
 * shared-memory primitives (lock table, semaphore, sleep, wait-for graph) it is built on, usable from
 * any thread.
 */
export { createWorkerEngine, type WorkerEngine, type WorkerEngineOptions } from './dispatch/worker-engine.ts';
export { assignTickets } from './assign-tickets.ts';
export { abortWait, openAtomicLockTable, type AtomicLockTable, type OpenLockTableOptions, type SyncLockOptions } from './atomic-lock-table.ts';
export {
  openAtomicSemaphore,
  readSemaphoreCounters,
  type AtomicSemaphore,
  type SemaphoreCounters,
  type SyncPermitOptions,
} from './atomic-semaphore.ts';
export { createKeyInterner, type KeyInterner } from './key-interner.ts';
export { createLockTableView, createSemaphoreView, readLockTableLayout, type LockMode, type LockTableLayout, type LockTableOptions } from './layout.ts';
export { recoverOwner, type Recovery } from './recover-owner.ts';
export { sleepSync } from './sleep.ts';
export { readWaitForGraph, type BlockedThread, type HeldSlot, type WaitForGraph } from './wait-for-graph.ts';
