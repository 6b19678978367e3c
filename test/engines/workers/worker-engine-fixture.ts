import { afterAll } from 'vitest';
import type { Engine } from '../../../src/core/engine.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';
import { createWorkerEngine, type WorkerEngineOptions } from '../../../src/engines/workers/dispatch/worker-engine.ts';

/** A worker engine for one test file, closed when the file's tests are done. */
export function workerEngineForFile(options: WorkerEngineOptions = {}): Engine {
  const engine = createWorkerEngine({ threads: 2, ...options });
  afterAll(() => engine.close());
  return engine;
}

/** The reference: the event loop on a virtual clock. */
export const eventLoop = (): Engine => createEventLoopEngine({ clock: createVirtualClock() });
