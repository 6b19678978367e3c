import type { Engine, EngineName } from '../core/engine.ts';
import { createEngine, type EngineRequest } from '../engines/index.ts';

/** The engines every suite compares, in the order tables list them. */
export const BENCH_ENGINES: readonly EngineName[] = ['event-loop', 'workers'];

/**
 * Run `fn` with a fresh engine and close it afterwards, whatever happens: the worker engine keeps a
 * thread pool that would otherwise keep the process alive (and compete with the next suite for cores).
 */
export async function withEngine<T>(name: EngineName, request: EngineRequest, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = createEngine(name, request);
  try {
    return await fn(engine);
  } finally {
    await engine.close?.();
  }
}
