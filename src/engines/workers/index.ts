/**
 * The worker-thread engine's shared-memory primitives, usable from any thread. The engine itself (a
 * piscina pool running op definitions on these) is built on top of them.
 */
export { assignTickets } from './assign-tickets.ts';
export { openAtomicLockTable, type AtomicLockTable, type OpenLockTableOptions, type SyncLockOptions } from './atomic-lock-table.ts';
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
