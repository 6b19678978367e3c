/**
 * A CPU-heavy L5 batch for the engines question: each op spins `work` rounds, then adds to its key's
 * counter under that key's lock. Portable (a worker thread imports this module for `cpuBatch` and
 * `cpuState`), so both engines run exactly the same op definition.
 */
import type { BatchDefinition } from '../../core/batch.ts';
import { dict, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { StateAccess } from '../../core/state-access.ts';
import { spin } from './spin.ts';

/** The system: one counter per key. */
export class Counters {
  counts: Dict<number> = dict();
}

/** One op: `work` rounds of CPU, then +1 on `key`. */
export interface CpuOp {
  readonly key: string;
  readonly work: number;
  readonly seed: number;
}

/** A counter per key: each key guards its own number. */
export const cpuState: StateAccess<Counters> = {
  create: () => new Counters(),
  read: (system, key) => system.counts[key],
  write(system, key, partition) {
    if (partition === undefined) delete system.counts[key];
    else system.counts[key] = partition as number;
  },
};

/** Spin, then count: the critical section holds the lock while it works, as a CPU-bound section would. */
export const cpuBatch: BatchDefinition<Counters, CpuOp, number> = {
  portable: { module: import.meta.url, name: 'cpuBatch', state: 'cpuState' },
  keys: (op) => [op.key],
  run(system, op) {
    const value = spin(op.work, op.seed);
    system.counts[op.key] = (system.counts[op.key] ?? 0) + 1;
    return value;
  },
};

/** `count` independent ops (a key each), every one `work` rounds. */
export function cpuOps(count: number, work: number): CpuOp[] {
  return Array.from({ length: count }, (_, i) => ({ key: `k${i}`, work, seed: i + 1 }));
}

/** `ops` as one L5 batch on `engine`, on a fresh system and lock table (locks, shared state and all). */
export function runCpuBatch(engine: Engine, ops: readonly CpuOp[]): Promise<unknown> {
  return engine.runBatch({ system: new Counters(), locks: engine.createLockTable(), definition: cpuBatch, operations: ops });
}
