/**
 * conclab's public API: the systems, the engines, and the core contracts and runners to write new
 * patterns against.
 */
export { domains } from './domains/index.ts';
export { catalog } from './catalog.ts';
export { createEngine, type ClockKind, type EngineRequest } from './engines/index.ts';
export {
  createCountingSemaphore,
  createEventLoopEngine,
  createKeyedLockTable,
  createRealClock,
  createVirtualClock,
  type EventLoopEngineOptions,
  type VirtualClock,
} from './engines/event-loop/index.ts';
export * from './core/index.ts';
