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

/**
 * `fn` on each of `BENCH_ENGINES` in turn (never both at once: they would share the cores), each a fresh
 * real-clock engine closed afterwards.
 * @returns what `fn` gave on each engine, concatenated in `BENCH_ENGINES` order.
 */
export async function onEachEngine<T>(fn: (engine: Engine) => Promise<readonly T[]>): Promise<T[]> {
  const results: T[] = [];
  for (const name of BENCH_ENGINES) results.push(...(await withEngine(name, { clock: 'real' }, fn)));
  return results;
}
